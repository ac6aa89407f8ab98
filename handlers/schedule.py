"""Every job the bot runs on a schedule, in one place: what runs, and how often.

Each job's work lives with its feature; here is only when it runs. Every process
schedules all of them, and each job that must run once per fair holds its lease
first (`handlers.jobs`), so several processes never both run it.
"""

from __future__ import annotations

from handlers import (
    broadcast_progress,
    catalog,
    checkin,
    lead_alerts,
    meeting_outcomes,
    meeting_reminders,
    meeting_requests,
    talk_escalation,
)
from handlers.context import DEPS_KEY, FairApplication


def schedule(app: FairApplication) -> None:
    """Put the repeating jobs on the Application's job queue."""
    assert app.job_queue is not None
    settings = app.bot_data[DEPS_KEY].settings
    app.job_queue.run_repeating(
        checkin.reminder_job,
        interval=settings.reminder_interval,
        first=1.0,
        name=checkin.REMINDER_JOB,
    )
    app.job_queue.run_repeating(
        talk_escalation.escalation_job,
        interval=settings.reminder_interval,
        first=1.0,
        name=talk_escalation.ESCALATION_JOB,
    )
    app.job_queue.run_repeating(
        broadcast_progress.resume,
        interval=broadcast_progress.RESUME_EVERY,
        first=0,
        name=broadcast_progress.RESUME_JOB,
    )
    app.job_queue.run_repeating(
        meeting_requests.expiry_job,
        interval=settings.meeting_job_interval,
        first=1.0,
        name=meeting_requests.EXPIRY_JOB,
    )
    app.job_queue.run_repeating(
        meeting_reminders.reminder_job,
        interval=settings.meeting_job_interval,
        first=1.0,
        name=meeting_reminders.REMINDER_JOB,
    )
    app.job_queue.run_repeating(
        meeting_outcomes.follow_up_job,
        interval=settings.meeting_job_interval,
        first=1.0,
        name=meeting_outcomes.FOLLOW_UP_JOB,
    )
    app.job_queue.run_repeating(
        lead_alerts.alert_job,
        interval=settings.lead_alert_interval,
        first=settings.lead_alert_interval,
        name=lead_alerts.ALERT_JOB,
    )
    if settings.catalog_sync_minutes:
        app.job_queue.run_repeating(
            catalog.sync_job,
            interval=settings.catalog_sync_minutes * 60,
            first=1,
            name=catalog.SYNC_JOB,
        )
