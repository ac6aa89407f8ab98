"""Claiming a conversation with a long history: the claimer's reply fits Telegram, and the
buyer hears that staff joined if and only if the claim committed."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.faults import Fault
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, member, open_thread, said_to

__all__ = ["catalog"]

# Buyer text that HTML-escapes to more than it shows: Telegram counts what it shows.
LONG = "x<y & " * 150


def unisolated(text: str) -> str:
    """The text without the isolation marks around values in right-to-left messages."""
    return text.replace("\u2068", "").replace("\u2069", "")


async def test_a_long_history_is_capped_and_the_talk_goes_on(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6201, "Ana", "en", consent=True)
    omar = await member(double, deps, 6301, "Omar", "ar")
    wang = await member(double, deps, 6302, "Wang", "en")
    await open_thread(ana)
    for number in range(8):
        await ana.say(f"m{number}: {LONG}")
        await ana.expect("Sent to the staff of" if number == 0 else "Kept. The staff of")
    alert = await wang.expect("New conversation for")
    claim = str(alert.buttons[0]["callback_data"])
    await omar.expect("New conversation for")
    await omar.tap("✋ Claim")
    taken = await omar.expect("You took the conversation with")
    shown = [number for number in range(8) if f"m{number}: " in taken.text]
    assert shown == list(range(8 - len(shown), 8)) and len(shown) >= 2, taken.text
    left_out = omar.t.number(8 - len(shown))
    earlier = omar.t.format("Earlier messages not shown: {count}", count=left_out)
    assert unisolated(earlier) in unisolated(taken.text)
    assert "x<y & " in taken.text
    await ana.expect("have joined your conversation")
    # Wang's alert loses its Claim button; a tap that was already on its way is refused.
    await wang.user.wait_for(lambda user: not user.chat.messages[alert.message_id].buttons)
    await wang.forge(alert.message_id, claim)
    await wang.expect_answer("Already claimed by a colleague.")

    await omar.say("مرحبا آنا")
    await ana.expect("مرحبا آنا")
    await ana.say("Thanks, the price please?")
    await omar.expect("Thanks, the price please?")
    assert len(said_to(ana, ana.tr("have joined your conversation"))) == 1


async def test_the_buyer_hears_staff_joined_even_when_the_claimers_reply_fails(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ben = await buyer(double, deps, 6202, "Ben", "es", consent=False)
    li = await member(double, deps, 6303, "Li", "zh-hans")
    await open_thread(ben, "cuchillo de chef", "Cuchillo de chef")
    await ben.say("¿Hola?")
    await li.expect("New conversation for")
    double.inject(Fault(method="sendMessage", chat_id=li.user.id, status=500, times=None))
    await li.tap("✋ Claim")
    await ben.expect("have joined your conversation")
    double.clear_faults()
    await li.say("你好 Ben")
    await ben.expect("你好 Ben")
