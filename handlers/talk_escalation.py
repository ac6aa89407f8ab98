"""The job that escalates live talks past the first-response target (see the service).

Each escalated talk is announced in the same transaction that marks it: to every
staff member with the ✋ Claim button again (managers asked to see that someone
takes it), and to the buyer, honestly, with a way to book a meeting meanwhile.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import StaffRole
from bot.services import handoff_relay, talk_escalation
from bot.services.talk_escalation import Overdue
from handlers import handoff_views as views
from handlers import jobs
from handlers.context import FairContext
from handlers.handoff import composer
from handlers.meetings import book_data

log = logging.getLogger(__name__)
ESCALATION_JOB = "talk-escalation"


async def escalation_job(context: FairContext) -> None:
    """Escalate what is overdue, a batch a transaction (in the process holding the lease)."""
    deps = context.deps
    if not await jobs.holds(context, ESCALATION_JOB, max(3 * deps.settings.reminder_interval, 10)):
        return
    target = timedelta(minutes=deps.settings.first_response_minutes)
    try:
        while True:
            async with deps.db.write() as session:
                overdue = await talk_escalation.escalate(session, deps.clock.now(), target)
                for talk in overdue:
                    await _announce(context, session, talk)
            if overdue:
                log.info("escalated %d live talks past the first-response target", len(overdue))
            if len(overdue) < talk_escalation.BATCH:
                return
    except Exception:  # the next run tries again; a talk is marked only with its notices
        log.exception("talk escalation job failed")


async def _announce(context: FairContext, session: AsyncSession, talk: Overdue) -> None:
    thread, wall = talk.thread, context.deps.clock.wall()
    minutes = max(1, int(talk.waited.total_seconds() // 60))
    for member, role in talk.staff:
        manager = role == StaffRole.MANAGER
        view = partial(views.overdue_to_staff, thread=thread, minutes=minutes, manager=manager)
        compose = composer(context, view)
        await handoff_relay.deliver(session, member, thread.id, compose, wall, thread.buyer_id)
    book = book_data(thread.exhibitor_id, thread.product_id)
    compose = composer(context, partial(views.overdue_to_buyer, thread=thread, book=book))
    await handoff_relay.deliver(
        session, thread.buyer_id, thread.id, compose, wall, thread.buyer_id
    )
