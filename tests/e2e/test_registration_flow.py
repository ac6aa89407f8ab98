"""Registration end to end: the real bot, the Bot API double, real HTTP, both engines."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.db.models import Buyer
from bot.deps import Deps
from bot.i18n import RLM
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.registration import (
    fill_until_interests,
    fill_until_summary,
    register_in_chat,
    register_without_photo,
)
from tests.auxil.running import running_bot
from tests.auxil.talk import Talk


async def test_registration_in_english(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1001, first_name="John", language_code="en")
    code = await register_in_chat(talk, "John Smith", "germny", "Berlin")
    async with deps.db.read() as session:
        buyer = (await session.execute(select(Buyer))).scalar_one()
    assert (buyer.buyer_code, buyer.country, buyer.timezone) == (code, "DE", "Europe/Berlin")
    assert buyer.phone == "+34600123456" and buyer.interests == ["furniture"]
    assert buyer.consent_share and buyer.company == "Acme <Trading> & Co"


async def test_registration_in_spanish(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1002, first_name="Ana", language_code="es-ES")
    assert talk.t.code == "es"
    await register_in_chat(talk, "Ana García", "Alemania", "Berlín")
    async with deps.db.read() as session:
        assert (await session.execute(select(Buyer.country))).scalar_one() == "DE"


async def test_registration_in_arabic_reads_right_to_left(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1003, first_name="Fahad", language_code="ar")
    await register_in_chat(talk, "فهد العتيبي", "السعودية", "الرياض")
    for message in talk.user.bot_messages:
        for line in message.text.split("\n"):
            assert not line or line.startswith(RLM), line


async def test_language_switch_midway_keeps_the_step(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1004, first_name="Jo", language_code="en")
    await talk.command("register")
    await talk.expect("What is your full name?")
    await talk.say("Jo Costa")
    await talk.expect("Which company do you represent?")
    await talk.command("language")
    await talk.expect("Choose your language:")
    await talk.tap("Português")
    talk.switch("pt")
    await talk.expect("Which company do you represent?")
    await talk.say("Costa Importadora")
    await talk.expect("Which country are you from?")


async def test_restart_in_the_middle_resumes_at_the_same_step(
    double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1005, first_name="Li", language_code="zh-hans")
    async with running_bot(deps, double):
        await talk.command("register")
        await talk.expect("What is your full name?")
        await talk.say("李雷")
        await talk.expect("Which company do you represent?")
    async with running_bot(deps, double):
        await talk.say("广州贸易有限公司")
        await talk.expect("Which country are you from?")
        await talk.say("德国")
        await talk.expect("Which time zone are you in?")


async def test_failing_optional_methods_do_not_break_registration(
    double: BotApiDouble, deps: Deps
) -> None:
    from bot.telegram_double import Fault

    # For good: a single failure is retried away (tests/e2e/test_reply_retries.py).
    double.inject(Fault(method="setMyCommands", status=500, times=None))
    double.inject(Fault(method="sendPhoto", status=500, times=None))
    async with running_bot(deps, double):
        talk = Talk(double, deps, user_id=1006, first_name="Maria", language_code="pt-br")
        await register_without_photo(talk)


async def test_double_confirm_makes_one_buyer(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1007, first_name="Ken", language_code="ja")
    await fill_until_summary(
        talk, "Ken Sato", "Sato Shoji", "日本", "東京", "ken@sato.co.jp", "Gifts & Decorations"
    )
    summary = talk.user.last
    assert summary is not None
    await talk.tap("✅ Confirm", message_id=summary.message_id)
    await talk.tap("✅ Confirm", message_id=summary.message_id)
    await talk.expect("You are registered.")
    await talk.expect_answer("You are already registered.")
    async with deps.db.read() as session:
        assert (await session.execute(select(func.count(Buyer.id)))).scalar_one() == 1


async def test_a_question_asked_again_leaves_one_live_keyboard(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=1006, first_name="Bo", language_code="en")
    await fill_until_interests(talk)
    first = await talk.expect("Which products are you looking for?")
    await talk.say("furniture please")  # text where buttons are asked for
    await talk.expect("Please answer with the buttons under the question.")
    again = await talk.expect("Which products are you looking for?")
    assert again.message_id != first.message_id
    await talk.user.wait_for(lambda user: not first.buttons)  # the older buttons are gone
    await talk.tap("Furniture", message_id=again.message_id)
    await talk.expect_markup("✅ " + talk.t.gettext("Furniture"))
    assert [m.message_id for m in talk.user.bot_messages if m.buttons] == [again.message_id]
