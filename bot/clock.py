"""The one source of "now".

Every feature asks this object for the time, never `datetime.now()`, so the
offline demo can move the clock to a fair morning and tests can freeze it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo


class Clock:
    """Real time shifted by an offset, or a frozen instant."""

    def __init__(self) -> None:
        self._offset = timedelta()
        self._frozen: datetime | None = None

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        if self._frozen is not None:
            return self._frozen
        return datetime.now(UTC) + self._offset

    def wall(self) -> datetime:
        """Real time, however the clock was moved or frozen: for pacing what is sent to
        Telegram, whose rate limits count real seconds (the outbox's times)."""
        return datetime.now(UTC)

    def today(self, zone: tzinfo) -> date:
        """The calendar date on the clock of `zone` (the fair's, or a buyer's)."""
        return self.now().astimezone(zone).date()

    def set(self, instant: datetime) -> None:
        """Make now() read `instant` and run on from there (the demo's control)."""
        if instant.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware instant")
        self._frozen = None
        self._offset = instant - datetime.now(UTC)

    def freeze(self, instant: datetime) -> None:
        """Stop the clock at `instant` (tests)."""
        if instant.tzinfo is None:
            raise ValueError("the clock needs a timezone-aware instant")
        self._frozen = instant.astimezone(UTC)

    def reset(self) -> None:
        """Back to real time."""
        self._offset = timedelta()
        self._frozen = None
