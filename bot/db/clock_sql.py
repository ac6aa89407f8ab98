"""Dates, hours and durations on the fair's clock, computed by the database, both engines.

Figures group big tables by the fair day or hour an instant fell on. PostgreSQL
knows time zones (`timezone(zone, instant)`); SQLite does not, so there the
instant is shifted by the zone's UTC offset, piecewise: the offsets a zone had
between two instants are found here (`offsets`), and one CASE branch covers each.
A zone without daylight saving time (the default, Asia/Shanghai) needs one branch.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, Date, Integer, case, cast, extract, func
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

_STEP = timedelta(hours=1)


def offsets(zone: ZoneInfo, start: datetime, end: datetime) -> list[tuple[datetime | None, int]]:
    """The zone's UTC offsets (seconds) from `start` to `end`: (until, offset) pairs in order,
    the last one's `until` None. A change is found hour by hour and then to the second."""
    found: list[tuple[datetime | None, int]] = []
    current = _offset(zone, start)
    at = start
    while at < end:
        step = min(at + _STEP, end)
        if _offset(zone, step) != current:
            low, high = at, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _offset(zone, middle) == current else (low, middle)
            found.append((high, current))
            current = _offset(zone, step)
        at = step
    found.append((None, current))
    return found


def _offset(zone: ZoneInfo, instant: datetime) -> int:
    shift = instant.astimezone(zone).utcoffset()
    assert shift is not None
    return int(shift.total_seconds())


def _is_postgres(session: AsyncSession) -> bool:
    assert session.bind is not None, "sessions are made by bot.db.engine.Database, always bound"
    return session.bind.dialect.name == "postgresql"


def _shifted_sqlite(
    column: Any, zone: ZoneInfo, start: datetime, end: datetime, build: Any
) -> ColumnElement[Any]:
    pieces = offsets(zone, start, end)
    last = build(column, f"{pieces[-1][1]:+d} seconds")
    if len(pieces) == 1:
        return last
    whens = [
        (column < until, build(column, f"{shift:+d} seconds")) for until, shift in pieces[:-1]
    ]
    return case(*whens, else_=last)


def local_day(
    session: AsyncSession, column: Any, zone: ZoneInfo, start: datetime, end: datetime
) -> ColumnElement[Any]:
    """The date on the clock of `zone` of the instants in `column` (from `start` to `end`);
    `as_date` reads what the database returns."""
    if _is_postgres(session):
        return cast(func.timezone(zone.key, column), Date)
    return _shifted_sqlite(column, zone, start, end, func.date)


def local_hour(
    session: AsyncSession, column: Any, zone: ZoneInfo, start: datetime, end: datetime
) -> ColumnElement[Any]:
    """The hour (0-23) on the clock of `zone` of the instants in `column`."""
    if _is_postgres(session):
        return cast(extract("hour", func.timezone(zone.key, column)), Integer)
    return cast(
        _shifted_sqlite(column, zone, start, end, lambda c, m: func.strftime("%H", c, m)), Integer
    )


def epoch_slot(session: AsyncSession, column: Any, seconds: int) -> ColumnElement[Any]:
    """Which `seconds`-long slot since the Unix epoch the instants in `column` fall in."""
    if _is_postgres(session):
        return cast(func.floor(extract("epoch", column) / seconds), BigInteger)
    return cast(func.strftime("%s", column), Integer) // seconds


def seconds_between(session: AsyncSession, later: Any, earlier: Any) -> ColumnElement[Any]:
    """Whole seconds from `earlier` to `later` (two instant columns)."""
    if _is_postgres(session):
        return cast(func.round(extract("epoch", later - earlier)), Integer)
    return cast(func.round((func.julianday(later) - func.julianday(earlier)) * 86400), Integer)


def as_date(value: date | str) -> date:
    """A date as the database returned it: a `date` (PostgreSQL) or ISO text (SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(value)
