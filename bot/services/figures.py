"""What every figure shares: the period it covers and how a count of buyers is shown.

Figures are plain numbers for the organizers and exhibitors (the `figures_*`
modules compute them, one module per subject); the chat handler and the command
line translate and draw them. They count, they never identify: no figure carries
a buyer's name, id or code.

Small groups: a count of buyers from 1 to 4 is `suppressed` (`Count.shown` is None,
to be written "< 5"), so a chart of countries or fair days never points at one
person. Zero is shown: it says nobody. Counts of things that are not buyers
(searches, messages sent, seconds) are plain ints.

A `Period` is a half-open span of instants, `start` <= t < `end`, in UTC; its
constructors take the fair's days on the fair's clock. Phases are the FAIR_PHASES
setting (one phase, FAIR_START..FAIR_END, when it is not set).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.clock import Clock
from bot.config import Settings
from bot.db.clock_sql import local_day

SMALLEST_SHOWN = 5


@dataclass(frozen=True)
class Count:
    """How many buyers, as it may be shown: `shown` is None for 1 to 4 ("< 5")."""

    shown: int | None

    @classmethod
    def of(cls, buyers: int) -> Count:
        return cls(buyers if buyers == 0 or buyers >= SMALLEST_SHOWN else None)

    @property
    def suppressed(self) -> bool:
        return self.shown is None

    def __str__(self) -> str:
        """What a CSV cell says: the number, or "<5"."""
        return f"<{SMALLEST_SHOWN}" if self.shown is None else str(self.shown)


@dataclass(frozen=True)
class Period:
    """The instants `start` <= t < `end` (aware, UTC) the figures count, and the fair's zone."""

    start: datetime
    end: datetime
    zone: ZoneInfo

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs timezone-aware instants")
        if self.end < self.start:
            raise ValueError("a period ends after it starts")

    @classmethod
    def days(cls, first: date, last: date, zone: ZoneInfo) -> Period:
        """From the start of `first` to the end of `last`, on the clock of `zone`."""
        return cls(midnight(first, zone), midnight(last + timedelta(days=1), zone), zone)

    @classmethod
    def today(cls, settings: Settings, clock: Clock) -> Period:
        """Today on the fair's clock, up to now."""
        zone = settings.fair_timezone
        return cls(midnight(clock.today(zone), zone), clock.now(), zone)

    @classmethod
    def fair_so_far(cls, settings: Settings, clock: Clock) -> Period:
        """From the fair's first day to now (or to its last day's end, once it is over);
        empty before the fair opens."""
        whole = cls.days(settings.fair_start, settings.fair_end, settings.fair_timezone)
        end = max(whole.start, min(clock.now(), whole.end))
        return cls(whole.start, end, whole.zone)

    @classmethod
    def phase(cls, settings: Settings, number: int) -> Period:
        """The whole of phase `number` (from 1), its first day to its last."""
        if not 1 <= number <= len(settings.phases):
            raise ValueError(f"the fair has {len(settings.phases)} phases, not {number}")
        first, last = settings.phases[number - 1]
        return cls.days(first, last, settings.fair_timezone)

    @classmethod
    def since(cls, day: date, settings: Settings, clock: Clock) -> Period:
        """From the start of `day` on the fair's clock to now (the command line's --since)."""
        zone = settings.fair_timezone
        return cls(midnight(day, zone), max(clock.now(), midnight(day, zone)), zone)

    def dates(self) -> list[date]:
        """The fair-clock dates the period touches, in order."""
        first = self.start.astimezone(self.zone).date()
        last = (self.end - timedelta(microseconds=1)).astimezone(self.zone).date()
        return [first + timedelta(days=n) for n in range(max(0, (last - first).days + 1))]


@dataclass(frozen=True)
class DayCount:
    """Buyers on one date of the fair's clock."""

    day: date
    buyers: Count


def day_of(session: AsyncSession, column: Any, period: Period) -> ColumnElement[Any]:
    """The fair-clock date of the instants in `column` (read the result with `as_date`)."""
    return local_day(session, column, period.zone, period.start, period.end)


def within(column: Any, period: Period) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """The conditions that an instant `column` falls in `period`."""
    return column >= period.start, column < period.end


def midnight(day: date, zone: ZoneInfo) -> datetime:
    """The instant (UTC) `day` begins on the clock of `zone`."""
    return datetime.combine(day, time(), zone).astimezone(UTC)
