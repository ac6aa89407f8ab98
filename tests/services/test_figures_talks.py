"""A talk's first response, recorded where staff first answer it; fair-clock dates across
a daylight-saving change, both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import update

from bot.db.engine import Database
from bot.db.models import Buyer
from bot.services import figures_buyers, figures_talks, handoff
from bot.services.figures import Count, Period
from tests.auxil.handoff import LI, NOW, asked, db

__all__ = ["db"]


async def test_the_first_staff_message_ends_the_wait(db: Database) -> None:
    thread = await asked(db, "Do you ship to Spain?")
    async with db.write() as s:
        await handoff.claim(s, LI, thread.id, NOW + timedelta(seconds=30))
        await handoff.say(s, LI, "We do.", None, NOW + timedelta(seconds=90))
        await handoff.say(s, LI, "Anything else?", None, NOW + timedelta(seconds=400))
    period = Period(NOW, NOW + timedelta(hours=1), ZoneInfo("Asia/Shanghai"))
    async with db.read() as s:
        times = await figures_talks.response_times(s, period)
        mine = await figures_talks.response_times(s, period, "EX0001")
    assert [(t.exhibitor_id, t.answered, t.median_seconds, t.p90_seconds) for t in times] == [
        ("EX0002", Count(None), 90, 90)
    ]
    assert mine == []


async def test_days_on_a_clock_that_changes_its_offset(db: Database) -> None:
    """Madrid leaves summer time at 03:00 on 2026-10-25 (01:00 UTC): 23:30 local is 21:30
    UTC before and 22:30 UTC after; a single offset would put one of them on the 26th."""
    madrid = ZoneInfo("Europe/Madrid")
    period = Period(datetime(2026, 10, 20, tzinfo=UTC), datetime(2026, 10, 30, tzinfo=UTC), madrid)
    for registered, local_day in [
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "2026-10-25"),  # 00:30, +02:00
        (datetime(2026, 10, 25, 22, 30, tzinfo=UTC), "2026-10-25"),  # 23:30, +01:00
        (datetime(2026, 10, 25, 23, 30, tzinfo=UTC), "2026-10-26"),  # 00:30, +01:00
    ]:
        async with db.write() as s:
            await s.execute(update(Buyer).values(registered_at=registered))
        async with db.read() as s:
            days = await figures_buyers.registrations_per_day(s, period)
        assert [d.day.isoformat() for d in days] == [local_day]
