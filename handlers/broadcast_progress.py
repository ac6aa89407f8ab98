"""A broadcast going out: the organizer's progress message, edited in place, and /broadcasts.

Each unfinished broadcast has a repeating job that reads its figures from the
outbox every `EVERY` seconds and edits the message its author watches; once
nothing of it is queued or being sent, the message becomes the final report and
the job ends. The broadcast row remembers that message, and every bot process
looks for unfinished broadcasts at start and every `RESUME_EVERY` seconds, so a
restart loses no report. Of several processes following a broadcast, the one that
holds its lease edits the message; the others stop following it until their next
look, which takes it over if the holder died.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CommandHandler

from bot.deps import Deps
from bot.i18n import Translator, isolated
from bot.services import broadcast_delivery as delivery
from bot.services import users
from bot.services.broadcast_delivery import Created, Progress
from handlers import jobs
from handlers.access import organizers_only
from handlers.context import FairApplication, FairContext
from handlers.fair_clock import clock_note
from handlers.replies import send

log = logging.getLogger(__name__)

EVERY = 2.0  # seconds between two edits of a progress message
RESUME_EVERY = 10.0  # seconds between two looks for broadcasts that nobody follows
RESUME_JOB = "broadcast-resume"
RECENT = 5


def report(t: Translator, progress: Progress) -> str:
    """The progress message, or the final report once nothing waits."""
    if progress.finished:
        title = t.nformat(
            "✅ <b>Broadcast #{id}</b> is finished: {total} buyer.",
            "✅ <b>Broadcast #{id}</b> is finished: {total} buyers.",
            progress.total,
            id=progress.id,
            total=t.number(progress.total),
        )
    else:
        title = t.nformat(
            "📣 <b>Broadcast #{id}</b>: sending to {total} buyer…",
            "📣 <b>Broadcast #{id}</b>: sending to {total} buyers…",
            progress.total,
            id=progress.id,
            total=t.number(progress.total),
        )
    return f"{title}\n{figures(t, progress)}"


def figures(t: Translator, progress: Progress) -> str:
    values = {
        "sent": t.number(progress.sent),
        "blocked": t.number(progress.blocked),
        "failed": t.number(progress.failed),
    }
    if progress.finished:
        return t.format("Sent: {sent} · Blocked: {blocked} · Failed: {failed}", **values)
    return t.format(
        "Sent: {sent} · Blocked: {blocked} · Failed: {failed} · Waiting: {waiting}",
        waiting=t.number(progress.waiting),
        **values,
    )


async def start(context: FairContext, created: Created, chat_id: int) -> None:
    """Open the progress message of a broadcast just confirmed, and follow it."""
    t = context.t
    waiting = Progress(created.id, created.total, 0, 0, 0, created.total)
    message = await context.bot.send_message(chat_id, t.paragraphs(report(t, waiting)))
    async with context.deps.db.write() as session:
        await delivery.watch(session, created.id, chat_id, message.message_id)
    if created.total:
        follow(context.application, created.id)


def follow(app: Application[Any, Any, Any, Any, Any, Any], broadcast_id: int) -> None:
    """Edit the broadcast's progress message every EVERY seconds until it is over."""
    name = f"broadcast-progress-{broadcast_id}"
    if app.job_queue is None or app.job_queue.get_jobs_by_name(name):
        return
    app.job_queue.run_repeating(_tick, interval=EVERY, first=EVERY, data=broadcast_id, name=name)


async def _tick(context: FairContext) -> None:
    job = context.job
    assert job is not None and isinstance(job.data, int)
    deps = context.deps
    if not await jobs.holds(context, job.name or "", ttl=5 * EVERY):
        job.schedule_removal()  # another process follows it
        return
    async with deps.db.write() as session:
        watched = await delivery.watched(session, job.data)
        final = await delivery.finish(session, job.data, deps.clock.now())
        progress = final or await delivery.progress(session, job.data)
        language = await users.language_of(session, watched.author_id) if watched else None
    if watched is None:
        job.schedule_removal()
        return
    t = deps.i18n.translator(language)
    text = t.paragraphs(report(t, progress))
    if final is not None:
        job.schedule_removal()
        await jobs.release(context, job.name or "")
    try:
        if watched.message_id is None or watched.chat_id is None:
            await _reopen(context.bot, deps, watched, text)
            return
        await context.bot.edit_message_text(
            text, chat_id=watched.chat_id, message_id=watched.message_id
        )
    except BadRequest as error:
        if "not modified" not in str(error):
            log.warning("broadcast %s: the progress message cannot be edited: %s", job.data, error)
    except TelegramError as error:
        log.warning("broadcast %s: progress not shown this time: %s", job.data, error)


async def _reopen(bot: Bot, deps: Deps, watched: delivery.Tracked, text: str) -> None:
    """The bot stopped before the progress message was sent: send it now."""
    message = await bot.send_message(watched.author_id, text)
    async with deps.db.write() as session:
        await delivery.watch(session, watched.id, watched.author_id, message.message_id)


async def resume(context: FairContext) -> None:
    """At start and then now and again: follow every broadcast still going out."""
    async with context.deps.db.read() as session:
        going = await delivery.unfinished(session)
    for tracked in going:
        follow(context.application, tracked.id)


async def broadcasts_command(update: Update, context: FairContext) -> None:
    """/broadcasts (organizers only): the last few broadcasts with their figures."""
    deps, t = context.deps, context.t
    if not await organizers_only(update, context):
        return
    async with deps.db.read() as session:
        recent = await delivery.recent(session, RECENT)
    if not recent:
        await send(update, context, t.gettext("No broadcast has been sent yet."))
        return
    lines = ["<b>" + t.gettext("Recent broadcasts") + "</b>"]
    for summary in recent:
        lines += [
            "",
            t.format(
                "#{id} · {time} · {languages}",
                id=summary.progress.id,
                time=t.datetime(summary.created_at, deps.settings.fair_timezone, "short"),
                languages=", ".join(isolated(deps.i18n.native_name(c)) for c in summary.languages),
            ),
            figures(t, summary.progress)
            + " · "
            + t.format("Total: {total}", total=t.number(summary.progress.total)),
            "<i>" + t.value(summary.excerpt) + "</i>",
        ]
    lines += ["", clock_note(t, deps.settings.fair_timezone, deps.clock.now())]
    await send(update, context, "\n".join(lines))


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("broadcasts", broadcasts_command))
