"""The search log folded into tallies: the figures count the same folded or not, whatever
the period and wherever the horizon; folds never count a search twice, both engines."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.clock import Clock
from bot.db.catalog import Search
from bot.db.engine import Database
from bot.db.search_tallies import SearchQuarter, SearchTally
from bot.services import figures_searches, search_tallies
from bot.services.figures import Period
from tests.auxil.figures import D15, D16, D17, D19, SHANGHAI, at, fill

KOLKATA = ZoneInfo("Asia/Kolkata")  # UTC+5:30: its hours start on the half hour of UTC
QUERIES = ("LED lamp", "led lamp ", " Solar panel", "bomba", "насос", "مضخة", "x")


async def _log(db: Database, n: int, seed: int, since: datetime | None = None) -> None:
    """`n` searches over the three days `since` (the 15th by default) at random instants:
    named (6 buyers) or anonymous, found or not, in three languages, the same query
    written differently."""
    rng = random.Random(seed)
    async with db.write() as session:
        for _ in range(n):
            when = (since or at(D15, 0)) + timedelta(seconds=rng.randrange(3 * 86400))
            session.add(
                Search(
                    telegram_id=rng.choice((None, None, 1, 2, 3, 4, 5, 6)),
                    language=rng.choice(("en", "es", "ar")), query=rng.choice(QUERIES),
                    results=rng.choice((0, 0, 3)), created_at=when,
                )
            )  # fmt: skip


def _periods(zone: ZoneInfo) -> list[Period]:
    def local(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)

    return [
        Period.days(D15, D17, zone),
        Period.days(D16, D16, zone),
        Period(local(D16, 0), local(D16, 13, 7), zone),  # today, up to now
        Period(local(D15, 7, 30), local(D17, 13), zone),  # cut mid-day at both ends
        Period(local(D15, 23, 50), local(D16, 0, 10), zone),
        Period(datetime(2026, 1, 1, tzinfo=UTC), local(D17, 9, 44), zone),
    ]


async def _figures(db: Database, periods: list[Period]) -> list[object]:
    read: list[object] = []
    async with db.read() as session:
        for period in periods:
            read.append(await figures_searches.searches_per_hour(session, period))
            read.append(await figures_searches.top_queries(session, period))
            read.append(await figures_searches.top_unfound(session, period))
    return read


async def _fold_until(db: Database, zone: ZoneInfo, now: datetime) -> None:
    clock = Clock()
    clock.freeze(now)
    await search_tallies.fold(db, zone, clock)


async def test_the_figures_count_the_same_folded_or_not(database: Database) -> None:
    await fill(database)
    await _log(database, 600, seed=3)
    for zone in (SHANGHAI, KOLKATA):
        periods = _periods(zone)
        async with database.write() as session:  # the tallies made anew, as on a new zone
            await search_tallies.fold_step(session, zone, at(D15, 0))
        unfolded = await _figures(database, periods)
        for now in (at(D15, 9, 20), at(D16, 0, 10), at(D16, 13, 1), at(D17, 23, 59), at(D19, 0)):
            await _fold_until(database, zone, now)
            async with database.read() as session:
                assert await search_tallies.horizon(session, zone) == _quarter_before(now)
            assert await _figures(database, periods) == unfolded, (zone, now)


def _quarter_before(now: datetime) -> datetime:
    """The horizon a fold at `now` reaches: a quarter hour, at least 10 minutes back."""
    back = (now - search_tallies.MARGIN).astimezone(UTC)
    return back.replace(minute=back.minute - back.minute % 15, second=0, microsecond=0)


async def test_the_fold_is_incremental_and_two_processes_count_each_search_once(
    database: Database,
) -> None:
    await _log(database, 400, seed=5)
    second = Database(database.url)
    try:
        now = at(D16, 12, 3)
        await asyncio.gather(
            _fold_until(database, SHANGHAI, now), _fold_until(second, SHANGHAI, now)
        )
        assert await _tallied(database) == await _logged(database, _quarter_before(now))
        async with database.read() as session:
            quarters = list((await session.execute(select(SearchQuarter.quarter))).scalars())
        assert all(isinstance(quarter, int) for quarter in quarters)
        assert len(quarters) <= (_quarter_before(now) - at(D15, 0)) / timedelta(minutes=15)
        await _log(database, 50, seed=6, since=at(D16, 12))  # all after the horizon
        await asyncio.gather(
            _fold_until(second, SHANGHAI, at(D19, 0)), _fold_until(database, SHANGHAI, at(D19, 0))
        )
        assert await _tallied(database) == await _logged(database, _quarter_before(at(D19, 0)))
    finally:
        await second.dispose()


async def test_a_search_of_the_last_minutes_is_left_to_the_next_fold(database: Database) -> None:
    async with database.write() as session:
        session.add(Search(language="en", query="pump", results=1, created_at=at(D16, 9, 55)))
    await _fold_until(database, SHANGHAI, at(D16, 10, 4))  # 9:55 is less than 10 minutes ago
    assert await _tallied(database) == (0, 0)
    await _fold_until(database, SHANGHAI, at(D16, 10, 10))
    assert await _tallied(database) == (1, 1)


async def test_another_fair_zone_folds_the_log_anew(database: Database) -> None:
    await _log(database, 200, seed=7)
    async with database.write() as session:
        session.add(Search(language="en", query="pump", results=1, created_at=at(D15, 1)))
    await _fold_until(database, SHANGHAI, at(D17, 0))
    await _fold_until(database, KOLKATA, at(D17, 0))
    async with database.read() as session:
        assert await search_tallies.horizon(session, SHANGHAI) is None
        days = set((await session.execute(select(SearchTally.day))).scalars())
    assert await _tallied(database) == await _logged(database, _quarter_before(at(D17, 0)))
    # 1:00 in Shanghai on the 15th is 22:30 on the 14th in Kolkata
    assert min(days) == date(2026, 10, 14)


async def _tallied(db: Database) -> tuple[int, int]:
    """The searches the tallies count, by day and by quarter."""
    async with db.read() as session:
        by_day = await session.scalar(select(func.coalesce(func.sum(SearchTally.searches), 0)))
        by_quarter = await session.scalar(
            select(func.coalesce(func.sum(SearchQuarter.searches), 0))
        )
    return int(by_day or 0), int(by_quarter or 0)


async def _logged(db: Database, before: datetime) -> tuple[int, int]:
    async with db.read() as session:
        n = await session.scalar(select(func.count()).where(Search.created_at < before))
    return int(n or 0), int(n or 0)
