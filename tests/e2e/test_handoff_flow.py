"""Live talks end to end: a buyer, exhibitor staff and an organizer, all at once."""

from __future__ import annotations

import asyncio

from bot.deps import Deps
from bot.services import users
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.live_talk import KNIFE, MAKER, buyer, catalog, member, open_thread, said_to
from tests.auxil.staff import ADMIN, invite
from tests.auxil.talk import Talk

__all__ = ["catalog"]


async def test_a_consenting_buyer_talks_with_the_staff_member_who_claims(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6001, "Ana", "es", consent=True)
    li = await member(double, deps, 6101, "Li", "zh-hans")
    wang = await member(double, deps, 6102, "Wang", "en")
    await open_thread(ana, "cuchillo de chef", "Cuchillo de chef")
    await ana.say("¿Precio para 1000 unidades?")
    await ana.expect("Sent to the staff of")
    for colleague in (li, wang):
        alert = await colleague.expect("New conversation for")
        assert "Ana Souza" in alert.text and "Ana Ltda" in alert.text
        assert "ana@example.com.br" in alert.text
        assert "+5511912345678" in alert.text and "¿Precio para 1000 unidades?" in alert.text
    assert "不锈钢厨师刀" in li.user.last.text  # type: ignore[union-attr]
    li_alert = li.user.last
    assert li_alert is not None
    claim = str(li_alert.buttons[0]["callback_data"])
    await wang.tap("✋ Claim")
    await wang.expect_answer("You took this conversation.")
    taken = await wang.expect("You took the conversation with")
    assert "¿Precio para 1000 unidades?" in taken.text
    await ana.expect("have joined your conversation")
    await li.user.wait_for(lambda user: not li_alert.buttons)  # Li's Claim button is gone
    await li.forge(li_alert.message_id, claim)  # a tap that was on its way
    await li.expect_answer("Already claimed by a colleague.")

    await wang.say("Hello Ana, USD 1.10 each.")
    relayed = await ana.expect("Hello Ana, USD 1.10 each.")
    assert relayed.text.startswith(MAKER)
    await ana.say("Gracias. <b>¿Y el plazo?</b>")
    question = await wang.expect("¿Y el plazo?")
    assert "Ana Souza" in question.text and "<b>¿Y el plazo?</b>" in question.text
    await wang.say("Three weeks.", reply_to=question.message_id)
    await ana.expect("Three weeks.")
    assert said_to(ana, "Results for") == [] and said_to(li, "plazo") == []

    await ana.command("end")
    await ana.expect("Conversation with {exhibitor} closed.")
    await wang.expect("The buyer closed the conversation about {product}.")
    await ana.say("cuchillo")
    await ana.expect("Results for")


async def test_without_consent_or_staff_the_thread_waits_for_an_inbox(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ben = await buyer(double, deps, 6002, "Ben", "en", consent=False)
    await open_thread(ben)
    await ben.say("Hi, do you ship to Brazil?")
    await ben.expect("are not online yet")
    await ben.say("Also: samples?")
    await ben.expect("Kept. The staff of")
    await ben.sticker()
    await ben.expect("Only text, photos and documents are passed on.")
    await ben.say("x" * 3600)
    await ben.expect("This message is too long to pass on")
    await ben.tap("💬 Talk to the exhibitor")
    await ben.expect("You already have an open conversation with")

    organizer = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    code = await invite(organizer, "EX0001")
    li = Talk(double, deps, user_id=6103, first_name="Li", language_code="en")
    await li.command("staff", code)
    await li.expect("Conversations waiting for you: 1.")
    await li.command("inbox")
    box = await li.expect("Waiting: 1")
    [button] = box.buttons
    assert button["text"].startswith("✋ " + KNIFE) and "CF" in button["text"]
    await li.tap(button["text"])
    taken = await li.expect("You took the conversation with")
    assert "Hi, do you ship to Brazil?" in taken.text and "Also: samples?" in taken.text
    counts = await li.expect("Waiting: 0")  # the inbox, shown again in place
    assert counts.message_id == box.message_id and "Yours: 1" in counts.text
    assert "did not agree to share" in taken.text and "Buyer number: CF" in taken.text
    await ben.expect("have joined your conversation")
    await ben.say("Are you there?")
    await li.expect("Are you there?")
    chat = li.user.transcript()
    assert "Ben" not in chat and "example.com.br" not in chat and "+55" not in chat

    await li.forge(box.message_id, pack("h.claim", "abc"))
    await li.expect_answer("This button is from an older message.")
    await li.forge(box.message_id, pack("h.switch", "999999"))
    await li.expect_answer("This button is from an older message.")
    await ben.forge(box.message_id - 1, pack("h.claim", "1"))
    await ben.expect_answer("This button is from an older message.")

    await li.command("end")
    await li.expect("Conversation about {product} closed.")
    await ben.expect("{exhibitor} closed the conversation about {product}.")
    await li.command("end")
    await li.expect("You have no open conversation.")
    await li.say("chef knife")
    await li.expect("Results for")


async def blocked(deps: Deps, telegram_id: int) -> bool:
    async with deps.db.read() as session:
        return (await users.reader(session, telegram_id))[1]


async def test_unregistered_blocked_and_mid_flow_buyers(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    cara = Talk(double, deps, user_id=6003, first_name="Cara", language_code="fr")
    await cara.say("chef knife")
    await cara.tap(KNIFE)
    await cara.tap("💬 Talk to the exhibitor")
    await cara.expect("To talk to exhibitors, please register first")
    await cara.tap("📝 Register")
    await cara.expect("What is your full name?")
    await cara.command("inbox")
    await cara.expect("This command is for exhibitor staff.")

    dan = await buyer(double, deps, 6004, "Dan", "pt-br", consent=True)
    li = await member(double, deps, 6104, "Li", "en")
    await open_thread(dan)
    await dan.say("Olá")
    await li.tap("✋ Claim")
    await dan.expect("have joined your conversation")
    await dan.command("profile")
    await dan.tap("E-mail")
    await dan.expect("What is your business e-mail address?")
    await dan.say("dan@novo.com.br")
    await dan.expect("Your profile with this change:")
    await dan.command("cancel")
    double.block(dan.user.id)
    await li.say("Bom dia!")  # queued; Telegram refuses it, and the outbox marks Dan blocked
    async with asyncio.timeout(10):
        while not await blocked(deps, dan.user.id):
            await asyncio.sleep(0.05)
    await li.say("Ainda aí?")
    await li.expect("Your message could not be delivered")
    assert said_to(li, "dan@novo.com.br") == []
