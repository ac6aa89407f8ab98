"""Bad input at every kind of step: a translated hint, and the flow stays where it was."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.db.models import Buyer
from bot.deps import Deps
from bot.services import flow_state, registration
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.talk import Talk


async def _step(deps: Deps, user_id: int) -> str | None:
    async with deps.db.read() as session:
        state = await flow_state.get(session, user_id, *registration.FLOWS)
    return state.step if state else None


@pytest.fixture
async def talk(bot: FairApplication, double: BotApiDouble, deps: Deps) -> Talk:
    talk = Talk(double, deps, user_id=2001, first_name="Eve", language_code="fr")
    await talk.command("register")
    await talk.expect("What is your full name?")
    return talk


@pytest.mark.parametrize(
    ("answer", "hint"),
    [
        ("", "The answer is empty."),
        ("   \u200b\u200d  ", "The answer is empty."),
        ("x" * 4096, "That is too long"),
        ("🙂🙂🙂", "Please use letters"),
    ],
)
async def test_bad_text_answers_get_a_hint(talk: Talk, deps: Deps, answer: str, hint: str) -> None:
    if answer:
        await talk.say(answer)
    else:
        await talk.say("\u2060")
    await talk.expect(hint)
    assert await _step(deps, 2001) == "full_name"


async def test_media_at_a_text_step(talk: Talk, deps: Deps) -> None:
    await talk.photo()
    await talk.expect("Please answer with text.")
    await talk.sticker()
    await talk.expect("Please answer with text.")
    assert await _step(deps, 2001) == "full_name"


async def test_html_and_rtl_and_emoji_are_echoed_safely(talk: Talk) -> None:
    await talk.say("<b>Zoé</b> & عليّ 🚀")
    await talk.expect("Which company do you represent?")
    await talk.say("Co <i>&amp;")
    await talk.expect("Which country are you from?")
    await talk.command("cancel")
    await talk.expect("Cancelled.")


async def test_text_where_a_button_is_expected_and_the_reverse(talk: Talk, deps: Deps) -> None:
    await talk.say("Eve Martin")
    await talk.say("Martin SARL")
    await talk.say("France")
    await talk.expect("Which time zone are you in?")
    await talk.say("somewhere nice")
    await talk.expect("Please pick a time zone")
    assert await _step(deps, 2001) == "timezone"
    await talk.say("UTC+1")
    await talk.expect("What is your business e-mail address?")
    await talk.say("not-an-email")
    await talk.expect("That does not look like an e-mail address.")
    await talk.say("eve@martin.fr")
    await talk.expect("Prefer not to share your number?")
    await talk.say("+33 6 12 34 56 78")
    await talk.expect("Please use the “Share my phone number” button")
    await talk.contact("+33 6 00 00 00 00", own=False)
    await talk.expect("Please share your own number")
    assert await _step(deps, 2001) == "phone"
    await talk.tap("Skip")
    await talk.expect("Which products are you looking for?")
    await talk.say("furniture please")
    await talk.expect("Please answer with the buttons")
    await talk.tap("Done")
    await talk.expect_answer("Pick at least one category.")
    assert await _step(deps, 2001) == "interests"


async def test_stale_and_forged_buttons(talk: Talk, deps: Deps) -> None:
    await talk.say("Eve Martin")
    await talk.say("Martin SARL")
    await talk.say("Congo")
    choices = await talk.expect("Several countries match.")
    old_button = choices.buttons[-1]["callback_data"]
    await talk.tap("Congo", message_id=choices.message_id, exact=False)
    await talk.expect("Which time zone are you in?")
    # The country buttons are from a step the flow has left.
    await talk.forge(choices.message_id, old_button)
    await talk.expect_answer("This button is from an older message. Please use the latest one.")
    await talk.forge(choices.message_id, pack("r.confirm", "", "deadbeef"))
    await talk.expect_answer("This button is from an older message. Please use the latest one.")
    await talk.forge(choices.message_id, "DROP TABLE buyers;--")
    await talk.expect_answer("This button is not valid.")
    await talk.forge(choices.message_id, pack("lang", "xx"))
    await talk.expect_answer("This button is not valid.")
    assert await _step(deps, 2001) == "timezone"


async def test_commands_in_the_middle_of_a_flow(talk: Talk, deps: Deps) -> None:
    await talk.say("Eve Martin")
    await talk.expect("Which company do you represent?")
    for command in ("start", "profile", "help", "register"):
        await talk.command(command)
        await talk.expect("Which company do you represent?")
    await talk.command("nonsense")
    await talk.expect("I do not know that command.")
    assert await _step(deps, 2001) == "company"
    await talk.say("Martin SARL")
    await talk.expect("Which country are you from?")


async def test_free_text_outside_a_flow(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=2002, first_name="Sam", language_code="en")
    await talk.say("hello?")
    await talk.expect("Nothing found for “{query}”.")
    await talk.sticker()
    await talk.expect("I did not understand that.")
    await talk.command("cancel")
    await talk.expect("There is nothing to cancel.")


async def test_an_unexpected_error_gets_an_apology_and_the_bot_goes_on(
    bot: FairApplication,
    double: BotApiDouble,
    deps: Deps,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from bot.services import registration

    async def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(registration, "start", broken)
    talk = Talk(double, deps, user_id=2003, first_name="Bob", language_code="ru")
    await talk.command("register")
    await talk.expect("Sorry, something went wrong on our side.")
    assert any("error while handling update" in r.message for r in caplog.records)
    monkeypatch.undo()
    other = Talk(double, deps, user_id=2004, first_name="Al", language_code="en")
    await other.command("register")
    await other.expect("What is your full name?")
    async with deps.db.read() as session:
        assert (await session.execute(select(func.count(Buyer.id)))).scalar_one() == 0
