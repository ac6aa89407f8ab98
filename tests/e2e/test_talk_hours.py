"""A buyer who opens a talk when no one can answer is told at once: when the desk opens on
their own clock, or that the first one back sees the message; away staff get no alert."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.db.handoff import Staff
from bot.deps import Deps
from bot.services import exhibitor_settings
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, member, open_thread, said_to

__all__ = ["catalog"]


async def test_outside_business_hours_the_buyer_learns_when_the_desk_opens(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    now = deps.clock.now()  # 09:00 on the fair's clock
    async with deps.db.write() as session:
        await exhibitor_settings.change(session, "EX0001", now, opens_at=600, closes_at=1080)
    ana = await buyer(double, deps, 6501, "Ana", "es", consent=True)
    await member(double, deps, 6511, "Li", "en")
    await open_thread(ana, "cuchillo de chef", "Cuchillo de chef")
    away = await ana.expect("their desk opens at")
    opens = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai, 23:00 the day before
    assert now < opens
    assert ana.t.datetime(opens, ZoneInfo("America/Sao_Paulo"), "short") in away.text
    assert away.buttons[0]["text"] == ana.t.gettext("📅 Book a meeting")
    await ana.tap("📅 Book a meeting")
    await ana.expect("Free times in your time zone")


async def test_with_every_member_away_no_alert_goes_out_and_the_message_is_kept(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ben = await buyer(double, deps, 6502, "Ben", "en", consent=True)
    li = await member(double, deps, 6512, "Li", "en")
    async with deps.db.write() as session:
        (await session.get(Staff, 6512)).available = False  # type: ignore[union-attr]
    await open_thread(ben)
    await ben.expect("is at the desk right now")
    await ben.say("Do you ship to Brazil?")
    await ben.expect("are not online yet")
    await li.command("inbox")
    inbox = await li.expect("Conversations of {exhibitor}")
    assert len(inbox.buttons) == 1 and said_to(li, "New conversation for") == []
