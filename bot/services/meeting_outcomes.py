"""After a meeting: the exhibitor's staff say whether the buyer came, the buyer rates it.

A job asks `follow_up_due` often. Each confirmed meeting whose slot has ended is
followed up once (a conditional UPDATE of `followed_up`, whatever the number of
processes): every staff member of the exhibitor is asked whether the buyer came,
and the buyer how it went. The first staff answer stands (one UPDATE while no
outcome is recorded; a colleague pressing later is told what was recorded). The
buyer may change their rating. A no-show counts against the buyer's meetings a fair
day (`meetings.no_shows`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Slot
from bot.db.meetings import Meeting
from bot.db.statements import affected
from bot.domain import MeetingOutcome, MeetingStatus
from bot.errors import OutcomeRecorded, StaleAction
from bot.services import meeting_notices, meetings, staff
from bot.services.meeting_notices import Compose, Notice, Request
from bot.services.meetings import Booking

BATCH = 200
STARS = range(1, 6)


async def follow_up_due(
    session: AsyncSession, now: datetime, compose: Compose, wall: datetime
) -> int:
    """Ask about up to BATCH meetings that have ended; how many were asked about."""
    rows = await session.execute(
        select(Meeting, Slot)
        .join(Slot, Slot.id == Meeting.slot_id)
        .where(
            Meeting.status == MeetingStatus.CONFIRMED,
            Meeting.followed_up.is_(False),
            Slot.ends_at <= now,
        )
        .order_by(Slot.ends_at, Meeting.id)
        .limit(BATCH)
    )
    asked = 0
    for meeting, slot in rows.all():
        taken = await session.execute(
            update(Meeting)
            .where(Meeting.id == meeting.id, Meeting.followed_up.is_(False))
            .values(followed_up=True)
            .execution_options(synchronize_session=False)
        )
        if affected(taken) != 1:
            continue
        asked += 1
        request = await meeting_notices.describe(session, meetings.booking_of(meeting, slot))
        await meeting_notices.to_staff(session, request, Notice.ASK_OUTCOME, compose, wall)
        await meeting_notices.to_buyer(session, request, Notice.ASK_RATING, compose, wall)
    return asked


async def record(session: AsyncSession, staff_id: int, meeting_id: int, attended: bool) -> Request:
    """Record whether the buyer came; OutcomeRecorded when a colleague (or the member)
    already did. Only staff of the meeting's exhibitor, once it was followed up."""
    member = await staff.require(session, staff_id)
    meeting = await session.get(Meeting, meeting_id, populate_existing=True)
    if meeting is None or meeting.exhibitor_id != member.exhibitor_id or not meeting.followed_up:
        raise StaleAction()
    outcome = MeetingOutcome.ATTENDED if attended else MeetingOutcome.NO_SHOW
    done = await session.execute(
        update(Meeting)
        .where(
            Meeting.id == meeting_id,
            Meeting.exhibitor_id == member.exhibitor_id,
            Meeting.outcome.is_(None),
        )
        .values(outcome=outcome)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(meeting)
    if affected(done) != 1:
        raise OutcomeRecorded(meeting.outcome == MeetingOutcome.ATTENDED)
    slot = await session.get(Slot, meeting.slot_id) if meeting.slot_id else None
    return await meeting_notices.describe(session, meetings.booking_of(meeting, slot))


async def rate(session: AsyncSession, buyer_id: int, meeting_id: int, stars: int) -> Booking:
    """The buyer's rating of their meeting (1 to 5), which they may change."""
    if stars not in STARS:
        raise StaleAction()
    rated = await session.execute(
        update(Meeting)
        .where(
            Meeting.id == meeting_id,
            Meeting.telegram_id == buyer_id,
            Meeting.followed_up.is_(True),
        )
        .values(rating=stars)
        .execution_options(synchronize_session=False)
    )
    if affected(rated) != 1:
        raise StaleAction()
    return await meetings.get(session, buyer_id, meeting_id)
