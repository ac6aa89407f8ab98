"""Whether an exhibitor's staff can answer a live talk now, and when they are back.

A buyer who writes at 3 a.m. on the fair's clock, or when every staff member has
set themselves away, is told at once rather than left waiting: when the desk
opens (business hours are minutes after midnight on the fair's clock), or that
the message is kept for the first one back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import InvalidAnswer
from bot.services import exhibitor_settings, staff

MINUTES_A_DAY = 24 * 60


@dataclass(frozen=True)
class Presence:
    """`open_now`: within business hours (or none set); `available`: staff not away;
    `back_at`: when the hours open next, if they are closed now."""

    open_now: bool
    available: int
    back_at: datetime | None

    @property
    def answering(self) -> bool:
        return self.open_now and self.available > 0


def is_open(opens_at: int | None, closes_at: int | None, minute: int) -> bool:
    """Whether `minute` (after midnight) is within the hours; hours past midnight wrap."""
    if opens_at is None or closes_at is None or opens_at == closes_at:
        return True
    if opens_at < closes_at:
        return opens_at <= minute < closes_at
    return minute >= opens_at or minute < closes_at


def next_opening(opens_at: int, now: datetime, fair: tzinfo) -> datetime:
    """The next instant the desk opens, at or after `now` (aware, UTC)."""
    local = now.astimezone(fair)
    opening = datetime.combine(local.date(), time(opens_at // 60, opens_at % 60), fair)
    if opening <= local:
        opening = datetime.combine(
            local.date() + timedelta(days=1), time(opens_at // 60, opens_at % 60), fair
        )
    return opening.astimezone(now.tzinfo)


async def presence(
    session: AsyncSession, exhibitor_id: str, now: datetime, fair: tzinfo
) -> Presence:
    hours = await exhibitor_settings.get(session, exhibitor_id)
    local = now.astimezone(fair)
    open_now = is_open(hours.opens_at, hours.closes_at, local.hour * 60 + local.minute)
    back_at = None
    if not open_now and hours.opens_at is not None:
        back_at = next_opening(hours.opens_at, now, fair)
    available = await staff.member_ids(session, exhibitor_id, available_only=True)
    return Presence(open_now, len(available), back_at)


def parse_hours(text: str) -> tuple[int, int]:
    """ "09:00-18:00" (or with an en dash, or "9-18") as minutes after midnight."""
    parts = text.replace("–", "-").replace(" ", "").split("-")  # noqa: RUF001 - typed en dash
    if len(parts) != 2:
        raise InvalidAnswer("bad_hours")
    opens, closes = (_minute(part) for part in parts)
    if opens == closes:
        raise InvalidAnswer("bad_hours")
    return opens, closes


def _minute(text: str) -> int:
    hour, _, minute = text.partition(":")
    if not hour.isdigit() or (minute and not minute.isdigit()):
        raise InvalidAnswer("bad_hours")
    value = int(hour) * 60 + int(minute or 0)
    if int(hour) > 24 or int(minute or 0) > 59 or value > MINUTES_A_DAY:
        raise InvalidAnswer("bad_hours")
    return value % MINUTES_A_DAY
