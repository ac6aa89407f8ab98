"""Lead alerts to staff: queued with the interest that causes them, and by a job.

The handlers where buyers show interest call `queue_now` in the transaction that
recorded it, so an exhibitor on instant alerts hears of a new or newly hot lead at
once. The job (`alert_job`, every LEAD_ALERT_INTERVAL seconds, one process at a
time) queues what had to wait (the hour between two alerts of a lead; up to
`lead_alerts.BATCH` leads a run) and each period's digest for the exhibitors that
chose digests.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain import LeadAlert, LeadLevel
from bot.i18n import I18n
from bot.services import lead_alerts, leads
from bot.services.lead_views import LeadView
from bot.services.outbox import Buttons
from handlers import jobs
from handlers import leads_views as views
from handlers.context import FairContext

ALERT_JOB = "lead-alerts"  # the job's name, and its lease's


class Letters:
    """The alerts and digests in each member's language."""

    def __init__(self, i18n: I18n) -> None:
        self.i18n = i18n

    def alert(self, language: str | None, lead: LeadView, kind: LeadAlert) -> tuple[str, Buttons]:
        t = self.i18n.translator(language)
        text, rows = views.alert(t, lead, kind)
        return t.paragraphs(text), rows

    def digest(self, language: str | None, levels: dict[LeadLevel, int]) -> tuple[str, Buttons]:
        t = self.i18n.translator(language)
        text, rows = views.digest(t, levels)
        return t.paragraphs(text), rows


async def queue_now(context: FairContext, session: AsyncSession) -> None:
    """Queue the instant alerts the interest recorded in this transaction earned (most
    interest earns none, and then this costs no query)."""
    deps = context.deps
    await lead_alerts.queue_instant(
        session, Letters(deps.i18n).alert, deps.clock.now(), deps.clock.wall(),
        leads.marked(session),
    )  # fmt: skip


async def alert_job(context: FairContext) -> None:
    """Alerts that waited out their hour, and the digests of the period that began."""
    deps = context.deps
    settings = deps.settings
    if not await jobs.holds(context, ALERT_JOB, ttl=2 * settings.lead_alert_interval + 30):
        return
    letters = Letters(deps.i18n)
    now, wall = deps.clock.now(), deps.clock.wall()
    since = lead_alerts.digest_start(now, settings.fair_timezone, settings.lead_digest_hours)
    async with deps.db.write() as session:
        await lead_alerts.queue_instant(session, letters.alert, now, wall)
    async with deps.db.write() as session:
        await lead_alerts.queue_digests(session, letters.digest, now, wall, since)
