"""What stays of a closed live talk: the buyer's rating, and the transcript either side asks.

The rating is asked once, when the talk closes, and kept once: a second tap, or a
forged button for someone else's talk, changes nothing. A transcript goes to the
talk's buyer or to staff of its exhibitor (whoever owned it), never to anyone else;
staff read the buyer as the talk showed them (a name only with consent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.handoff import HandoffMessage, HandoffThread, Staff
from bot.db.statements import affected
from bot.domain import ThreadStatus
from bot.errors import StaleAction
from bot.services import handoff
from bot.services.handoff import BuyerCard, Thread

RATINGS = range(1, 6)


@dataclass(frozen=True)
class Line:
    at: datetime
    from_staff: bool
    text: str


@dataclass(frozen=True)
class Transcript:
    thread: Thread
    buyer: BuyerCard
    lines: list[Line]
    for_staff: bool


async def rate(session: AsyncSession, buyer_id: int, thread_id: int, score: int) -> bool:
    """Keep the buyer's rating of their closed talk; False when it was rated already."""
    if score not in RATINGS:
        raise StaleAction()
    rated = await session.execute(
        update(HandoffThread)
        .where(
            HandoffThread.id == thread_id,
            HandoffThread.buyer_id == buyer_id,
            HandoffThread.status == ThreadStatus.CLOSED,
            HandoffThread.rating.is_(None),
        )
        .values(rating=score)
    )
    if affected(rated) == 1:
        return True
    thread = await handoff.load_thread(session, thread_id)
    if thread is None or thread.buyer_id != buyer_id or thread.status != ThreadStatus.CLOSED:
        raise StaleAction()
    return False


async def transcript(session: AsyncSession, user_id: int, thread_id: int) -> Transcript:
    """Every message of the talk, oldest first, for its buyer or its exhibitor's staff."""
    thread = await handoff.load_thread(session, thread_id)
    if thread is None:
        raise StaleAction()
    for_staff = thread.buyer_id != user_id
    if for_staff:
        member = await session.get(Staff, user_id, populate_existing=True)
        if member is None or member.exhibitor_id != thread.exhibitor_id:
            raise StaleAction()
    rows = await session.execute(
        select(HandoffMessage.created_at, HandoffMessage.from_staff, HandoffMessage.text)
        .where(HandoffMessage.thread_id == thread_id)
        .order_by(HandoffMessage.id)
    )
    lines = [Line(at, from_staff, text) for at, from_staff, text in rows.all()]
    return Transcript(thread, await handoff.buyer_card(session, thread.buyer_id), lines, for_staff)
