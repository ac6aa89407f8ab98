"""Registration walked through the chat, for the flows that need a registered buyer."""

from __future__ import annotations

from tests.auxil.talk import Talk


async def register_in_chat(talk: Talk, name: str, country: str, zone_button: str) -> str:
    """Walk the whole registration; returns the buyer ID shown at the end."""
    await talk.command("start")
    await talk.expect("Canton Fair Online")
    await talk.tap("📝 Register")
    await talk.expect("What is your full name?")
    await talk.say(name)
    await talk.expect("Which company do you represent?")
    await talk.say("Acme <Trading> & Co")
    await talk.expect("Which country are you from?")
    await talk.say(country)
    await talk.expect("Which time zone are you in?")
    await talk.tap(zone_button, exact=False)
    await talk.expect("What is your business e-mail address?")
    await talk.say("buyer@example.com")
    await talk.expect("Share your phone number")
    await talk.contact("+34 600 123 456")
    await talk.expect("Which products are you looking for?")
    await talk.tap("Furniture")
    await talk.expect_markup("✅ " + talk.t.gettext("Furniture"))
    await talk.tap("Done")
    await talk.expect("May exhibitors see your name")
    await talk.tap("Yes, share")
    summary = await talk.expect("Please check your details:")
    assert "Acme &lt;Trading&gt; &amp; Co" in summary.html or "Acme <Trading> & Co" in summary.text
    await talk.tap("✅ Confirm")
    welcome = await talk.expect("You are registered.")
    badge = await talk.expect_photo()
    code = welcome.text.split("CF", 1)[1][:8]
    assert "CF" + code in badge.text
    return "CF" + code


async def fill_until_summary(
    talk: Talk, name: str, company: str, country: str, zone: str, email: str, category: str
) -> None:
    """/register and every step up to the summary, skipping the phone, sharing nothing."""
    await fill_until_interests(talk, name, company, country, zone, email)
    await talk.tap(category)
    await talk.tap("Done")
    await talk.expect("May exhibitors see your name")
    await talk.tap("No")
    await talk.expect("Please check your details:")


async def fill_until_interests(
    talk: Talk,
    name: str = "Bo Lind",
    company: str = "Lind AB",
    country: str = "Sweden",
    zone: str = "Stockholm",
    email: str = "bo@lind.se",
) -> None:
    """/register and every step up to the interests, skipping the phone."""
    await talk.command("register")
    await talk.expect("What is your full name?")
    await talk.say(name)
    await talk.expect("Which company do you represent?")
    await talk.say(company)
    await talk.expect("Which country are you from?")
    await talk.say(country)
    await talk.expect("Which time zone are you in?")
    await talk.tap(zone, exact=False)
    await talk.expect("What is your business e-mail address?")
    await talk.say(email)
    await talk.expect("Prefer not to share your number?")
    await talk.tap("Skip")
    await talk.expect("Which products are you looking for?")


# A Brazilian buyer's answers: name, company, country, time zone, e-mail, interest.
MARIA = (
    "Maria Souza", "Souza Ltda", "Brasil", "São Paulo", "maria@souza.com.br",
    "Textiles & Garments",
)  # fmt: skip


async def register_without_photo(talk: Talk) -> None:
    """A Brazilian buyer registers on a server that cannot send photos: the badge is text."""
    await fill_until_summary(talk, *MARIA)
    await talk.tap("✅ Confirm")
    await talk.expect("You are registered.")
    fallback = await talk.expect("FCB1:")
    assert "CF" in fallback.text
