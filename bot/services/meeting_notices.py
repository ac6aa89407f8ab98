"""The notices a meeting's changes queue for the other side: what each says, to whom, once.

Staff and the buyer hear of every change to a request or a meeting (requests,
answers, proposals, lapses, cancellations, follow-ups) through the outbox, queued
by the service that makes the change in its own transaction. The handlers say how
a notice reads (`Compose`); it is written here once its reader's stored language
is known. Each is queued at most once ever (its dedupe key names the meeting, its
time, the notice and the reader) and carries the buyer's id, so /forget removes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Buyer
from bot.services import outbox, staff, users
from bot.services.handoff import BuyerCard, buyer_card
from bot.services.meetings import Booking
from bot.services.outbox import Buttons, Media, Outgoing

log = logging.getLogger(__name__)

KIND = "meeting"


class Notice(StrEnum):
    """What a queued message tells its reader."""

    REQUEST = "request"  # staff: a new request, with Accept / Decline / Propose
    BOOKED = "booked"  # staff: a meeting booked instantly
    ACCEPTED = "accepted"  # buyer: staff accepted the request
    DECLINED = "declined"  # buyer: staff declined it
    PROPOSED = "proposed"  # buyer: staff propose another time, with Accept / Decline
    EXPIRED = "expired"  # buyer: the request (or the proposal) lapsed unanswered
    TAKEN_UP = "taken_up"  # staff: the buyer accepted the proposed time
    TURNED_DOWN = "turned_down"  # staff: the buyer declined it
    WITHDRAWN = "withdrawn"  # staff: the buyer withdrew a request (or a proposal)
    CANCELLED = "cancelled"  # staff: the buyer cancelled a meeting
    ASK_OUTCOME = "ask_outcome"  # staff, after the meeting: did the buyer come?
    ASK_RATING = "ask_rating"  # buyer, after the meeting: how was it (1 to 5 stars)?
    CALLED_OFF = "called_off"  # buyer: the exhibitor's staff cancelled the meeting
    MOVED = "moved"  # staff: the buyer moved the meeting to another time (`asked`: the old)
    RESCHEDULED = "rescheduled"  # buyer: staff moved the meeting (`asked`: the old time)


@dataclass(frozen=True)
class Request:
    """A request or meeting as its notices show it: the booking, who asks, their zone,
    and (for a proposal) the time the buyer had asked for."""

    booking: Booking
    buyer: BuyerCard
    buyer_zone: str
    asked: tuple[datetime, datetime] | None = None


class Letter(NamedTuple):
    """One notice as its reader sees it: text (HTML), buttons, and what it carries (the
    calendar file of a meeting staff moved or cancelled), the text then its caption."""

    text: str
    buttons: Buttons | None = None
    media: Media | None = None


#: Writes a notice in its reader's stored language (None: the bot's default).
Compose = Callable[[Notice, Request, str | None], Letter]


async def describe(session: AsyncSession, booking: Booking) -> Request:
    """`booking` with its buyer as staff may see them, and the buyer's zone."""
    zone = await session.execute(
        select(Buyer.timezone).where(Buyer.telegram_id == booking.telegram_id)
    )
    card = await buyer_card(session, booking.telegram_id)
    return Request(booking, card, zone.scalar_one())


async def to_buyer(
    session: AsyncSession, request: Request, notice: Notice, compose: Compose, wall: datetime
) -> None:
    await send(session, request.booking.telegram_id, request, notice, compose, wall)


async def to_staff(
    session: AsyncSession, request: Request, notice: Notice, compose: Compose, wall: datetime
) -> None:
    for member in await staff.member_ids(session, request.booking.exhibitor_id):
        await send(session, member, request, notice, compose, wall)


async def send(
    session: AsyncSession,
    to: int,
    request: Request,
    notice: Notice,
    compose: Compose,
    wall: datetime,
) -> bool:
    """Queue one notice, once ever (its key names the meeting, the notice and the reader);
    False, with nothing queued, when the reader has blocked the bot."""
    language, blocked = await users.reader(session, to)
    if blocked:
        log.info("meeting notice %s to %s not queued: blocked", notice, to)
        return False
    booking = request.booking
    letter = compose(notice, request, language)
    # A meeting moves more than once: each move (its sequence) is a notice of its own.
    moves = (Notice.MOVED, Notice.RESCHEDULED)
    which = f"{notice}{booking.sequence}" if notice in moves else str(notice)
    # The time too: a request moved by the buyer is a new row, which SQLite may give the
    # old one's id (and a frozen test clock its booking instant).
    when = f"{booking.booked_at:%Y%m%d%H%M%S%f}:{booking.starts_at:%Y%m%d%H%M}"
    key = f"meeting:{booking.id}:{when}:{which}:{to}"
    message = Outgoing(
        to, letter.text, KIND, dedupe_key=key, buttons=letter.buttons,
        about=booking.telegram_id, media=letter.media,
    )  # fmt: skip
    return await outbox.enqueue(session, [message], wall) == 1
