"""Moving a confirmed meeting to another free slot of its exhibitor, by the buyer or by
the exhibitor's staff.

Either way the row takes the new slot through the same unique constraint as a
booking, so the old slot is free and the new one held in one conditional UPDATE
(a race with another buyer, or with a second move, is decided by the database),
and its `sequence` (the .ics SEQUENCE) grows so that the calendar event is
replaced, not doubled. Its reminders are due again for the new time.

A buyer moves within the rules of a booking, and only where the exhibitor books
instantly: where staff confirm every meeting, they agreed to the time they hold.
A request waiting for staff (or a time they proposed) moves too: it is withdrawn and
a new request asks for the new time in the same transaction, so the answer buttons
either side holds for the old one are stale and one notice, with the old time, asks
staff afresh.
Staff move any confirmed meeting of their exhibitor to a time the buyer is free;
the buyer is told through the outbox, with the calendar update, in the move's
transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Slot
from bot.db.meetings import Meeting
from bot.db.models import Buyer
from bot.db.statements import affected
from bot.domain import BookingMode, MeetingStatus
from bot.errors import (
    AlreadyBooked,
    MeetingOverlap,
    MoveNeedsRequest,
    NotRegistered,
    SlotTaken,
    SlotUnavailable,
    StaleAction,
)
from bot.services import (
    exhibitor_meetings,
    exhibitor_settings,
    meeting_notices,
    meeting_reminders,
    meetings,
)
from bot.services.meeting_notices import Compose, Notice, Request
from bot.services.meeting_requests import OPEN
from bot.services.meetings import Booking, FreeSlot, MeetingState, Rules


@dataclass(frozen=True)
class Move:
    """A meeting moved: as it was (`before`) and as it is now (`after`)."""

    before: Booking
    after: Booking


async def move(
    session: AsyncSession,
    telegram_id: int,
    meeting_id: int,
    slot_id: str,
    now: datetime,
    rules: Rules,
    compose: Compose,
    wall: datetime,
) -> Move:
    """Move the buyer's confirmed meeting, or open request, to another free slot of its
    exhibitor, under the rules of a booking (overlap, the day's limit; the meeting itself
    not counted); every staff member of the exhibitor is told the new time and the old,
    free again."""
    buyer = await session.execute(
        select(Buyer.id).where(Buyer.telegram_id == telegram_id).with_for_update()
    )
    if buyer.scalar_one_or_none() is None:
        raise NotRegistered()
    before = await meetings.get(session, telegram_id, meeting_id)
    if before.status in OPEN:
        return await _move_request(session, before, slot_id, now, rules, compose, wall)
    if before.status != MeetingStatus.CONFIRMED or before.state == MeetingState.WITHDRAWN:
        raise StaleAction()
    slot, exhibitor = await meetings.bookable_slot(session, slot_id, now)
    if exhibitor.id != before.exhibitor_id:
        raise StaleAction()
    holder = await meetings.slot_holder(session, slot_id)
    if holder is not None:
        if holder[0] == telegram_id:
            raise AlreadyBooked(exhibitor.id, holder[1])
        raise SlotTaken(exhibitor.id)
    if (await exhibitor_settings.get(session, exhibitor.id)).booking_mode == BookingMode.CONFIRM:
        raise MoveNeedsRequest(exhibitor.id)
    clash = await meetings.overlapping(
        session, telegram_id, slot.starts_at, slot.ends_at, meeting_id
    )
    if clash is not None:
        raise MeetingOverlap(exhibitor.id, clash)
    await meetings.within_day_limit(
        session, telegram_id, exhibitor.id, slot.starts_at, rules, meeting_id
    )
    move = Move(before, await _relocate(session, before, slot))
    await _tell_staff(session, move, Notice.MOVED, compose, wall)
    return move


async def _move_request(
    session: AsyncSession,
    before: Booking,
    slot_id: str,
    now: datetime,
    rules: Rules,
    compose: Compose,
    wall: datetime,
) -> Move:
    """The open request (or proposal) withdrawn and the new time requested (booked, where
    the exhibitor turned to instant booking meanwhile); staff asked once, with the old
    time."""
    slot, exhibitor = await meetings.bookable_slot(session, slot_id, now)
    if exhibitor.id != before.exhibitor_id:
        raise StaleAction()
    withdrawn = await session.execute(
        delete(Meeting).where(
            Meeting.id == before.id,
            Meeting.telegram_id == before.telegram_id,
            Meeting.status.in_(OPEN),
        )
    )
    if not affected(withdrawn):  # answered or lapsed meanwhile
        raise StaleAction()
    after = await meetings.book(
        session, before.telegram_id, slot.id, before.product_id, now, rules
    )
    notice = Notice.REQUEST if after.status == MeetingStatus.REQUESTED else Notice.BOOKED
    move = Move(before, after)
    await _tell_staff(session, move, notice, compose, wall)
    return move


async def _tell_staff(
    session: AsyncSession, move: Move, notice: Notice, compose: Compose, wall: datetime
) -> None:
    """Every staff member of the exhibitor: the meeting as it is now, and the old time."""
    before = move.before
    request = await meeting_notices.describe(session, move.after)
    request = replace(request, asked=(before.starts_at, before.ends_at))
    await meeting_notices.to_staff(session, request, notice, compose, wall)


async def choices(
    session: AsyncSession, staff_id: int, meeting_id: int, now: datetime
) -> tuple[Request, list[FreeSlot]]:
    """A confirmed meeting of the member's exhibitor, and the free times it may move to."""
    request = await exhibitor_meetings.get(session, staff_id, meeting_id, now)
    slots = await meetings.free_slots(session, request.booking.exhibitor_id, now)
    return request, slots


async def move_by_staff(
    session: AsyncSession,
    staff_id: int,
    meeting_id: int,
    seen: int,
    slot_id: str,
    now: datetime,
    compose: Compose,
    wall: datetime,
) -> Request:
    """Move a confirmed meeting of the member's exhibitor to another of its free slots, at
    a time the buyer has no other meeting (the day's limit is the buyer's own rule, for
    what they book); the buyer is told, with the old time (`Request.asked`). `seen` is
    the meeting's sequence the member chose from: moved since, the choice is stale."""
    request = await exhibitor_meetings.get(session, staff_id, meeting_id, now)
    before = request.booking
    if before.sequence != seen:
        raise StaleAction()
    try:
        slot, exhibitor = await meetings.bookable_slot(session, slot_id, now)
    except SlotUnavailable:
        raise SlotUnavailable(before.exhibitor_id) from None
    if exhibitor.id != before.exhibitor_id:
        raise StaleAction()
    if await meetings.slot_holder(session, slot_id) is not None:
        raise SlotTaken(exhibitor.id)
    clash = await meetings.overlapping(
        session, before.telegram_id, slot.starts_at, slot.ends_at, meeting_id
    )
    if clash is not None:
        raise MeetingOverlap(exhibitor.id, clash)
    after = await _relocate(session, before, slot)
    moved = replace(request, booking=after, asked=(before.starts_at, before.ends_at))
    await meeting_notices.to_buyer(session, moved, Notice.RESCHEDULED, compose, wall)
    return moved


async def _relocate(session: AsyncSession, before: Booking, slot: Slot) -> Booking:
    """Take `slot` for the meeting and free its old one, if the meeting is still as it was
    read (confirmed, the same sequence); its reminders not sent yet are taken back (they
    name the old time) and are due again for the new one."""
    try:
        async with session.begin_nested():
            moved = await session.execute(
                update(Meeting)
                .where(
                    Meeting.id == before.id,
                    Meeting.status == MeetingStatus.CONFIRMED,
                    Meeting.sequence == before.sequence,
                )
                .values(
                    slot_id=slot.id,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    sequence=Meeting.sequence + 1,
                    reminded=0,
                )
                .execution_options(synchronize_session=False)
            )
    except IntegrityError:
        raise SlotTaken(slot.exhibitor_id) from None
    if not affected(moved):
        raise StaleAction()
    await meeting_reminders.withdraw(session, before.id)
    meeting = await session.get(Meeting, before.id, populate_existing=True)
    assert meeting is not None
    return meetings.booking_of(meeting, slot)
