"""Meeting slots as exhibitor staff manage them in the chat.

Staff add a fair day's slots (from, to, length, on the fair's clock), remove the
ones they added, and take any slot out of booking or back. Every call names the
staff member's own exhibitor: a slot of another exhibitor is stale. A day's
slots are refused whole when any of them is in the past, off the fair's days, or
overlaps a slot the exhibitor has: an exhibitor cannot be in two meetings at once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Slot
from bot.db.meetings import Meeting
from bot.db.statements import affected
from bot.errors import InvalidAnswer, StaleAction
from bot.services.fair_calendar import FairCalendar

STAFF = "staff"
MOST_A_DAY = 48
LENGTHS = range(10, 241)  # minutes a slot may last
LISTED = 20


@dataclass(frozen=True)
class SlotRow:
    """One slot as staff see it: when, whose it is, whether it takes bookings."""

    id: str
    starts_at: datetime
    ends_at: datetime
    staff_added: bool
    available: bool
    booked: bool


async def upcoming(
    session: AsyncSession, exhibitor_id: str, now: datetime, limit: int = LISTED
) -> list[SlotRow]:
    """The exhibitor's slots that have not started, soonest first."""
    booked = select(Meeting.id).where(Meeting.slot_id == Slot.id).exists()
    rows = await session.execute(
        select(Slot.id, Slot.starts_at, Slot.ends_at, Slot.origin, Slot.available, booked)
        .where(Slot.exhibitor_id == exhibitor_id, Slot.starts_at > now)
        .order_by(Slot.starts_at, Slot.id)
        .limit(limit)
    )
    return [
        SlotRow(id_, starts, ends, origin == STAFF, available, is_booked)
        for id_, starts, ends, origin, available, is_booked in rows.all()
    ]


async def add_day(
    session: AsyncSession,
    exhibitor_id: str,
    day: date,
    hours: tuple[int, int],
    minutes: int,
    calendar: FairCalendar,
    now: datetime,
) -> list[SlotRow]:
    """Slots of `minutes` from `hours[0]` to `hours[1]` (minutes after midnight, fair clock)."""
    if not calendar.is_fair_day(day):
        raise InvalidAnswer("not_fair_day")
    if minutes not in LENGTHS:
        raise InvalidAnswer("slot_length", limit=LENGTHS.stop - 1)
    opens, closes = hours
    if closes <= opens:
        raise InvalidAnswer("bad_hours")
    count = (closes - opens) // minutes
    if count < 1:
        raise InvalidAnswer("slot_length", limit=closes - opens)
    if count > MOST_A_DAY:
        raise InvalidAnswer("too_many_slots", limit=MOST_A_DAY)
    start = datetime.combine(day, time(opens // 60, opens % 60), calendar.zone)
    times = [
        (start + timedelta(minutes=minutes * n), start + timedelta(minutes=minutes * (n + 1)))
        for n in range(count)
    ]
    if times[0][0] <= now:
        raise InvalidAnswer("slot_past")
    overlapping = await session.execute(
        select(Slot.id)
        .where(
            Slot.exhibitor_id == exhibitor_id,
            Slot.starts_at < times[-1][1],
            Slot.ends_at > times[0][0],
        )
        .limit(1)
    )
    if overlapping.first() is not None:
        raise InvalidAnswer("slot_overlap")
    added = []
    for starts_at, ends_at in times:
        slot_id = f"ST-{secrets.token_hex(6)}"
        session.add(
            Slot(
                id=slot_id, exhibitor_id=exhibitor_id, starts_at=starts_at, ends_at=ends_at,
                updated_at=now, sync_run=0, origin=STAFF, available=True,
            )
        )  # fmt: skip
        added.append(SlotRow(slot_id, starts_at, ends_at, True, True, False))
    return added


async def set_available(
    session: AsyncSession, exhibitor_id: str, slot_id: str, available: bool
) -> None:
    """Take the exhibitor's slot out of booking, or back into it (a booking stands)."""
    changed = await session.execute(
        update(Slot)
        .where(Slot.id == slot_id, Slot.exhibitor_id == exhibitor_id)
        .values(available=available)
    )
    if affected(changed) != 1:
        raise StaleAction()


async def remove(session: AsyncSession, exhibitor_id: str, slot_id: str) -> None:
    """Delete a slot staff added and nobody booked; a feed slot is only made unavailable."""
    booked = select(Meeting.id).where(Meeting.slot_id == slot_id).exists()
    gone = await session.execute(
        delete(Slot).where(
            Slot.id == slot_id,
            Slot.exhibitor_id == exhibitor_id,
            Slot.origin == STAFF,
            ~booked,
        )
    )
    if affected(gone) == 1:
        return
    found = await session.get(Slot, slot_id)
    if found is None or found.exhibitor_id != exhibitor_id or found.origin != STAFF:
        raise StaleAction()
    raise InvalidAnswer("slot_booked")
