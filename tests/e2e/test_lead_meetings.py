"""Staff invite a lead to a meeting from the lead's card; the buyer accepts; a buyer who
did not consent cannot be invited, whatever a forged button says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.deps import Deps
from bot.services import buyers
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.meetings_views import when
from handlers.replies import STALE_BUTTON
from tests.auxil.live_talk import KNIFE, buyer, catalog, member

__all__ = ["catalog"]
AV1 = datetime(2026, 10, 15, 1, 0, tzinfo=UTC)


async def test_staff_invite_a_lead_who_accepts(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6121, "Li", "en")
    ana = await buyer(double, deps, 6021, "Ana", "es", consent=True)
    ben = await buyer(double, deps, 6022, "Ben", "en", consent=False)
    for shopper, label in ((ana, "Cuchillo de chef"), (ben, KNIFE)):
        await shopper.say("chef knife")
        await shopper.expect("Results for")
        await shopper.tap(label)
        await shopper.expect("Exhibitor: {name}")
    await li.expect("🆕 New lead: {name}")
    await li.command("leads")
    await li.expect("Leads of")
    await li.tap("❄️ Ana Souza")
    card = await li.expect("Why:")
    await li.tap("📅 Invite to a meeting")
    await li.expect("to a meeting: pick a time (fair time).")
    await li.tap(when(li.t, AV1, AV1 + timedelta(minutes=30), ZoneInfo("Asia/Shanghai")))
    await li.expect_answer("Invitation sent. I will tell you the buyer's answer.")
    invited = await ana.expect("invites you to a meeting.")
    assert "Maker 1 Co., Ltd." in invited.text
    await ana.tap("✅ Accept this time")
    await li.expect("The buyer accepted the time you proposed.")

    async with deps.db.read() as session:
        ben_code = (await buyers.get(session, 6022)).buyer_code
    await li.forge(card.message_id, pack("lm.ask", ben_code))
    await li.expect_answer(STALE_BUTTON)
