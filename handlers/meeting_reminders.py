"""Meeting reminders, to buyers and to staff: the job that queues those due (a day before
a meeting, a quarter of an hour before), in the one process holding its lease. The rules are in
`bot.services.meeting_reminders`; here is only how a reminder reads."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.deps import Deps
from bot.services import meeting_reminders
from bot.services.meeting_reminders import BATCH, Compose, Reminder
from handlers import jobs
from handlers import meetings_views as views
from handlers.context import FairContext
from handlers.handoff_views import buyer_label

REMINDER_JOB = "meeting-reminders"


def composer(deps: Deps) -> Compose:
    """A reminder in its reader's language, on their clock and the fair's."""

    def compose(reminder: Reminder, language: str | None) -> str:
        t = deps.i18n.translator(language)
        clocks = views.clocks_for(
            t, reminder.buyer_zone, deps.settings.fair_timezone, deps.clock.now()
        )
        place = views.booth(t, reminder.hall, reminder.booth)
        if reminder.buyer is not None:
            buyer = buyer_label(t, reminder.buyer)
            return t.paragraphs(views.staff_reminder(t, clocks, reminder.booking, buyer, place))
        return t.paragraphs(views.reminder(t, clocks, reminder.booking, place))

    return compose


async def reminder_job(context: FairContext) -> None:
    """Queue the meeting reminders due now, in batches, one transaction each."""
    deps = context.deps
    compose = composer(deps)

    async def step(session: AsyncSession) -> int:
        return await meeting_reminders.queue_due(
            session, deps.clock.now(), compose, deps.clock.wall()
        )

    ttl = max(3 * deps.settings.meeting_job_interval, 10.0)
    await jobs.in_batches(context, REMINDER_JOB, ttl, BATCH, step)
