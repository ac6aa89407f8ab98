"""Every job the bot runs on a schedule, in one place: what runs, and how often.

Each job's work lives with its feature; here is only when it runs. Every process
schedules all of them, and each job that must run once per fair holds its lease
first (`handlers.jobs`), so several processes never both run it.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from handlers import (
    broadcast_progress,
    catalog,
    checkin,
    figures,
    lead_alerts,
    meeting_outcomes,
    meeting_reminders,
    meeting_requests,
    talk_escalation,
)
from handlers.context import DEPS_KEY, FairApplication, FairContext

Job = Callable[[FairContext], Coroutine[Any, Any, None]]


def schedule(app: FairApplication) -> None:
    """Put the repeating jobs on the Application's job queue: (job, name, every, first)."""
    assert app.job_queue is not None
    settings = app.bot_data[DEPS_KEY].settings
    jobs: list[tuple[Job, str, float, float]] = [
        (checkin.reminder_job, checkin.REMINDER_JOB, settings.reminder_interval, 1.0),
        (talk_escalation.escalation_job, talk_escalation.ESCALATION_JOB,
         settings.reminder_interval, 1.0),
        (broadcast_progress.resume, broadcast_progress.RESUME_JOB,
         broadcast_progress.RESUME_EVERY, 0),
        (meeting_requests.expiry_job, meeting_requests.EXPIRY_JOB,
         settings.meeting_job_interval, 1.0),
        (meeting_reminders.reminder_job, meeting_reminders.REMINDER_JOB,
         settings.meeting_job_interval, 1.0),
        (meeting_outcomes.follow_up_job, meeting_outcomes.FOLLOW_UP_JOB,
         settings.meeting_job_interval, 1.0),
        (lead_alerts.alert_job, lead_alerts.ALERT_JOB, settings.lead_alert_interval,
         settings.lead_alert_interval),
        (figures.fold_job, figures.FOLD_JOB, figures.FOLD_EVERY, 1.0),
    ]  # fmt: skip
    if settings.catalog_sync_minutes:
        jobs.append((catalog.sync_job, catalog.SYNC_JOB, settings.catalog_sync_minutes * 60, 1))
    for job, name, every, first in jobs:
        app.job_queue.run_repeating(job, interval=every, first=first, name=name)
