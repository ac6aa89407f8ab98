"""After a meeting: staff record whether the buyer came (mr.came, mr.miss), the buyer
rates it (mt.rate, `meeting:stars`); and the job that asks both once a meeting is over.

The questions go out through the outbox (`bot.services.meeting_outcomes`); the
service checks every press: a member of the meeting's exhibitor, the buyer's own
meeting, a meeting already followed up.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.errors import NotStaff, OutcomeRecorded, StaleAction
from bot.services import meeting_outcomes
from handlers import jobs
from handlers import meeting_requests_views as views
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.meeting_requests import composer
from handlers.meetings_views import clocks_for
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, stale

FOLLOW_UP_JOB = "meeting-follow-up"
STAFF_ACTIONS = ("mr.came", "mr.miss")


async def on_outcome(update: Update, context: FairContext) -> None:
    """✅ The buyer came / 🚫 No-show: the first member's answer stands."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    if not callback.arg.isdigit() or len(callback.arg) > 9:
        await stale(query, context)
        return
    deps, t = context.deps, context.t
    attended = callback.action == "mr.came"
    try:
        async with deps.db.write() as session:
            request = await meeting_outcomes.record(
                session, query.from_user.id, int(callback.arg), attended
            )
    except (NotStaff, StaleAction, OutcomeRecorded) as refused:
        await refuse(update, context, refused, Place.REQUESTS)
        return
    await answer(query)
    clocks = clocks_for(t, request.buyer_zone, deps.settings.fair_timezone, deps.clock.now())
    await edit(query, context, views.outcome(t, clocks, request, attended), None)


async def on_rating(update: Update, context: FairContext) -> None:
    """A star under the buyer's follow-up: kept (a later tap changes it)."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    meeting, _, stars = callback.arg.partition(":")
    if not (meeting.isdigit() and len(meeting) <= 9 and stars.isdigit() and len(stars) == 1):
        await stale(query, context)
        return
    try:
        async with context.deps.db.write() as session:
            await meeting_outcomes.rate(session, query.from_user.id, int(meeting), int(stars))
    except StaleAction as refused:
        await refuse(update, context, refused, Place.MEETINGS)
        return
    await answer(query, views.rated(context.t, int(stars)))


async def follow_up_job(context: FairContext) -> None:
    """Ask staff and buyers about the meetings that have ended, in batches."""
    deps = context.deps
    compose = composer(deps)

    async def step(session: AsyncSession) -> int:
        return await meeting_outcomes.follow_up_due(
            session, deps.clock.now(), compose, deps.clock.wall()
        )

    ttl = max(3 * deps.settings.meeting_job_interval, 10.0)
    await jobs.in_batches(context, FOLLOW_UP_JOB, ttl, meeting_outcomes.BATCH, step)


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_outcome, pattern=pattern(*STAFF_ACTIONS)))
    app.add_handler(CallbackQueryHandler(on_rating, pattern=pattern("mt.rate")))
