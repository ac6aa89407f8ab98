"""/figures (and the staff menu's "📊 Figures"): charts for organizers (the whole fair) and
exhibitor staff (their booth only).

/figures asks for a period (today, the fair so far, each phase: fg.p); each chart
then arrives as a photo with its caption, all drawn side by side in worker processes
(`bot.charts.pool`, started as the period is asked for), and a last message offers
the same figures as CSV files (fg.csv) and the other periods. Who may see what is
checked on every call, the command and each button: an organizer (ADMIN_IDS) sees the
fair, a linked staff member their own exhibitor, anyone else is told the command is
not for them.

A server that cannot send photos gets each chart as lines of text, and one that
cannot send documents a line saying so: logged, never fatal.

`fold_job` folds the search log into its tallies every few minutes (one process at a
time, on a lease), so the search figures read a few rows a day, not every search.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.charts import pool
from bot.errors import NotStaff
from bot.i18n import N_, Translator
from bot.services import figure_sets, meetings, search_tallies, staff
from bot.services.figure_tables import Table, exhibitor_tables, figure_csv, organizer_tables
from bot.services.figures import Period
from bot.services.product_cards import localized
from handlers import figures_views as views
from handlers import jobs, staff_menu
from handlers.access import is_organizer
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, inline, may_have_arrived, send, stale

log = logging.getLogger(__name__)

ACTIONS = ("fg.p", "fg.csv")
ENTRY = "figures"
FOLD_JOB = "fold-searches"
FOLD_EVERY = 300.0  # seconds


@dataclass(frozen=True)
class Scope:
    """What the reader may see: the fair (`exhibitor_id` None) or one exhibitor's booth."""

    exhibitor_id: str | None
    name: str


async def figures_command(update: Update, context: FairContext) -> None:
    scope = await _scope(update, context)
    if scope is None:
        return
    pool.warm()
    t = context.t
    title = (
        t.gettext("📊 Figures of the fair")
        if scope.exhibitor_id is None
        else t.format("📊 Figures of {exhibitor}", exhibitor=scope.name)
    )
    text = "<b>" + title + "</b>\n" + t.gettext("Which period?")
    await send(update, context, text, inline(views.periods(t, context.deps.settings)))


async def on_button(update: Update, context: FairContext) -> None:
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    period = _period(context, callback.arg)
    if period is None:
        await stale(query, context)
        return
    await answer(query)
    scope = await _scope(update, context)
    if scope is None:
        return
    if callback.action == "fg.p":
        await _charts(update, context, scope, period, callback.arg)
    else:
        await _files(update, context, scope, period)


async def _scope(update: Update, context: FairContext) -> Scope | None:
    """The reader's scope, or None with the reader told why they see nothing."""
    user = update.effective_user
    assert user is not None
    t, deps = context.t, context.deps
    if is_organizer(update, context):
        return Scope(None, deps.settings.fair_name)
    try:
        async with deps.db.read() as session:
            member = await staff.require(session, user.id)
            host = await meetings.host(session, member.exhibitor_id)
    except NotStaff:
        await send(
            update, context, t.gettext("Figures are for the fair's organizers and exhibitors.")
        )
        return None
    names = host.names if host is not None else {}
    return Scope(member.exhibitor_id, localized(names, t.code, member.exhibitor_id))


def _period(context: FairContext, which: str) -> Period | None:
    """The period a button names ("t", "f", "p1"...), or None for a forged one."""
    settings, clock = context.deps.settings, context.deps.clock
    if which == "t":
        return Period.today(settings, clock)
    if which == "f":
        return Period.fair_so_far(settings, clock)
    number = which[1:]
    if which[:1] == "p" and number.isdigit() and 1 <= int(number) <= len(settings.phases):
        return Period.phase(settings, int(number))
    return None


async def _charts(
    update: Update, context: FairContext, scope: Scope, period: Period, which: str
) -> None:
    """Each chart as a photo as soon as it is drawn (all are drawn side by side, in
    order); then the files offer."""
    t, deps = context.t, context.deps
    chat = update.effective_chat
    assert chat is not None
    await _typing(context, chat.id)
    if scope.exhibitor_id is None:
        fair = await figure_sets.read_organizer(deps.db, period, deps.settings)
        drawn = views.organizer(t, fair, deps.settings.rewards)
    else:
        drawn = views.exhibitor(t, await _booth(context, scope.exhibitor_id, period), scope.name)
    named = _named(t, period, which)
    pngs = [asyncio.ensure_future(pool.drawn(figure.chart)) for figure in drawn]
    photos = True  # until the server refuses one: then text, and nothing more is drawn
    for figure, png in zip(drawn, pngs, strict=True):
        caption = figure.caption + "\n" + named
        if photos:
            try:
                await context.bot.send_photo(chat.id, await png, caption=t.paragraphs(caption))
                continue
            except TelegramError as error:
                if may_have_arrived(error):  # this chart may be there: the next ones try too
                    log.warning("a chart timed out; it may have arrived")
                    continue
                log.info("chart not sent as a photo (%s): the charts go as text", error)
                photos = False
                for waiting in pngs:
                    waiting.cancel()
        await send(update, context, views.as_text(views.Drawn(figure.chart, caption)))
    rows = [[(t.gettext("📄 The same as CSV files"), pack("fg.csv", which))]]
    rows += views.periods(t, deps.settings)
    await send(update, context, t.gettext("Another period, or the files?"), inline(rows))


async def _files(update: Update, context: FairContext, scope: Scope, period: Period) -> None:
    """One CSV document per figure, its headers in the reader's language."""
    t, deps = context.t, context.deps
    chat = update.effective_chat
    assert chat is not None
    if scope.exhibitor_id is None:
        tables = organizer_tables(await figure_sets.read_organizer(deps.db, period, deps.settings))
    else:
        tables = exhibitor_tables(await _booth(context, scope.exhibitor_id, period))
    for table in tables:
        try:
            await context.bot.send_document(chat.id, _csv(t, table), filename=f"{table.name}.csv")
        except TelegramError as error:
            if may_have_arrived(error):
                log.warning("a figures CSV timed out; it may have arrived")
                continue
            log.warning("figures CSV not sent (%s)", error)
            await send(update, context, t.gettext("Sorry, files cannot be sent here."))
            return


async def _booth(
    context: FairContext, exhibitor_id: str, period: Period
) -> figure_sets.ExhibitorFigures:
    async with context.deps.db.read() as session:
        return await figure_sets.of_exhibitor(session, period, exhibitor_id)


def _csv(t: Translator, table: Table) -> bytes:
    return figure_csv(table, [t.gettext(views.HEADERS[c]) for c in table.columns])


def _named(t: Translator, period: Period, which: str) -> str:
    days = period.dates() or [period.start.astimezone(period.zone).date()]
    return views.period_name(t, which, days[0], days[-1])


async def _typing(context: FairContext, chat_id: int) -> None:
    try:
        await context.bot.send_chat_action(chat_id, ChatAction.UPLOAD_PHOTO)
    except TelegramError as error:
        log.info("sendChatAction failed: %s", error)


async def fold_job(context: FairContext) -> None:
    """Fold the searches made since the last fold into the tallies the figures read."""
    deps = context.deps
    if not await jobs.holds(context, FOLD_JOB, ttl=2 * FOLD_EVERY + 30):
        return
    await search_tallies.fold(deps.db, deps.settings.fair_timezone, deps.clock)


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("figures", figures_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(*ACTIONS)))
    staff_menu.add(staff_menu.Entry(ENTRY, N_("📊 Figures"), order=55, run=figures_command))
