"""Folding the search log into tallies, and which part of a period each of them covers.

`fold` counts the searches made up to a horizon into `bot.db.search_tallies`, a
slice of at most `STEP` per transaction (on SQLite every other writer waits for it),
and moves the horizon on; a job does it every few minutes. The horizon stays
`MARGIN` behind the clock: a search is stamped when its transaction begins, so one
stamped before the horizon must have committed by the time it is folded, or it
would never be counted. Two processes folding at once take turns on the fold row.

A figure then reads a period in two parts (`day_spans`, `quarter_spans`): the whole
days (or quarters) that lie inside it and before the horizon from the tallies, and
the rest, a first partial day and everything after the horizon, from the log itself.
Either way every search of the period is counted once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.clock import Clock
from bot.db.catalog import Search
from bot.db.clock_sql import epoch_slot, local_day
from bot.db.engine import Database
from bot.db.search_tallies import FOLD_ROW, SearchFold, SearchQuarter, SearchTally
from bot.db.statements import dialect_of
from bot.services.figures import Period, midnight

MARGIN = timedelta(minutes=10)
QUARTER = 900  # seconds
STEP = timedelta(hours=6)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class DaySpans:
    """The fair-clock days `first`..`last` read from the tallies (None: none), and the
    instants read from the log."""

    days: tuple[date, date] | None
    raw: tuple[Span, ...]


@dataclass(frozen=True)
class QuarterSpans:
    """The quarters `first` <= q < `end` read from the tallies (None: none), and the
    instants read from the log."""

    quarters: tuple[int, int] | None
    raw: tuple[Span, ...]


def normalized() -> ColumnElement[str]:
    """A search's query as the figures compare it: trimmed and lower-cased by the engine
    (the expression of the searches' index by query)."""
    return func.lower(func.trim(Search.query))


def anonymous_searches() -> ColumnElement[int]:
    """How many of the grouped searches were logged without a buyer."""
    return func.sum(case((Search.telegram_id.is_(None), 1), else_=0))


def in_spans(spans: tuple[Span, ...]) -> ColumnElement[bool]:
    """The condition that a search was made in one of `spans`."""
    return or_(
        *(and_(Search.created_at >= start, Search.created_at < end) for start, end in spans)
    )


async def horizon(session: AsyncSession, zone: ZoneInfo) -> datetime | None:
    """How far the tallies count, if their days were cut on the clock of `zone`."""
    state = await session.get(SearchFold, FOLD_ROW)
    if state is None or state.zone != zone.key:
        return None
    return state.folded_until


def day_spans(period: Period, until: datetime | None) -> DaySpans:
    """Where `period`'s searches are counted, the tallies reaching `until`."""
    zone = period.zone
    first = period.start.astimezone(zone).date()
    if midnight(first, zone) < period.start:
        first += timedelta(days=1)
    start = midnight(first, zone)
    if until is None:
        return DaySpans(None, _spans((period.start, period.end)))
    end = until if period.end >= until else midnight(period.end.astimezone(zone).date(), zone)
    if end <= start:
        return DaySpans(None, _spans((period.start, period.end)))
    last = (end - timedelta(microseconds=1)).astimezone(zone).date()
    return DaySpans((first, last), _spans((period.start, start), (end, period.end)))


def quarter_spans(period: Period, until: datetime | None) -> QuarterSpans:
    """Where `period`'s searches are counted by quarter, the tallies reaching `until`."""
    first = _quarter(period.start)
    if quarter_start(first) < period.start:
        first += 1
    if until is None:
        return QuarterSpans(None, _spans((period.start, period.end)))
    end = _quarter(until if period.end >= until else period.end)
    if end <= first:
        return QuarterSpans(None, _spans((period.start, period.end)))
    tallied = (quarter_start(first), quarter_start(end))
    return QuarterSpans((first, end), _spans((period.start, tallied[0]), (tallied[1], period.end)))


async def fold(db: Database, zone: ZoneInfo, clock: Clock) -> None:
    """Fold every search old enough into the tallies, a slice per transaction."""
    more = True
    while more:
        async with db.write() as session:
            more = await fold_step(session, zone, clock.now())


async def fold_step(session: AsyncSession, zone: ZoneInfo, now: datetime) -> bool:
    """Fold one slice (at most `STEP`) of the searches made before `now` - `MARGIN`;
    whether more are left to fold."""
    until = quarter_start(_quarter(now - MARGIN))
    locked = select(SearchFold).where(SearchFold.id == FOLD_ROW).with_for_update()
    state = (await session.execute(locked)).scalar_one()
    if state.zone != zone.key:
        await session.execute(delete(SearchTally))
        await session.execute(delete(SearchQuarter))
        state.zone, state.folded_until = zone.key, None
    start = state.folded_until
    if start is None:
        earliest = await session.scalar(select(func.min(Search.created_at)))
        if earliest is None:
            return False
        start = quarter_start(_quarter(earliest))
    if start >= until:
        return False
    end = min(until, start + STEP)
    await _fold_days(session, zone, start, end)
    await _fold_quarters(session, start, end)
    state.folded_until = end
    return end < until


async def _fold_days(
    session: AsyncSession, zone: ZoneInfo, start: datetime, end: datetime
) -> None:
    day = local_day(session, Search.created_at, zone, start, end)
    anonymous = anonymous_searches()
    found = Search.results > 0  # one expression, one bind: PostgreSQL matches GROUP BY by it
    keys = (day, found, Search.language, normalized())
    counted = (
        select(*keys, func.count(), anonymous)
        .where(Search.created_at >= start, Search.created_at < end)
        .group_by(*keys)
    )
    statement = dialect_of(session).insert(SearchTally)
    statement = statement.from_select(
        ["day", "found", "language", "query", "searches", "anonymous"], counted
    )
    excluded = statement.excluded
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["day", "found", "language", "query"],
            set_={
                "searches": SearchTally.searches + excluded.searches,
                "anonymous": SearchTally.anonymous + excluded.anonymous,
            },
        )
    )


async def _fold_quarters(session: AsyncSession, start: datetime, end: datetime) -> None:
    quarter = epoch_slot(session, Search.created_at, QUARTER)
    counted = (
        select(quarter, func.count())
        .where(Search.created_at >= start, Search.created_at < end)
        .group_by(quarter)
    )
    statement = dialect_of(session).insert(SearchQuarter)
    statement = statement.from_select(["quarter", "searches"], counted)
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["quarter"],
            set_={"searches": SearchQuarter.searches + statement.excluded.searches},
        )
    )


def _spans(*spans: Span) -> tuple[Span, ...]:
    return tuple((start, end) for start, end in spans if start < end)


def _quarter(instant: datetime) -> int:
    """The quarter (since the epoch) `instant` falls in."""
    return (instant - EPOCH) // timedelta(seconds=QUARTER)


def quarter_start(quarter: int) -> datetime:
    """The instant quarter number `quarter` (since the epoch) begins."""
    return EPOCH + timedelta(seconds=quarter * QUARTER)
