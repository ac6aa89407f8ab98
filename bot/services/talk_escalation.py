"""Live talks past the first-response target: offered again to all the exhibitor's staff.

The online Canton Fair's loudest complaint was buyers waiting an hour for a
reply. A talk still unclaimed `target` after the buyer's first message is
escalated once: every staff member of the exhibitor hears of it again (away or
not; managers are told as managers), and the buyer is told honestly that staff
were reminded. One conditional UPDATE marks each talk, so two runs, or two
processes, never escalate it twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.handoff import HandoffThread, Staff
from bot.db.statements import affected
from bot.domain import StaffRole, ThreadStatus
from bot.services import handoff
from bot.services.handoff import Thread

BATCH = 100


@dataclass(frozen=True)
class Overdue:
    """A talk escalated now: how long the buyer has waited, and every staff member's role."""

    thread: Thread
    waited: timedelta
    staff: list[tuple[int, StaffRole]]


async def escalate(session: AsyncSession, now: datetime, target: timedelta) -> list[Overdue]:
    """Mark up to BATCH talks waiting since before `now - target` as escalated; return them."""
    due = await session.execute(
        select(HandoffThread.id, HandoffThread.waiting_since)
        .where(
            HandoffThread.status == ThreadStatus.WAITING,
            HandoffThread.escalated_at.is_(None),
            HandoffThread.waiting_since <= now - target,
        )
        .order_by(HandoffThread.waiting_since, HandoffThread.id)
        .limit(BATCH)
    )
    found = []
    for thread_id, since in due.all():
        marked = await session.execute(
            update(HandoffThread)
            .where(
                HandoffThread.id == thread_id,
                HandoffThread.status == ThreadStatus.WAITING,
                HandoffThread.escalated_at.is_(None),
            )
            .values(escalated_at=now)
        )
        thread = await handoff.load_thread(session, thread_id)
        if affected(marked) != 1 or thread is None or since is None:
            continue
        members = await session.execute(
            select(Staff.telegram_id, Staff.role)
            .where(Staff.exhibitor_id == thread.exhibitor_id)
            .order_by(Staff.linked_at, Staff.telegram_id)
        )
        found.append(Overdue(thread, now - since, [(row[0], row[1]) for row in members.all()]))
    return found
