"""An exhibitor's meetings as its staff see them: what is coming, and cancelling one.

Any staff member of the exhibitor sees its meetings and requests that have not
ended, soonest first, and may cancel a confirmed meeting (a request is declined
instead: `bot.services.meeting_requests`). Cancelling deletes the row (its slot is
free again) and queues the buyer's notice in the same transaction; a second
cancel, or one of a meeting the buyer cancelled meanwhile, changes nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Slot
from bot.db.meetings import Meeting
from bot.db.statements import affected
from bot.domain import MeetingStatus
from bot.errors import StaleAction
from bot.services import meeting_notices, meeting_reminders, meetings, staff
from bot.services.meeting_notices import Compose, Notice, Request

LIMIT = 10


async def upcoming(
    session: AsyncSession, staff_id: int, now: datetime, limit: int = LIMIT
) -> list[Request]:
    """The member's exhibitor's meetings and open requests that have not ended."""
    member = await staff.require(session, staff_id)
    rows = await session.execute(
        select(Meeting, Slot)
        .outerjoin(Slot, Slot.id == Meeting.slot_id)
        .where(
            Meeting.exhibitor_id == member.exhibitor_id,
            func.coalesce(Slot.ends_at, Meeting.ends_at) > now,
        )
        .order_by(func.coalesce(Slot.starts_at, Meeting.starts_at), Meeting.id)
        .limit(limit)
    )
    return [
        await meeting_notices.describe(session, meetings.booking_of(meeting, slot))
        for meeting, slot in rows.all()
    ]


async def get(session: AsyncSession, staff_id: int, meeting_id: int, now: datetime) -> Request:
    """One confirmed meeting of the member's exhibitor that has not ended; else stale."""
    member = await staff.require(session, staff_id)
    row = (
        await session.execute(
            select(Meeting, Slot)
            .outerjoin(Slot, Slot.id == Meeting.slot_id)
            .where(
                Meeting.id == meeting_id,
                Meeting.exhibitor_id == member.exhibitor_id,
                Meeting.status == MeetingStatus.CONFIRMED,
            )
            .execution_options(populate_existing=True)
        )
    ).first()
    if row is None:
        raise StaleAction()
    request = await meeting_notices.describe(session, meetings.booking_of(*row))
    if request.booking.ends_at <= now:
        raise StaleAction()
    return request


async def cancel(
    session: AsyncSession,
    staff_id: int,
    meeting_id: int,
    now: datetime,
    compose: Compose,
    wall: datetime,
) -> Request:
    """Cancel a confirmed meeting of the member's exhibitor; the buyer is told."""
    request = await get(session, staff_id, meeting_id, now)
    gone = await session.execute(
        delete(Meeting)
        .where(
            Meeting.id == meeting_id,
            Meeting.exhibitor_id == request.booking.exhibitor_id,
            Meeting.status == MeetingStatus.CONFIRMED,
        )
        .execution_options(synchronize_session=False)
    )
    if affected(gone) != 1:
        raise StaleAction()
    await meeting_reminders.withdraw(session, meeting_id)
    await meeting_notices.to_buyer(session, request, Notice.CALLED_OFF, compose, wall)
    return request
