"""/broadcast end to end: the real bot, the Bot API double, the outbox, both engines."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from bot.db.broadcasts import Broadcast
from bot.deps import Deps
from bot.services import buyers, users
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.environment import TEST_NOW
from tests.auxil.running import running_bot
from tests.auxil.talk import TIMEOUT, Talk

ADMIN = 900001
ANSWERS = {
    "full_name": "Buyer", "company": "Co", "country": "ES", "timezone": "Europe/Madrid",
    "email": "b@example.es", "interests": [], "consent": True,
}  # fmt: skip


async def buyers_in(double: BotApiDouble, deps: Deps, languages: dict[int, str]) -> None:
    """Registered buyers, each with a Telegram chat, reading these languages."""
    async with deps.db.write() as session:
        for telegram_id, code in languages.items():
            double.add_user(telegram_id, f"Buyer {telegram_id}", language_code=code)
            await users.ensure(session, telegram_id, code, TEST_NOW)
            await buyers.create(session, telegram_id, ANSWERS, TEST_NOW)


async def broadcast_count(deps: Deps) -> int:
    async with deps.db.read() as session:
        found = await session.execute(select(func.count()).select_from(Broadcast))
    return int(found.scalar_one())


def texts(double: BotApiDouble, user_id: int) -> list[str]:
    return [m.text for m in double.user(user_id).bot_messages]


async def finished(admin: Talk, progress: ChatMessage) -> ChatMessage:
    """The progress message once it is the final report (edited in place)."""
    wanted = admin.tr("is finished")
    await admin.user.wait_for(lambda _: wanted in progress.text, timeout=TIMEOUT * 2)
    return progress


async def test_a_text_per_language_reaches_each_buyer_with_live_progress(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await buyers_in(double, deps, {2001: "en", 2002: "es", 2003: "ja", 2004: "fr"})
    double.add_user(2005, "Not registered", language_code="en")
    double.block(2004)
    admin = Talk(double, deps, user_id=ADMIN, first_name="Organizer", language_code="en")
    await admin.command("broadcast")
    await admin.tap("A text per language")
    await admin.expect("Send the text in")
    await admin.say('<b>Hall 5</b> opens at 9. <a href="https://fair.example/map">Map</a>')
    await admin.expect("العربية")
    await admin.expect("Done: {languages}")
    await admin.tap("Skip ⏭")
    await admin.expect("Español")
    await admin.say("<b>El pabellón 5</b> abre a las 9.")
    await admin.expect("Français")
    await admin.tap("👀 Preview")
    await admin.expect("Preview: exactly what buyers will receive.")
    summary = await admin.expect("Buyers it will reach")
    assert "Buyers it will reach: 4" in summary.text
    # each language's name is isolated, so an Arabic one keeps ": 1" after it
    assert "\u2068English\u2069: 1" in summary.text and "\u2068Español\u2069: 1" in summary.text
    assert "\u2068日本語\u2069: 1 (the English text)" in summary.text
    previews = [m.text for m in admin.user.bot_messages if "Canton Fair Online" in m.text]
    assert any("El pabellón 5" in text for text in previews)
    await admin.tap("✅ Confirm")
    progress = await admin.expect("sending to")
    report = await finished(admin, progress)
    assert "Sent: 3 · Blocked: 1 · Failed: 0" in report.text
    assert report.edited and report.message_id == progress.message_id
    header = "📢 Announcement from Canton Fair Online\n\n"
    assert texts(double, 2001) == [header + "Hall 5 opens at 9. Map"]
    assert "El pabellón 5 abre a las 9." in texts(double, 2002)[0]
    (japanese,) = texts(double, 2003)
    assert "Hall 5 opens at 9." in japanese and "Canton Fair Online" in japanese
    assert texts(double, 2004) == [] and texts(double, 2005) == []
    link = double.user(2001).bot_messages[0].entities
    assert {"type": "text_link", "url": "https://fair.example/map"} in [
        {k: e[k] for k in ("type", "url")} for e in link if e["type"] == "text_link"
    ]
    await admin.command("broadcasts")
    listing = await admin.expect("Recent broadcasts")
    assert "Sent: 3 · Blocked: 1 · Failed: 0" in listing.text and "Hall 5 opens" in listing.text
    assert admin.tr("Times are on the fair's clock: {zone}.") in listing.text


async def test_a_double_tap_on_confirm_sends_once(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await buyers_in(double, deps, {2001: "en", 2002: "es"})
    admin = Talk(double, deps, user_id=ADMIN, first_name="Organizer", language_code="en")
    await admin.command("broadcast")
    await admin.tap("One text for everyone")
    await admin.expect("Send the text of the announcement")
    await admin.say("Doors open at 9.")
    summary = await admin.expect("Buyers it will reach")
    confirm = next(b["callback_data"] for b in summary.buttons if "Confirm" in b["text"])
    await admin.forge(summary.message_id, confirm)
    await admin.forge(summary.message_id, confirm)
    await admin.expect_answer("This announcement is already being sent.")
    await finished(admin, await admin.expect("sending to"))
    assert await broadcast_count(deps) == 1
    assert len(texts(double, 2001)) == 1 and len(texts(double, 2002)) == 1
    assert "Doors open at 9." in texts(double, 2002)[0]


async def test_non_organizers_are_refused_at_every_step(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    admin = Talk(double, deps, user_id=ADMIN, first_name="Organizer", language_code="en")
    await admin.command("broadcast")
    question = await admin.expect("How do you want to write the announcement?")
    token = question.buttons[0]["callback_data"].split("|")[1]
    buyer = Talk(double, deps, user_id=2001, first_name="Ana", language_code="es")
    for command in ("broadcast", "broadcasts"):
        await buyer.command(command)
        await buyer.expect("This command is for the fair's organizers.")
    for action, arg in (("b.mode", "one"), ("b.confirm", ""), ("b.cancel", "")):
        await buyer.forge(question.message_id, pack(action, arg, token))
        await buyer.expect_answer("This command is for the fair's organizers.")
    await admin.tap("One text for everyone")
    await admin.expect("Send the text of the announcement")


async def test_bad_texts_get_a_clear_answer_and_change_nothing(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    admin = Talk(double, deps, user_id=ADMIN, first_name="Organizer", language_code="fr")
    await admin.command("broadcast")
    question = await admin.expect("How do you want to write the announcement?")
    await admin.forge(question.message_id, pack("b.mode", "one", "forged00"))
    await admin.expect_answer("This button is from an older message. Please use the latest one.")
    await admin.tap("One text for everyone")
    await admin.expect("Send the text of the announcement")
    await admin.photo()
    await admin.expect("Please send the announcement as text")
    await admin.say("<b> </b>")
    await admin.expect("The announcement is empty. Please send its text.")
    await admin.say("Prices < 5 USD")
    refused = await admin.expect("Telegram cannot read the formatting of that text")
    assert "Unsupported start tag" in refused.text
    await admin.say("<b>Bold")
    await admin.expect("Telegram cannot read the formatting of that text")
    await admin.say("x" * 4090)
    too_long = await admin.expect("This text does not fit in one Telegram message")
    assert re.search(r"4\D0\d\d", too_long.text)  # 4,0xx the French way: 4 0xx
    await admin.say("Bienvenue !")
    await admin.expect("Buyers it will reach")
    await admin.tap("✏️ Edit")
    await admin.expect("Send the text of the announcement")
    await admin.say("Bienvenue à tous !")
    await admin.tap("✖️ Cancel")
    await admin.expect("Announcement cancelled. Nothing was sent.")
    assert await broadcast_count(deps) == 0


async def test_a_restart_keeps_the_draft_and_the_progress_report(
    double: BotApiDouble, deps: Deps
) -> None:
    await buyers_in(double, deps, {2001: "en", 2002: "ru"})
    admin = Talk(double, deps, user_id=ADMIN, first_name="Organizer", language_code="en")
    async with running_bot(deps, double):
        await admin.command("broadcast")
        await admin.tap("A text per language")
        await admin.expect("Send the text in")
        await admin.say("Hello buyers")
        await admin.expect("العربية")
    async with running_bot(deps, double):
        await admin.say("مرحبا")
        await admin.expect("Español")
        await admin.command("broadcast")
        await admin.expect("Done: {languages}")
        await admin.tap("👀 Preview")
        await admin.tap("✅ Confirm")
        progress = await admin.expect("sending to")
    async with deps.db.read() as session:
        row = (await session.execute(select(Broadcast))).scalar_one()
    assert row.finished_at is None and row.progress_message_id == progress.message_id
    async with running_bot(deps, double):
        report = await finished(admin, progress)
    assert "Sent: 2 · Blocked: 0 · Failed: 0" in report.text
    (russian,) = texts(double, 2002)
    assert "Hello buyers" in russian and "Canton Fair Online" in russian
