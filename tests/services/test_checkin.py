"""Check-in on both engines: the calendar, one check-in per fair day, streaks, points, tiers."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.db.checkin import CheckIn, RewardGrant
from bot.db.engine import Database
from bot.errors import NotFairDay, NotRegistered
from bot.services import checkin
from bot.services.fair_calendar import AFTER, BEFORE, BETWEEN, OPEN
from tests.auxil.checkin import CALENDAR, REWARDS, check_in, fair_time, register


def test_the_calendar_knows_phases_ordinals_and_the_next_fair_day() -> None:
    assert CALENDAR.phase_of(date(2026, 10, 19)) == 1
    assert CALENDAR.phase_of(date(2026, 10, 20)) is None
    assert CALENDAR.phase_of(date(2026, 11, 4)) == 3
    assert CALENDAR.ordinal(date(2026, 10, 19)) + 1 == CALENDAR.ordinal(date(2026, 10, 23))
    with pytest.raises(ValueError):
        CALENDAR.ordinal(date(2026, 10, 21))
    assert [CALENDAR.status(date(2026, 10, d)) for d in (14, 15, 21)] == [BEFORE, OPEN, BETWEEN]
    assert CALENDAR.status(date(2026, 11, 5)) == AFTER
    assert CALENDAR.next_fair_day(date(2026, 10, 19)) == date(2026, 10, 23)
    assert CALENDAR.next_fair_day(date(2026, 10, 1)) == date(2026, 10, 15)
    assert CALENDAR.next_fair_day(date(2026, 11, 4)) is None
    assert CALENDAR.days_until_opening(date(2026, 10, 1)) == 14
    # The fair day is the date on the fair's clock, whatever the instant's own zone.
    late_in_madrid = datetime(2026, 10, 14, 19, 0, tzinfo=ZoneInfo("Europe/Madrid"))
    assert CALENDAR.day_of(late_in_madrid) == date(2026, 10, 15)


async def test_unregistered_and_closed_days_are_refused(database: Database) -> None:
    with pytest.raises(NotRegistered):
        await check_in(database, 5, fair_time(date(2026, 10, 15)))
    await register(database, 5)
    for day in (date(2026, 10, 14), date(2026, 10, 21), date(2026, 11, 5)):
        with pytest.raises(NotFairDay):
            await check_in(database, 5, fair_time(day))
    async with database.read() as session:
        assert (await session.execute(select(func.count(CheckIn.id)))).scalar_one() == 0


async def test_two_taps_at_once_make_one_check_in(database: Database) -> None:
    await register(database, 6)
    other = Database(database.url)
    at = fair_time(date(2026, 10, 15), 9, 30)

    async def tap(db: Database) -> bool:
        async with db.write() as session:
            return (await checkin.check_in(session, 6, CALENDAR, REWARDS, at)).new

    try:
        results = await asyncio.gather(tap(database), tap(other), tap(database), tap(other))
    finally:
        await other.dispose()
    assert sorted(results) == [False, False, False, True]
    async with database.read() as session:
        assert (await session.execute(select(func.count(CheckIn.id)))).scalar_one() == 1


async def test_a_second_before_and_at_midnight_are_two_fair_days(database: Database) -> None:
    await register(database, 7)
    first = await check_in(database, 7, fair_time(date(2026, 10, 15), 23, 59, 59))
    again = await check_in(database, 7, fair_time(date(2026, 10, 15), 23, 59, 59))
    second = await check_in(database, 7, fair_time(date(2026, 10, 16), 0, 0, 0))
    assert (first.fair_day, first.new) == (date(2026, 10, 15), True)
    assert (again.new, again.progress.days) == (False, 1)
    assert (second.fair_day, second.new) == (date(2026, 10, 16), True)
    assert (second.progress.streak, second.progress.days) == (2, 2)


async def test_a_buyer_whose_date_differs_checks_in_for_the_fair_s_date(
    database: Database,
) -> None:
    await register(database, 8, zone="America/Los_Angeles")
    # 18:00 on 14 October in Los Angeles is 09:00 on the 15th in Shanghai: fair day one.
    evening = datetime(2026, 10, 14, 18, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    result = await check_in(database, 8, evening)
    assert result.new and result.fair_day == date(2026, 10, 15)


async def test_streak_points_and_tiers_across_the_gap_between_phases(database: Database) -> None:
    await register(database, 9)
    days = [date(2026, 10, d) for d in (15, 16, 17, 18, 19, 23)]
    results = [await check_in(database, 9, fair_time(day)) for day in days]
    granted = [[g.award for g in r.granted] for r in results]
    assert granted == [[], [], ["days3"], [], ["days5", "phase@1"], []]
    last = results[-1].progress
    # 19 and 23 October are consecutive fair days: the break does not end the streak.
    assert (last.streak, last.best_streak, last.days) == (6, 6, 6)
    assert last.points == 6 * 10 + 30 + 60 + 100
    assert last.next_reward is not None and last.next_reward.tier.id == "phase"
    assert last.next_reward.remaining == 4
    # A missed fair day ends the streak; the earned grants stay, once each.
    after_gap = await check_in(database, 9, fair_time(date(2026, 10, 25)))
    assert (after_gap.progress.streak, after_gap.progress.best_streak) == (1, 6)
    assert after_gap.progress.next_reward is None
    async with database.read() as session:
        awards = (await session.execute(select(RewardGrant.award))).scalars().all()
    assert sorted(awards) == ["days3", "days5", "phase@1"]


async def test_progress_after_the_fair_keeps_the_best_streak(database: Database) -> None:
    await register(database, 10)
    for day in (date(2026, 11, 3), date(2026, 11, 4)):
        await check_in(database, 10, fair_time(day))
    async with database.read() as session:
        after = await checkin.progress(
            session, 10, CALENDAR, REWARDS, fair_time(date(2026, 11, 20))
        )
        before = await checkin.progress(
            session, 10, CALENDAR, REWARDS, fair_time(date(2026, 11, 4)) + timedelta(hours=1)
        )
    assert (after.days, after.best_streak, after.checked_today) == (2, 2, False)
    assert before.streak == 2 and before.checked_today
