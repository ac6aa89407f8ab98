"""The fair calendar: which dates are fair days, on the fair's clock.

A "fair day" is a calendar date on the fair's clock (FAIR_TIMEZONE) that lies
in one of the phases. Everything that counts days (check-ins, streaks,
reminders) uses the fair day of the instant it happens, whatever the buyer's
own time zone says the date is.

Fair days are numbered in order across all phases (`ordinal`), so "consecutive
fair days" skips the gap between two phases: the last day of one phase and the
first of the next are neighbours, and a streak carries over the break.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from bot.config import Settings

BEFORE, OPEN, BETWEEN, AFTER = "before", "open", "between", "after"


@dataclass(frozen=True)
class FairCalendar:
    """The phases (first and last day of each, in order) on the clock of `zone`."""

    phases: tuple[tuple[date, date], ...]
    zone: tzinfo

    @classmethod
    def from_settings(cls, settings: Settings) -> FairCalendar:
        return cls(settings.phases, settings.fair_timezone)

    @property
    def first_day(self) -> date:
        return self.phases[0][0]

    @property
    def last_day(self) -> date:
        return self.phases[-1][1]

    def day_of(self, instant: datetime) -> date:
        """The date on the fair's clock at `instant`."""
        return instant.astimezone(self.zone).date()

    def phase_of(self, day: date) -> int | None:
        """The phase `day` belongs to, counted from 1; None when it is no fair day."""
        for number, (first, last) in enumerate(self.phases, start=1):
            if first <= day <= last:
                return number
        return None

    def is_fair_day(self, day: date) -> bool:
        return self.phase_of(day) is not None

    def phase_days(self, phase: int) -> list[date]:
        first, last = self.phases[phase - 1]
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def ordinal(self, day: date) -> int:
        """The fair day's position among all fair days, from 0; ValueError for another date."""
        before = 0
        for first, last in self.phases:
            if first <= day <= last:
                return before + (day - first).days
            before += (last - first).days + 1
        raise ValueError(f"{day} is not a fair day")

    def status(self, day: date) -> str:
        """BEFORE the first fair day, OPEN on one, BETWEEN two phases, or AFTER the last."""
        if day < self.first_day:
            return BEFORE
        if day > self.last_day:
            return AFTER
        return OPEN if self.is_fair_day(day) else BETWEEN

    def next_fair_day(self, day: date) -> date | None:
        """The first fair day after `day`, or None when the fair is over by then."""
        for first, last in self.phases:
            if day < first:
                return first
            if day < last:
                return day + timedelta(days=1)
        return None

    def days_until_opening(self, day: date) -> int:
        """Whole days from `day` to the first fair day (0 on it, negative after)."""
        return (self.first_day - day).days

    def last_local(self, instant: datetime, zone: str, at: time = time(10)) -> datetime:
        """The latest instant, at or before `instant`, when the clock of `zone` read `at`.

        A wall time that does not exist that day (a DST jump) is taken with the
        zone's offset before the jump, which is what zoneinfo does with fold=0.
        """
        tz = ZoneInfo(zone)
        local = instant.astimezone(tz)
        today = datetime.combine(local.date(), at, tzinfo=tz)
        if today <= instant:
            return today
        return datetime.combine(local.date() - timedelta(days=1), at, tzinfo=tz)
