"""/checkin, /reminders and the reminder job: "online check-in, offline rewards".

/checkin (or the menu's and the reminder's button) checks a registered buyer in
for today's fair day and shows their streak, days, points and next reward; a
reward reached is announced through the outbox with its redeem code. Before
the fair it counts down, between phases it names the next fair day, after the
fair it sums up. The reminder job looks for due reminders every
REMINDER_INTERVAL seconds on the bot's clock (`deps.clock`, which the demo
moves); what it finds goes to the outbox, deduplicated, so a restart neither
loses nor doubles one.
"""

from __future__ import annotations

import logging
from datetime import date

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.errors import NotFairDay, NotRegistered
from bot.services import checkin, reminders, rewards
from bot.services.checkin import Progress
from bot.services.fair_calendar import AFTER, BEFORE, OPEN, FairCalendar
from bot.services.notices import CHECKIN_ACTION, REMINDERS_ACTION
from handlers import jobs
from handlers.access import offer_registration
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refusal, refuse
from handlers.replies import answer, edit_markup, inline, send, stale

log = logging.getLogger(__name__)

REMINDER_JOB = "reminders"  # the job's name, and its lease's


async def checkin_command(update: Update, context: FairContext) -> None:
    """/checkin: check in on a fair day; a countdown, the next day or a summary otherwise."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    calendar = FairCalendar.from_settings(deps.settings)
    now = deps.clock.now()
    today = calendar.day_of(now)
    status = calendar.status(today)
    try:
        async with deps.db.write() as session:
            if status == OPEN:
                result = await checkin.check_in(
                    session, user.id, calendar, deps.settings.rewards, now
                )
                await rewards.queue_notices(
                    session, user.id, result.buyer_code, result.granted, t,
                    deps.settings.require_badge_secret(), deps.clock.wall(),
                )  # fmt: skip
            else:
                progress = await checkin.progress(
                    session, user.id, calendar, deps.settings.rewards, now
                )
    except NotRegistered:
        await _not_registered(update, context, calendar, status, today)
        return
    except NotFairDay as closed:  # midnight passed between reading the day and checking in
        await refuse(update, context, closed, Place.CHECKIN)
        return
    if status != OPEN:
        await send(update, context, _closed(context, calendar, status, today, progress))
        return
    if result.new:
        head = t.format("✅ You are checked in for {date}.", date=t.date(result.fair_day))
    else:
        head = t.format(
            "You have already checked in today ({date}). See you tomorrow!",
            date=t.date(result.fair_day),
        )
    await send(update, context, head + "\n\n" + _progress(context, result.progress))


async def _not_registered(
    update: Update, context: FairContext, calendar: FairCalendar, status: str, today: date
) -> None:
    """Registration first; before the fair, with the countdown."""
    text = refusal(context.t, NotRegistered(), Place.CHECKIN).text
    if status == BEFORE:
        text = _countdown(context, calendar, today) + "\n\n" + text
    await offer_registration(update, context, text)


def _countdown(context: FairContext, calendar: FairCalendar, today: date) -> str:
    t = context.t
    days = calendar.days_until_opening(today)
    return t.nformat(
        "📅 The fair opens in {n} day, on {date}.",
        "📅 The fair opens in {n} days, on {date}.",
        days,
        n=t.number(days),
        date=t.date(calendar.first_day),
    )


def _closed(
    context: FairContext, calendar: FairCalendar, status: str, today: date, progress: Progress
) -> str:
    """The answer to /checkin when today is no fair day."""
    t = context.t
    if status == BEFORE:
        return (
            _countdown(context, calendar, today)
            + "\n"
            + t.gettext("Check in here on every fair day to earn rewards.")
        )
    if status == AFTER:
        summary = t.gettext("The fair is over. Thank you for taking part!")
        if progress.days == 0:
            return summary + "\n" + t.gettext("You did not check in during the fair.")
        return (
            summary
            + "\n\n"
            + t.format(
                "📆 Days checked in: {days}\n🔥 Longest streak: {best}\n⭐ Points: {points}",
                days=t.number(progress.days),
                best=t.number(progress.best_streak),
                points=t.number(progress.points),
            )
        )
    following = calendar.next_fair_day(today)
    assert following is not None
    return (
        t.format(
            "Today is not a fair day. Check-in opens again on {date}.", date=t.date(following)
        )
        + "\n\n"
        + _progress(context, progress)
    )


def _progress(context: FairContext, progress: Progress) -> str:
    t = context.t
    text = t.format(
        "🔥 Streak: {streak} (fair days in a row)\n"
        "📆 Days checked in: {days}\n⭐ Points: {points}",
        streak=t.number(progress.streak),
        days=t.number(progress.days),
        points=t.number(progress.points),
    )
    upcoming = progress.next_reward
    if upcoming is not None:
        text += "\n" + t.format(
            "🎯 Next reward: {name} (check-ins to go: {n})",
            name=upcoming.tier.name(t.code),
            n=t.number(upcoming.remaining),
        )
    return text


async def reminders_command(update: Update, context: FairContext) -> None:
    """/reminders [on|off]: switch the daily reminder; without a word, say how it stands."""
    t = context.t
    word = (context.args[0].lower() if context.args else "").strip()
    if word not in ("", "on", "off"):
        # Translators: "on" and "off" are typed as they are: the command reads the English
        # words.
        await send(update, context, t.gettext("Send /reminders on or /reminders off."))
        return
    await _set_reminders(update, context, None if not word else word == "on")


async def _set_reminders(update: Update, context: FairContext, enabled: bool | None) -> None:
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.write() as session:
            if enabled is None:
                current = await reminders.enabled(session, user.id)
                if current is None:
                    raise NotRegistered()
            else:
                await reminders.set_enabled(session, user.id, enabled)
                current = enabled
    except NotRegistered as unregistered:
        await refuse(update, context, unregistered, Place.REMINDERS)
        return
    if current:
        text = t.gettext(
            "🔔 Reminders are on: if you have not checked in by 10:00 your time "
            "on a fair day, I remind you once."
        )
        button = (t.gettext("🔕 Turn reminders off"), pack(REMINDERS_ACTION, "off"))
    else:
        text = t.gettext("🔕 Reminders are off. You can still check in with /checkin.")
        button = (t.gettext("🔔 Turn reminders on"), pack(REMINDERS_ACTION, "on"))
    await send(update, context, text, inline([[button]]))


async def on_button(update: Update, context: FairContext) -> None:
    """The check-in and reminder buttons (under reminders, notices and the menu)."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    if callback.action == REMINDERS_ACTION and callback.arg not in ("on", "off"):
        await stale(query, context)
        return
    await answer(query)
    if callback.action == CHECKIN_ACTION:
        await checkin_command(update, context)
        return
    await edit_markup(query, context, None)
    await _set_reminders(update, context, callback.arg == "on")


async def reminder_job(context: FairContext) -> None:
    """Queue the reminders and countdown notices due now, in batches, one transaction each
    (in the one process that holds the job's lease)."""
    deps = context.deps
    ttl = max(3 * deps.settings.reminder_interval, 10.0)  # a few runs: then another takes over
    if not await jobs.holds(context, REMINDER_JOB, ttl):
        return
    calendar = FairCalendar.from_settings(deps.settings)
    now = deps.clock.now()
    try:
        async with deps.db.read() as session:
            groups = await reminders.due_groups(session, calendar, now)
        queued = reminders.BATCH
        while groups and queued == reminders.BATCH:
            async with deps.db.write() as session:
                queued = await reminders.queue_due(
                    session, groups, calendar, deps.i18n, deps.settings.fair_name,
                    deps.clock.wall(),
                )  # fmt: skip
            if queued:
                log.info("queued %d reminders/countdown notices", queued)
    except Exception:  # the next run tries again; dedupe keys keep that safe
        log.exception("reminder job failed")


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("checkin", checkin_command))
    app.add_handler(CommandHandler("reminders", reminders_command))
    app.add_handler(
        CallbackQueryHandler(on_button, pattern=pattern(CHECKIN_ACTION, REMINDERS_ACTION))
    )
