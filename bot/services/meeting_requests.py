"""Meeting requests: the exhibitor's staff answer them, the buyer answers a proposal,
unanswered ones lapse; and the notices each change queues for the other side.

A request is a `meetings` row with status `requested` that holds its slot (see
`bot.services.meetings`). Staff of its exhibitor accept it (`confirmed`), decline
it (deleted: the slot is free), or propose another of the exhibitor's free slots
(`proposed`: the row moves to that slot, the old one is free); the buyer then
accepts or declines the proposal. Each change is one conditional statement on the
row's status, so of two staff answering at once exactly one wins whatever the
engine or the number of processes, and an answer to a request withdrawn or lapsed
changes nothing. Whatever the other side must hear is queued in the same
transaction (`bot.services.meeting_notices`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Delete, Update, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Slot
from bot.db.handoff import Staff
from bot.db.meetings import Meeting
from bot.db.models import Buyer
from bot.db.statements import affected
from bot.domain import MeetingStatus
from bot.errors import (
    MeetingOverlap,
    RequestAnswered,
    RequestClosed,
    SlotTaken,
    SlotUnavailable,
    StaleAction,
)
from bot.services import lead_views, meeting_notices, meeting_reminders, meetings, staff
from bot.services.meeting_notices import Compose, Notice, Request
from bot.services.meetings import Booking, FreeSlot, Rules

EXPIRE_BATCH = 200
OPEN = (MeetingStatus.REQUESTED, MeetingStatus.PROPOSED)
Change = TypeVar("Change", Update, Delete)


async def announce(
    session: AsyncSession, booking: Booking, compose: Compose, wall: datetime
) -> Request:
    """Tell every staff member of the exhibitor of a new request, or of an instant booking."""
    notice = Notice.REQUEST if booking.status == MeetingStatus.REQUESTED else Notice.BOOKED
    request = await meeting_notices.describe(session, booking)
    await meeting_notices.to_staff(session, request, notice, compose, wall)
    return request


async def withdrawn(
    session: AsyncSession, booking: Booking, compose: Compose, wall: datetime
) -> None:
    """Tell the exhibitor's staff that the buyer cancelled `booking` (`meetings.cancel`,
    in this transaction), unless its slot had left the catalog: that time is not free.
    Its reminders not sent yet are taken back."""
    await meeting_reminders.withdraw(session, booking.id)
    if booking.state == meetings.MeetingState.WITHDRAWN:
        return
    confirmed = booking.status == MeetingStatus.CONFIRMED
    notice = Notice.CANCELLED if confirmed else Notice.WITHDRAWN
    await meeting_notices.to_staff(
        session, await meeting_notices.describe(session, booking), notice, compose, wall
    )


async def accept(
    session: AsyncSession,
    staff_id: int,
    meeting_id: int,
    now: datetime,
    compose: Compose,
    wall: datetime,
) -> Request:
    """Make the request a meeting; the buyer is told."""
    member, _ = await _for_staff(session, staff_id, meeting_id, now)
    done = await session.execute(
        _open(update(Meeting), meeting_id, member.exhibitor_id, now)
        .values(status=MeetingStatus.CONFIRMED, expires_at=None, answered_by=staff_id)
        .execution_options(synchronize_session=False)
    )
    if affected(done) != 1:
        await _why_not(session, meeting_id, staff_id, now)
    request = await _load(session, meeting_id)
    await meeting_notices.to_buyer(session, request, Notice.ACCEPTED, compose, wall)
    return request


async def decline(
    session: AsyncSession,
    staff_id: int,
    meeting_id: int,
    now: datetime,
    compose: Compose,
    wall: datetime,
) -> Request:
    """Refuse the request: its slot is free again in the same commit; the buyer is told."""
    member, _ = await _for_staff(session, staff_id, meeting_id, now)
    request = await _load(session, meeting_id)
    gone = await session.execute(
        _open(delete(Meeting), meeting_id, member.exhibitor_id, now).execution_options(
            synchronize_session=False
        )
    )
    if affected(gone) != 1:
        await _why_not(session, meeting_id, staff_id, now)
    await meeting_notices.to_buyer(session, request, Notice.DECLINED, compose, wall)
    return request


async def alternatives(
    session: AsyncSession, staff_id: int, meeting_id: int, now: datetime
) -> tuple[Request, list[FreeSlot]]:
    """The open request and the exhibitor's free slots staff may propose instead."""
    member, meeting = await _for_staff(session, staff_id, meeting_id, now)
    _must_be_open(meeting, staff_id, now)
    slots = await meetings.free_slots(session, member.exhibitor_id, now)
    return await _load(session, meeting_id), slots


async def propose(
    session: AsyncSession,
    staff_id: int,
    meeting_id: int,
    slot_id: str,
    now: datetime,
    rules: Rules,
    compose: Compose,
    wall: datetime,
) -> Request:
    """Offer the buyer another free slot of the exhibitor instead: the request moves to
    it (its old slot is free) and waits for the buyer's answer, within the same rules as
    a booking (no overlap, the day's limit); the buyer is told."""
    member, meeting = await _for_staff(session, staff_id, meeting_id, now)
    _must_be_open(meeting, staff_id, now)
    slot = await session.get(Slot, slot_id)
    if slot is None or slot.exhibitor_id != member.exhibitor_id or slot.starts_at <= now:
        raise SlotUnavailable(member.exhibitor_id)
    clash = await meetings.overlapping(
        session, meeting.telegram_id, slot.starts_at, slot.ends_at, other_than=meeting_id
    )
    if clash is not None:
        raise MeetingOverlap(member.exhibitor_id, clash)
    await meetings.within_day_limit(
        session, meeting.telegram_id, member.exhibitor_id, slot.starts_at, rules, meeting_id
    )
    asked = (meeting.starts_at, meeting.ends_at)
    try:
        async with session.begin_nested():
            moved = await session.execute(
                _open(update(Meeting), meeting_id, member.exhibitor_id, now)
                .values(
                    slot_id=slot.id,
                    starts_at=slot.starts_at,
                    ends_at=slot.ends_at,
                    status=MeetingStatus.PROPOSED,
                    answered_by=staff_id,
                    expires_at=min(now + rules.answer_within, slot.starts_at),
                )
                .execution_options(synchronize_session=False)
            )
    except IntegrityError:
        raise SlotTaken(member.exhibitor_id) from None
    if affected(moved) != 1:
        await _why_not(session, meeting_id, staff_id, now)
    request = replace(await _load(session, meeting_id), asked=asked)
    await meeting_notices.to_buyer(session, request, Notice.PROPOSED, compose, wall)
    return request


async def propose_to_lead(
    session: AsyncSession,
    staff_id: int,
    buyer_code: str,
    slot_id: str,
    now: datetime,
    rules: Rules,
    compose: Compose,
    wall: datetime,
) -> Request:
    """Staff invite one of their leads to a meeting at a free slot of their exhibitor: a
    proposal the buyer accepts or declines like a proposed other time, under a booking's
    rules (the slot free and open, no overlap, the day's limit); the buyer is told."""
    await lead_views.card(session, staff_id, buyer_code)  # a consenting lead of theirs, or stale
    member = await staff.require(session, staff_id)
    buyer_id = (
        await session.execute(select(Buyer.telegram_id).where(Buyer.buyer_code == buyer_code))
    ).scalar_one()
    slot = await session.get(Slot, slot_id)
    exhibitor = await session.get(Exhibitor, member.exhibitor_id)
    if (
        slot is None or exhibitor is None or slot.exhibitor_id != member.exhibitor_id
        or slot.starts_at <= now or not slot.available
    ):  # fmt: skip
        raise SlotUnavailable(member.exhibitor_id)
    clash = await meetings.overlapping(session, buyer_id, slot.starts_at, slot.ends_at)
    if clash is not None:
        raise MeetingOverlap(member.exhibitor_id, clash)
    await meetings.within_day_limit(session, buyer_id, member.exhibitor_id, slot.starts_at, rules)
    meeting = Meeting(
        telegram_id=buyer_id, slot_id=slot.id, exhibitor_id=exhibitor.id,
        exhibitor_name=dict(exhibitor.name), starts_at=slot.starts_at, ends_at=slot.ends_at,
        booked_at=now, status=MeetingStatus.PROPOSED, answered_by=staff_id,
        expires_at=min(now + rules.answer_within, slot.starts_at),
    )  # fmt: skip
    try:
        async with session.begin_nested():
            session.add(meeting)
    except IntegrityError:
        raise SlotTaken(member.exhibitor_id) from None
    request = await _load(session, meeting.id)
    await meeting_notices.to_buyer(session, request, Notice.PROPOSED, compose, wall)
    return request


async def answer_proposal(
    session: AsyncSession,
    buyer_id: int,
    meeting_id: int,
    take: bool,
    now: datetime,
    compose: Compose,
    wall: datetime,
) -> Request:
    """The buyer takes the proposed time (a meeting) or turns it down (its slot is free);
    the exhibitor's staff are told."""
    found = await session.execute(
        select(Meeting)
        .where(Meeting.id == meeting_id, Meeting.telegram_id == buyer_id)
        .execution_options(populate_existing=True)
    )
    meeting = found.scalar_one_or_none()
    if meeting is None:
        raise RequestClosed()
    if meeting.status == MeetingStatus.CONFIRMED:
        raise RequestAnswered(mine=True)
    if meeting.status != MeetingStatus.PROPOSED or _lapsed(meeting, now):
        raise RequestClosed()
    request = await _load(session, meeting_id)
    mine = (Meeting.id == meeting_id, Meeting.telegram_id == buyer_id)
    still = (Meeting.status == MeetingStatus.PROPOSED, Meeting.expires_at > now)
    if take:
        changed = await session.execute(
            update(Meeting)
            .where(*mine, *still)
            .values(status=MeetingStatus.CONFIRMED, expires_at=None)
            .execution_options(synchronize_session=False)
        )
    else:
        changed = await session.execute(
            delete(Meeting).where(*mine, *still).execution_options(synchronize_session=False)
        )
    if affected(changed) != 1:
        raise RequestClosed()
    if take:
        request = await _load(session, meeting_id)
    notice = Notice.TAKEN_UP if take else Notice.TURNED_DOWN
    await meeting_notices.to_staff(session, request, notice, compose, wall)
    return request


async def expire(session: AsyncSession, now: datetime, compose: Compose, wall: datetime) -> int:
    """Delete up to EXPIRE_BATCH requests and proposals left unanswered past their time,
    which frees their slots, and tell each buyer; how many lapsed."""
    due = await session.execute(
        select(Meeting.id, Meeting.status)
        .where(Meeting.status.in_(OPEN), Meeting.expires_at <= now)
        .order_by(Meeting.expires_at, Meeting.id)
        .limit(EXPIRE_BATCH)
    )
    lapsed = 0
    for meeting_id, status in due.all():
        request = await _load(session, meeting_id)
        gone = await session.execute(
            delete(Meeting)
            .where(Meeting.id == meeting_id, Meeting.status == status, Meeting.expires_at <= now)
            .execution_options(synchronize_session=False)
        )
        if affected(gone) == 1:
            lapsed += 1
            await meeting_notices.to_buyer(session, request, Notice.EXPIRED, compose, wall)
    return lapsed


def _open(statement: Change, meeting_id: int, exhibitor_id: str, now: datetime) -> Change:
    """`statement` (an UPDATE or DELETE of meetings) limited to this exhibitor's request
    that is still waiting for staff."""
    return statement.where(
        Meeting.id == meeting_id,
        Meeting.exhibitor_id == exhibitor_id,
        Meeting.status == MeetingStatus.REQUESTED,
        Meeting.expires_at > now,
    )


async def _for_staff(
    session: AsyncSession, staff_id: int, meeting_id: int, now: datetime
) -> tuple[Staff, Meeting]:
    """The member (still linked) and the meeting, which must be their exhibitor's."""
    member = await staff.require(session, staff_id)
    meeting = await session.get(Meeting, meeting_id, populate_existing=True)
    if meeting is None:
        raise RequestClosed()
    if meeting.exhibitor_id != member.exhibitor_id:
        raise StaleAction()
    return member, meeting


def _must_be_open(meeting: Meeting, staff_id: int, now: datetime) -> None:
    """Refuse an answer to a request that is not waiting for staff (any more)."""
    if meeting.status != MeetingStatus.REQUESTED:
        if meeting.answered_by is None:  # booked instantly: there was never a request
            raise StaleAction()
        raise RequestAnswered(mine=meeting.answered_by == staff_id)
    if _lapsed(meeting, now):
        raise RequestClosed()


async def _why_not(session: AsyncSession, meeting_id: int, staff_id: int, now: datetime) -> None:
    """A conditional change that changed nothing: say why, from the row as it is now."""
    meeting = await session.get(Meeting, meeting_id, populate_existing=True)
    if meeting is None:
        raise RequestClosed()
    _must_be_open(meeting, staff_id, now)
    raise RequestClosed()


def _lapsed(meeting: Meeting, now: datetime) -> bool:
    return meeting.expires_at is not None and meeting.expires_at <= now


async def _load(session: AsyncSession, meeting_id: int) -> Request:
    row = (
        await session.execute(
            select(Meeting, Slot)
            .outerjoin(Slot, Slot.id == Meeting.slot_id)
            .where(Meeting.id == meeting_id)
            .execution_options(populate_existing=True)
        )
    ).first()
    if row is None:
        raise RequestClosed()
    return await meeting_notices.describe(session, meetings.booking_of(*row))
