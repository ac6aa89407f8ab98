"""A manager sets business hours from the chat; an agent cannot; a buyer who writes outside
them is told at once when the desk opens."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, member, open_thread
from tests.auxil.meetings import make_manager

__all__ = ["catalog"]


async def test_a_manager_sets_hours_and_a_buyer_outside_them_hears_when_staff_are_back(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    mei = await member(double, deps, 7001, "Mei", "en")
    await make_manager(deps.db, 7001)
    kevin = await member(double, deps, 7002, "Kevin", "en")
    await mei.command("hours")
    await mei.expect("No business hours are set")
    await mei.command("hours", "25:00-30:00")
    await mei.expect("Write the hours as from-to on the fair's clock")
    await kevin.command("hours", "00:00-01:00")
    await kevin.expect("Only your exhibitor's managers can do this.")
    await mei.command("hours", "10:00-18:00")  # it is 09:00 on the fair's clock
    shown = await mei.expect("Outside them, buyers who write are told when you are back.")
    assert "10:00" in shown.text and "18:00" in shown.text

    ana = await buyer(double, deps, 7003, "Ana", "en", consent=True)
    await open_thread(ana)
    await ana.expect("their desk opens at")
    await mei.command("hours", "off")
    await mei.expect("No business hours are set")
