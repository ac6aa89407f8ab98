"""/leads for exhibitor staff: the list with filters and pages, a lead's card, Adjust, CSV.

Every button re-checks the presser in the service (`bot.services.leads`): linked,
and the lead their exhibitor's, of a buyer who still consents; anything else is
stale. Adjust asks for "+3 a note" as a flow (the answer is typed), so a restart
in between loses nothing. The list is also the staff menu's "Leads" entry; managers
also get "Lead alerts", to choose alerts as they come or a digest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.domain import AlertMode
from bot.errors import InvalidAnswer, NotStaff, StaleAction
from bot.i18n import N_
from bot.services import flow_state, lead_alerts, lead_report, lead_views, leads, staff
from bot.services.flow_state import Kind, State
from bot.services.product_cards import localized
from handlers import flow, staff_menu
from handlers import leads_views as views
from handlers.callbacks import prefixed, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, inline, send

PREFIX = "ld."
_LIST_ARG = re.compile(r"^([a-z])\.(0|[1-9][0-9]{0,5})$")
_ADJUSTMENT = re.compile(r"^\s*([+\-−]?)\s*([0-9]{1,3})\b\s*(.*)$", re.DOTALL)  # noqa: RUF001 - a typed minus
COMMAND_FILTERS = {"hot": "h", "warm": "w", "cold": "c", "recent": "r", "all": views.ALL}


class Step(StrEnum):
    NOTE = "note"


@dataclass
class Draft:
    buyer_code: str = ""


ADJUSTING = Kind("lead_adjust", Step, Draft)


async def leads_command(update: Update, context: FairContext) -> None:
    """/leads [hot|warm|cold|recent]: the member's leads."""
    word = (context.args or ["all"])[0].lower()
    await _list(update, context, COMMAND_FILTERS.get(word, views.ALL), 0, in_place=False)


async def from_menu(update: Update, context: FairContext) -> None:
    """The staff menu's Leads button: the whole list, in a new message."""
    await _list(update, context, views.ALL, 0, in_place=False)


async def _list(
    update: Update, context: FairContext, code: str, offset: int, in_place: bool
) -> None:
    """A page of the list: in place of the list a button sits on (answering it), or a new
    message (the staff menu has answered its button)."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    level = views.FILTERS[code]
    try:
        async with deps.db.read() as session:
            link = await staff.get(session, user.id)
            page = await lead_views.listing(
                session, user.id, deps.clock.now(), level, code == views.RECENT, offset
            )
    except NotStaff as refused:
        await refuse(update, context, refused, Place.LEADS)
        return
    assert link is not None
    text, rows = views.listing(t, localized(link.exhibitor_names, t.code, "?"), page, code)
    query = update.callback_query
    if in_place and query is not None:
        await answer(query)
        await edit(query, context, text, inline(rows))
    else:
        await send(update, context, text, inline(rows))


async def on_button(update: Update, context: FairContext) -> None:
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    action, arg = callback.action, callback.arg
    if action == "ld.list":
        found = _LIST_ARG.match(arg)
        if found is None or found.group(1) not in views.FILTERS:
            await refuse(update, context, StaleAction(), Place.LEADS)
            return
        await _list(update, context, found.group(1), int(found.group(2)), in_place=True)
    elif action == "ld.card":
        await _card(update, context, arg)
    elif action == "ld.adj":
        await _begin_adjust(update, context, arg)
    elif action == "ld.csv":
        await _export(update, context)
    elif action == "ld.mode" and arg in {mode.value for mode in AlertMode}:
        await _choose_alerts(update, context, AlertMode(arg))
    else:
        await refuse(update, context, StaleAction(), Place.LEADS)


async def _card(update: Update, context: FairContext, buyer_code: str) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    try:
        async with deps.db.read() as session:
            lead = await lead_views.card(session, query.from_user.id, buyer_code)
    except (NotStaff, StaleAction) as refused:
        await refuse(update, context, refused, Place.LEADS)
        return
    await answer(query)
    text, rows = views.card(t, lead, deps.settings.fair_timezone)
    await send(update, context, text, inline(rows))


async def _begin_adjust(update: Update, context: FairContext, buyer_code: str) -> None:
    deps = context.deps
    query = update.callback_query
    assert query is not None
    try:
        async with deps.db.write() as session:
            lead = await lead_views.card(session, query.from_user.id, buyer_code)
            await flow_state.begin(
                session, query.from_user.id, ADJUSTING, Step.NOTE, Draft(buyer_code),
                deps.clock.now(),
            )  # fmt: skip
    except (NotStaff, StaleAction) as refused:
        await refuse(update, context, refused, Place.LEADS)
        return
    await answer(query)
    t = context.t
    await send(
        update,
        context,
        t.format("Adjusting the score of {name} (now {score}).", name=lead.full_name,
                 score=t.number(lead.score))
        + "\n" + t.gettext(views.ADJUST_EXAMPLE),
    )  # fmt: skip


async def ask_adjustment(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """Say again what the adjustment looks like (after an unknown command, say)."""
    await send(update, context, context.t.gettext(views.ADJUST_EXAMPLE))


async def take_adjustment(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """Take "+3 Met at the booth": the score changes, the note is kept, the card comes back."""
    deps, t = context.deps, context.t
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    found = _ADJUSTMENT.match(message.text or "")
    try:
        if found is None or not found.group(1):
            raise InvalidAnswer("bad_delta", limit=leads.MAX_DELTA)
        delta = int(found.group(2)) * (1 if found.group(1) == "+" else -1)
        async with deps.db.write() as session:
            if await flow_state.lock(session, user.id, ADJUSTING) is None:
                raise StaleAction()
            lead = await leads.adjust(
                session, user.id, state.draft.buyer_code, delta, found.group(3),
                deps.clock.now(),
            )  # fmt: skip
            await flow_state.end(session, user.id)
    except InvalidAnswer as wrong:
        await refuse(update, context, wrong, Place.LEADS)
        return
    except (NotStaff, StaleAction) as refused:
        async with deps.db.write() as session:
            await flow_state.end(session, user.id)
        await refuse(update, context, refused, Place.LEADS)
        return
    if lead is None:
        await send(update, context, t.gettext("The score is 0 now: the buyer leaves your list."))
        return
    text, rows = views.card(t, lead, deps.settings.fair_timezone)
    await send(update, context, t.gettext("Saved.") + "\n\n" + text, inline(rows))


async def _export(update: Update, context: FairContext) -> None:
    """The CSV file of every lead, in the reader's language, as a document."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    try:
        async with deps.db.read() as session:
            link = await staff.get(session, query.from_user.id)
            found = await lead_views.export(session, query.from_user.id)
    except NotStaff as refused:
        await refuse(update, context, refused, Place.LEADS)
        return
    assert link is not None
    await answer(query)
    zone = deps.settings.fair_timezone
    document = lead_report.csv_document(t, found, zone)
    day = deps.clock.now().astimezone(zone).date().isoformat()
    await context.bot.send_document(
        query.from_user.id, document, filename=f"leads-{link.exhibitor_id}-{day}.csv",
        caption=t.nformat("{n} lead", "{n} leads", len(found), n=t.number(len(found))),
    )  # fmt: skip


async def alerts_setting(update: Update, context: FairContext) -> None:
    """The staff menu's Lead alerts (managers): how they come now, and the choice."""
    deps = context.deps
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.read() as session:
            mode = await lead_alerts.mode(session, user.id)
    except NotStaff as refused:
        await refuse(update, context, refused, Place.LEADS)
        return
    text, rows = views.alert_mode(context.t, mode, deps.settings.lead_digest_hours)
    await send(update, context, text, inline(rows))


async def _choose_alerts(update: Update, context: FairContext, chosen: AlertMode) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    try:
        async with deps.db.write() as session:
            mode = await lead_alerts.choose(session, query.from_user.id, chosen, deps.clock.now())
    except NotStaff as refused:
        await refuse(update, context, refused, Place.LEADS)
        return
    await answer(query, t.gettext("Saved."))
    text, rows = views.alert_mode(t, mode, deps.settings.lead_digest_hours)
    await edit(query, context, text, inline(rows))


ADJUST_FLOW = flow.Flow(
    ADJUSTING,
    N_("You are adjusting a lead's score. Send the change and a note, or /cancel."),
    take=take_adjustment,
    ask=ask_adjustment,
)


def register(app: FairApplication) -> None:
    flow.declare(app, ADJUST_FLOW)
    app.add_handler(CommandHandler("leads", leads_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=prefixed(PREFIX)))
    staff_menu.add(staff_menu.Entry("leads", N_("📈 Leads"), 40, from_menu))
    staff_menu.add(
        staff_menu.Entry(
            "lead_alerts", N_("🔔 Lead alerts"), 90, alerts_setting, managers_only=True
        )
    )
