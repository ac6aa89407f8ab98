"""The catalog for organizers: the sync job on its schedule, and /catalog to see how it went.

The sync runs as a child process (`python -m catalog_sync`), so parsing and
writing a large feed never holds up the bot's handling of updates.
"""

from __future__ import annotations

import asyncio
import logging
import sys

from telegram import Update
from telegram.ext import CommandHandler

from bot.i18n import N_
from bot.services import catalog
from catalog_sync.cli import default_source
from handlers import jobs
from handlers.access import organizers_only
from handlers.context import FairApplication, FairContext
from handlers.fair_clock import on_clock
from handlers.replies import send

log = logging.getLogger(__name__)

SYNC_JOB = "catalog-sync"  # the job's name, and its lease's

KIND_LABELS = {
    "categories": N_("Categories"),
    "exhibitors": N_("Exhibitors"),
    "products": N_("Products"),
    "availability": N_("Meeting slots"),
}
# Translators: The state of the last catalog sync, shown to organizers as "Last sync:
# {status}, started {time}".
STATUS_LABELS = {"ok": N_("complete"), "failed": N_("failed"), "running": N_("running")}


async def catalog_command(update: Update, context: FairContext) -> None:
    """/catalog (organizers only): catalog size and the last sync's report."""
    deps, t = context.deps, context.t
    if not await organizers_only(update, context):
        return
    async with deps.db.read() as session:
        state = await catalog.status(session)
    lines = [
        "<b>" + t.gettext("Catalog") + "</b>",
        t.format(
            "Products: {products} · Exhibitors: {exhibitors}",
            products=t.number(state.products),
            exhibitors=t.number(state.exhibitors),
        ),
        "",
    ]
    last = state.last_sync
    if last is None:
        lines.append(t.gettext("No sync has run yet."))
    else:
        lines.append(
            t.format(
                "Last sync: {status}, started {time}",
                status=t.gettext(STATUS_LABELS.get(last.status, last.status)),
                time=on_clock(t, last.started_at, deps.settings.fair_timezone),
            )
        )
        for kind, counts in last.counts.items():
            lines.append(
                t.format(
                    "{kind} — added: {added}, updated: {updated}, deleted: {deleted}, "
                    "unchanged: {unchanged}, rejected: {rejected}",
                    kind=t.gettext(KIND_LABELS[kind]),
                    **{key: t.number(value) for key, value in counts.items()},
                )
            )
            if counts.get("dropped_images"):
                lines.append(
                    t.format(
                        "{kind} — image URLs dropped (not http or https): {count}",
                        kind=t.gettext(KIND_LABELS[kind]),
                        count=t.number(counts["dropped_images"]),
                    )
                )
        if last.error:
            lines.append(t.format("Error: {error}", error=last.error[:500]))
    await send(update, context, "\n".join(lines))


async def sync_job(context: FairContext) -> None:
    """One sync run in a child process; the scheduler never starts two at once, and the
    job's lease lets one process of several run it."""
    settings = context.deps.settings
    if not await jobs.holds(context, SYNC_JOB, ttl=2 * settings.catalog_sync_minutes * 60):
        return
    source = default_source(settings.catalog_source, settings.demo_products)
    env = settings.child_environment(DATABASE_URL=settings.database_url, CATALOG_SOURCE=source)
    if settings.catalog_api_key:
        env["CATALOG_API_KEY"] = settings.catalog_api_key
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "catalog_sync", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    output, _ = await child.communicate()
    for line in output.decode(errors="replace").splitlines()[-8:]:
        log.info("catalog sync: %s", line)
    if child.returncode:
        log.warning("catalog sync ended with exit code %s", child.returncode)


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("catalog", catalog_command))
