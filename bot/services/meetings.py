"""Meetings with exhibitors: free slots, booking, cancelling, a buyer's upcoming meetings.

One booking per slot is the database's rule (a unique `meetings.slot_id`): a
booking inserts and takes the constraint's answer, so of two buyers racing for
a slot, in one process or several, on either engine, exactly one wins. Each
buyer's bookings are serialised by locking their buyer row first, which keeps
the overlap check and a double tap on Confirm right on PostgreSQL too (SQLite
serialises every write transaction anyway).

A meeting keeps its own copy of when and with whom. When the catalog sync moves
a slot the meeting follows the slot and says it moved; when the slot (or the
exhibitor) is deleted the meeting stays, marked withdrawn, until the buyer
removes it.

An exhibitor that confirms bookings (`exhibitor_settings.booking_mode`) gets a
request instead: the same row, holding the slot the same way, until its staff
answer or it lapses (`bot.services.meeting_requests`). Requests count like
meetings against overlaps and against the buyer's meetings a fair day
(`Rules.per_day`).
A booking is a lead for the exhibitor (`bot.services.leads`).

A buyer or the exhibitor's staff move a meeting to another free slot
(`bot.services.meeting_moves`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Product, Slot, Texts
from bot.db.meetings import Meeting
from bot.db.models import Buyer
from bot.db.statements import affected
from bot.domain import BookingMode, InterestKind, MeetingOutcome, MeetingStatus
from bot.errors import (
    AlreadyBooked,
    DayLimit,
    MeetingOverlap,
    NotRegistered,
    SlotTaken,
    SlotUnavailable,
    StaleAction,
)
from bot.services import exhibitor_settings, leads

LIMIT = 8


class MeetingState(StrEnum):
    """What became of a booked meeting's slot since (see `Booking`); never stored."""

    BOOKED = "booked"
    MOVED = "moved"
    WITHDRAWN = "withdrawn"


def in_language(names: Texts | None, language: str, fallback: str = "") -> str:
    """A catalog text in the reader's language when the catalog has it, else English."""
    names = names or {}
    return names.get(language.split("_")[0]) or names.get("en") or fallback


@dataclass(frozen=True)
class Rules:
    """The fair's booking rules (from Settings): how many meetings and requests a buyer
    may hold on one fair day (`fair_zone`'s date), and how long staff have to answer."""

    per_day: int
    fair_zone: tzinfo
    answer_within: timedelta


@dataclass(frozen=True)
class FreeSlot:
    id: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class Host:
    """An exhibitor as the booking screens show it."""

    id: str
    names: Texts
    takes_meetings: bool

    def name(self, language: str) -> str:
        return in_language(self.names, language, self.id)


@dataclass(frozen=True)
class Offer:
    """One free slot: with whom, when, and about which product (if the buyer came from one)."""

    slot: FreeSlot
    host: Host
    product_id: str | None
    product_names: Texts | None
    by_request: bool  # the exhibitor confirms bookings: booking sends a request

    def product(self, language: str) -> str | None:
        return in_language(self.product_names, language) or None


@dataclass(frozen=True)
class Booking:
    """A buyer's meeting: the times booked, and what became of its slot since.

    `state` is BOOKED, MOVED (the exhibitor moved the slot: `starts_at` and
    `ends_at` are the new times, `booked_*` the old) or WITHDRAWN (the slot or
    the exhibitor left the catalog). `status` says whether it is a meeting or
    still a request (or a proposal) that lapses at `expires_at`.
    """

    id: int
    exhibitor_id: str
    exhibitor_names: Texts
    product_id: str | None
    product_names: Texts | None
    starts_at: datetime
    ends_at: datetime
    booked_starts_at: datetime
    booked_ends_at: datetime
    booked_at: datetime
    state: MeetingState
    status: MeetingStatus
    expires_at: datetime | None
    telegram_id: int
    sequence: int = 0  # the calendar event's SEQUENCE: one more with each move

    def exhibitor(self, language: str) -> str:
        return in_language(self.exhibitor_names, language, self.exhibitor_id)

    def product(self, language: str) -> str | None:
        return in_language(self.product_names, language) or None


async def host(session: AsyncSession, exhibitor_id: str) -> Host | None:
    row = await session.get(Exhibitor, exhibitor_id)
    return None if row is None else Host(row.id, dict(row.name), row.meetings)


async def free_slots(
    session: AsyncSession, exhibitor_id: str, now: datetime, limit: int = LIMIT
) -> list[FreeSlot]:
    """The exhibitor's next slots open for booking: not started, taken by nobody, not
    taken out of booking by staff; soonest first."""
    booked = select(Meeting.id).where(Meeting.slot_id == Slot.id).exists()
    rows = await session.execute(
        select(Slot.id, Slot.starts_at, Slot.ends_at)
        .join(Exhibitor, Exhibitor.id == Slot.exhibitor_id)
        .where(
            Slot.exhibitor_id == exhibitor_id,
            Exhibitor.meetings.is_(True),
            Slot.available.is_(True),
            Slot.starts_at > now,
            ~booked,
        )
        .order_by(Slot.starts_at, Slot.id)
        .limit(limit)
    )
    return [FreeSlot(*row) for row in rows]


async def offer(
    session: AsyncSession, telegram_id: int, slot_id: str, product_id: str | None, now: datetime
) -> Offer:
    """The slot as the confirmation shows it; refused as `book` would refuse it."""
    slot, exhibitor = await bookable_slot(session, slot_id, now)
    holder = await slot_holder(session, slot_id)
    if holder is not None:
        if holder[0] == telegram_id:
            raise AlreadyBooked(exhibitor.id, holder[1])
        raise SlotTaken(exhibitor.id)
    return await _offer(session, slot, exhibitor, product_id)


async def book(
    session: AsyncSession,
    telegram_id: int,
    slot_id: str,
    product_id: str | None,
    now: datetime,
    rules: Rules,
) -> Booking:
    """Book the slot for the buyer, or request it where the exhibitor confirms bookings
    (the request lapses after `rules.answer_within`, or when the slot begins, whichever
    is first); the unique constraint decides a race."""
    buyer = await session.execute(
        select(Buyer.id).where(Buyer.telegram_id == telegram_id).with_for_update()
    )
    if buyer.scalar_one_or_none() is None:
        raise NotRegistered()
    slot, exhibitor = await bookable_slot(session, slot_id, now)
    holder = await slot_holder(session, slot_id)
    if holder is not None and holder[0] == telegram_id:
        raise AlreadyBooked(exhibitor.id, holder[1])
    clash = await overlapping(session, telegram_id, slot.starts_at, slot.ends_at)
    if clash is not None:
        raise MeetingOverlap(exhibitor.id, clash)
    await within_day_limit(session, telegram_id, exhibitor.id, slot.starts_at, rules)
    about = await _offer(session, slot, exhibitor, product_id)
    status, expires_at = MeetingStatus.CONFIRMED, None
    if about.by_request:
        status = MeetingStatus.REQUESTED
        expires_at = min(now + rules.answer_within, slot.starts_at)
    meeting = Meeting(
        telegram_id=telegram_id, slot_id=slot.id, exhibitor_id=exhibitor.id,
        exhibitor_name=dict(exhibitor.name), product_id=about.product_id,
        product_name=about.product_names, starts_at=slot.starts_at, ends_at=slot.ends_at,
        booked_at=now, status=status, expires_at=expires_at,
    )  # fmt: skip
    try:
        async with session.begin_nested():
            session.add(meeting)
    except IntegrityError:
        holder = await slot_holder(session, slot_id)
        if holder is None:
            raise SlotUnavailable(exhibitor.id) from None
        if holder[0] == telegram_id:
            raise AlreadyBooked(exhibitor.id, holder[1]) from None
        raise SlotTaken(exhibitor.id) from None
    await leads.record(session, telegram_id, exhibitor.id, InterestKind.MEETING, now)
    return booking_of(meeting, slot)


async def get(session: AsyncSession, telegram_id: int, meeting_id: int) -> Booking:
    """One of the buyer's meetings; anyone else's, or a cancelled one, is stale."""
    row = (
        await session.execute(
            select(Meeting, Slot)
            .outerjoin(Slot, Slot.id == Meeting.slot_id)
            .where(Meeting.id == meeting_id, Meeting.telegram_id == telegram_id)
        )
    ).first()
    if row is None:
        raise StaleAction()
    return booking_of(*row)


async def cancel(session: AsyncSession, telegram_id: int, meeting_id: int) -> Booking:
    """Cancel the buyer's meeting: its slot is free for others in the same commit."""
    booking = await get(session, telegram_id, meeting_id)
    deleted = await session.execute(
        delete(Meeting).where(Meeting.id == meeting_id, Meeting.telegram_id == telegram_id)
    )
    if not affected(deleted):
        raise StaleAction()
    return booking


async def upcoming(session: AsyncSession, telegram_id: int, now: datetime) -> list[Booking]:
    """The buyer's meetings that have not ended, soonest first, withdrawn ones included."""
    starts_at = func.coalesce(Slot.starts_at, Meeting.starts_at)
    rows = await session.execute(
        select(Meeting, Slot)
        .outerjoin(Slot, Slot.id == Meeting.slot_id)
        .where(
            Meeting.telegram_id == telegram_id,
            func.coalesce(Slot.ends_at, Meeting.ends_at) > now,
        )
        .order_by(starts_at, Meeting.id)
    )
    return [booking_of(meeting, slot) for meeting, slot in rows]


async def no_shows(session: AsyncSession, telegram_id: int) -> int:
    """Meetings the buyer missed, as the exhibitors' staff recorded them afterwards
    (`bot.services.meeting_outcomes`); each takes one from their meetings a fair day."""
    found = await session.execute(
        select(func.count(Meeting.id)).where(
            Meeting.telegram_id == telegram_id, Meeting.outcome == MeetingOutcome.NO_SHOW
        )
    )
    return int(found.scalar_one())


async def within_day_limit(
    session: AsyncSession,
    telegram_id: int,
    exhibitor_id: str,
    starts_at: datetime,
    rules: Rules,
    other_than: int | None = None,
) -> None:
    """DayLimit when the buyer holds `rules.per_day` meetings and requests (less their
    no-shows) on the fair day of `starts_at` already; `other_than` is not counted (the
    request another time is proposed for)."""
    day = starts_at.astimezone(rules.fair_zone).date()
    first = datetime.combine(day, time(), rules.fair_zone)
    after = datetime.combine(day + timedelta(days=1), time(), rules.fair_zone)
    query = select(func.count(Meeting.id)).where(
        Meeting.telegram_id == telegram_id,
        Meeting.starts_at >= first,
        Meeting.starts_at < after,
    )
    if other_than is not None:
        query = query.where(Meeting.id != other_than)
    held = int((await session.execute(query)).scalar_one())
    # However many meetings they missed, a buyer may still book one a day.
    if held >= max(rules.per_day - await no_shows(session, telegram_id), 1):
        raise DayLimit(exhibitor_id, rules.per_day)


async def bookable_slot(
    session: AsyncSession, slot_id: str, now: datetime
) -> tuple[Slot, Exhibitor]:
    """The slot and its exhibitor, if a buyer may book it now; else SlotUnavailable."""
    row = (
        await session.execute(
            select(Slot, Exhibitor)
            .join(Exhibitor, Exhibitor.id == Slot.exhibitor_id)
            .where(Slot.id == slot_id)
        )
    ).first()
    if row is None:
        raise SlotUnavailable()
    slot, exhibitor = row
    if slot.starts_at <= now or not exhibitor.meetings or not slot.available:
        raise SlotUnavailable(exhibitor.id)
    return slot, exhibitor


async def slot_holder(session: AsyncSession, slot_id: str) -> tuple[int, int] | None:
    """Who holds the slot: (telegram id, meeting id), or None."""
    row = (
        await session.execute(
            select(Meeting.telegram_id, Meeting.id).where(Meeting.slot_id == slot_id)
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def overlapping(
    session: AsyncSession,
    telegram_id: int,
    starts_at: datetime,
    ends_at: datetime,
    other_than: int | None = None,
) -> int | None:
    """The buyer's live meeting or request (its slot's current times) that overlaps, if
    any; `other_than` leaves one out (the request a new time is proposed for)."""
    query = (
        select(Meeting.id)
        .join(Slot, Slot.id == Meeting.slot_id)
        .where(
            Meeting.telegram_id == telegram_id,
            Slot.starts_at < ends_at,
            Slot.ends_at > starts_at,
        )
        .limit(1)
    )
    if other_than is not None:
        query = query.where(Meeting.id != other_than)
    found = await session.execute(query)
    return found.scalar_one_or_none()


async def _offer(
    session: AsyncSession, slot: Slot, exhibitor: Exhibitor, product_id: str | None
) -> Offer:
    product = await session.get(Product, product_id) if product_id else None
    if product is not None and product.exhibitor_id != exhibitor.id:
        product = None
    mode = (await exhibitor_settings.get(session, exhibitor.id)).booking_mode
    return Offer(
        FreeSlot(slot.id, slot.starts_at, slot.ends_at),
        Host(exhibitor.id, dict(exhibitor.name), exhibitor.meetings),
        product.id if product else None,
        dict(product.name) if product else None,
        by_request=mode == BookingMode.CONFIRM,
    )


def booking_of(meeting: Meeting, slot: Slot | None) -> Booking:
    state = MeetingState.WITHDRAWN
    starts_at, ends_at = meeting.starts_at, meeting.ends_at
    if slot is not None:
        moved = (slot.starts_at, slot.ends_at) != (starts_at, ends_at)
        state = MeetingState.MOVED if moved else MeetingState.BOOKED
        starts_at, ends_at = slot.starts_at, slot.ends_at
    return Booking(
        id=meeting.id, exhibitor_id=meeting.exhibitor_id,
        exhibitor_names=dict(meeting.exhibitor_name), product_id=meeting.product_id,
        product_names=dict(meeting.product_name) if meeting.product_name else None,
        starts_at=starts_at, ends_at=ends_at, booked_starts_at=meeting.starts_at,
        booked_ends_at=meeting.ends_at, booked_at=meeting.booked_at, state=state,
        status=meeting.status, expires_at=meeting.expires_at, telegram_id=meeting.telegram_id,
        sequence=meeting.sequence or 0,
    )  # fmt: skip
