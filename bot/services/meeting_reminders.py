"""Reminders of a meeting, to the buyer and to the exhibitor's staff: a day before it,
and a quarter of an hour before.

A job asks `queue_due` often. A confirmed meeting whose slot begins within a
reminder's lead gets that reminder queued, and its `reminded` count moves past it
in the same transaction, by a conditional UPDATE: a meeting is reminded once per
lead whatever the number of processes (the dedupe key says so too). A meeting
booked (or requested) inside a lead gets no reminder for it: the booking itself
has just said when it is. Times are the slot's current ones, so a meeting the
exhibitor moved is reminded at its new time. Each staff member of the exhibitor
gets their own, naming the buyer as the talk would (a name only with consent).
Cancelling or moving a meeting takes back its reminders not sent yet (`withdraw`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Slot
from bot.db.meetings import Meeting
from bot.db.models import Buyer
from bot.db.statements import affected
from bot.domain import MeetingStatus
from bot.services import handoff, outbox, staff, users
from bot.services.handoff import BuyerCard
from bot.services.meetings import Booking, booking_of
from bot.services.outbox import Outgoing

log = logging.getLogger(__name__)

KIND = "meeting_reminder"
LEADS = (timedelta(hours=24), timedelta(minutes=15))
BATCH = 500


@dataclass(frozen=True)
class Reminder:
    """One meeting to remind of: to its buyer, on their clock (`buyer_zone`), or to a staff
    member (`buyer`: who they meet, as staff may see them)."""

    booking: Booking
    buyer_zone: str
    lead: timedelta
    hall: str | None = None
    booth: str | None = None
    buyer: BuyerCard | None = None


#: Writes a reminder in its reader's stored language (None: the bot's default): HTML text.
Compose = Callable[[Reminder, str | None], str]


def _key_of(meeting_id: int) -> str:
    """What the dedupe keys of a meeting's reminders start with."""
    return f"meeting-reminder:{meeting_id}:"


async def withdraw(session: AsyncSession, meeting_id: int) -> int:
    """Take back the meeting's reminders still waiting in the outbox (a busy outbox may hold
    them a while): cancelled, there is no meeting; moved, they name the old time."""
    return await outbox.withdraw(session, KIND, _key_of(meeting_id), "meeting cancelled or moved")


async def queue_due(session: AsyncSession, now: datetime, compose: Compose, wall: datetime) -> int:
    """Queue up to BATCH reminders due now, in the caller's transaction; how many meetings
    were settled (reminded, or past a lead they were booked inside)."""
    settled = 0
    for number, lead in enumerate(LEADS):
        rows = await session.execute(
            select(Meeting, Slot, Buyer.timezone, Exhibitor.hall, Exhibitor.booth)
            .join(Slot, Slot.id == Meeting.slot_id)
            .join(Exhibitor, Exhibitor.id == Slot.exhibitor_id)
            .join(Buyer, Buyer.telegram_id == Meeting.telegram_id)
            .where(
                Meeting.status == MeetingStatus.CONFIRMED,
                Meeting.reminded <= number,
                Slot.starts_at > now,
                Slot.starts_at <= now + lead,
            )
            .order_by(Slot.starts_at, Meeting.id)
            .limit(BATCH - settled)
        )
        for meeting, slot, zone, hall, booth in rows.all():
            moved = await session.execute(
                update(Meeting)
                .where(Meeting.id == meeting.id, Meeting.reminded <= number)
                .values(reminded=number + 1)
                .execution_options(synchronize_session=False)
            )
            if affected(moved) != 1:
                continue
            settled += 1
            if _worth_sending(meeting, slot, number, now):
                reminder = Reminder(booking_of(meeting, slot), zone, lead, hall, booth)
                await _queue(session, reminder, compose, wall)
        if settled >= BATCH:
            break
    return settled


def _worth_sending(meeting: Meeting, slot: Slot, number: int, now: datetime) -> bool:
    """Not for a meeting booked inside the lead, nor when the next, shorter reminder is due
    as well (a bot back after an outage sends the one that still says something)."""
    if meeting.booked_at > slot.starts_at - LEADS[number]:
        return False
    shorter = LEADS[number + 1] if number + 1 < len(LEADS) else None
    return shorter is None or slot.starts_at > now + shorter


async def _queue(
    session: AsyncSession, reminder: Reminder, compose: Compose, wall: datetime
) -> None:
    """The buyer's reminder, and one for each staff member of the exhibitor."""
    booking = reminder.booking
    lead = int(reminder.lead.total_seconds() // 60)
    key = f"{_key_of(booking.id)}{booking.starts_at:%Y%m%d%H%M}:{lead}"
    card = await handoff.buyer_card(session, booking.telegram_id)
    staff_side = replace(reminder, buyer=card)
    members = await staff.member_ids(session, booking.exhibitor_id)
    messages = []
    for reader in (booking.telegram_id, *members):
        language, blocked = await users.reader(session, reader)
        if blocked:
            log.info("meeting reminder to %s not queued: blocked", reader)
            continue
        for_staff = reader != booking.telegram_id
        text = compose(staff_side if for_staff else reminder, language)
        messages.append(
            Outgoing(reader, text, KIND, dedupe_key=f"{key}:{reader}", about=booking.telegram_id)
        )
    await outbox.enqueue(session, messages, wall)
