"""Meeting requests, the staff's side: Accept, Decline, Propose another time; the
managers' meeting settings; and the job that lets unanswered requests lapse.

Staff get a request through the outbox (`bot.services.meeting_requests`), with
buttons: mr.ok (accept), mr.no (decline), mr.alt (a new message listing the
exhibitor's free times), mr.to (propose one of them, `meeting:slot`). The staff
menu's "Meeting settings" (managers) shows how buyers book, mr.mode switches it.
(The follow-up after a meeting has its own mr. buttons: handlers.meeting_outcomes.)
Every press is checked again by the service: the presser is still linked, the
request is their exhibitor's, and still open; the settings also need a manager.

`composer` and `rules` are how the meeting notices are written and which rules
bookings follow; the buyer's side (handlers.meetings) uses them too.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.db.handoff import Staff
from bot.deps import Deps
from bot.domain import BookingMode, StaffRole
from bot.errors import (
    MeetingError,
    NotStaff,
    RequestAnswered,
    RequestClosed,
    StaleAction,
)
from bot.i18n import N_
from bot.services import exhibitor_settings, meeting_requests, meetings, outbox, staff
from bot.services.meeting_notices import Compose, Letter, Notice, Request
from bot.services.meeting_requests import EXPIRE_BATCH
from bot.services.meetings import Rules
from bot.services.product_cards import localized
from handlers import jobs, staff_menu
from handlers import meeting_requests_views as views
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.meeting_calendar import calendar_file
from handlers.meetings_views import clocks_for
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, inline, send, stale

ACTIONS = ("mr.ok", "mr.no", "mr.alt", "mr.to", "mr.mode")
EXPIRY_JOB = "meeting-requests-expiry"
SETTINGS_ENTRY = "meeting_settings"
ANSWERS = (NotStaff, StaleAction, RequestClosed, RequestAnswered, MeetingError)
#: The buyer's notices of a change staff made to a meeting in their calendar.
CALENDAR_CHANGES = (Notice.CALLED_OFF, Notice.RESCHEDULED)


def rules(deps: Deps) -> Rules:
    """The fair's booking rules, from its settings."""
    settings = deps.settings
    return Rules(
        per_day=settings.meetings_per_day,
        fair_zone=settings.fair_timezone,
        answer_within=timedelta(hours=settings.meeting_request_hours),
    )


def composer(deps: Deps) -> Compose:
    """Meeting notices as the service queues them: in each reader's language, on the
    fair's clock and the buyer's; a change staff made to the buyer's calendar carries the
    .ics that makes it there too (the notice is its caption)."""

    def compose(notice: Notice, request: Request, language: str | None) -> Letter:
        t = deps.i18n.translator(language)
        clocks = clocks_for(t, request.buyer_zone, deps.settings.fair_timezone, deps.clock.now())
        text, buttons = views.letter(t, clocks, notice, request)
        if notice not in CALENDAR_CHANGES:
            return Letter(t.paragraphs(text), buttons)
        cancelled = notice == Notice.CALLED_OFF
        made = calendar_file(t, request.booking, deps.clock.now(), cancelled)
        caption = t.paragraphs(text + "\n\n" + made.caption)
        return Letter(caption, buttons, outbox.upload(made.name, made.data))

    return compose


async def on_button(update: Update, context: FairContext) -> None:
    """Every staff meeting button: route on the action; the service checks the presser."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    action, (first, _, second) = callback.action, callback.arg.partition(":")
    if action == "mr.mode":
        await _switch_mode(update, context, callback.arg)
        return
    if not first.isdigit() or len(first) > 9:  # a meeting id fits an INTEGER
        await stale(query, context)
        return
    meeting_id = int(first)
    if action == "mr.alt":
        await _alternatives(update, context, meeting_id)
    elif action in ("mr.ok", "mr.no", "mr.to"):
        await _answer(update, context, action, meeting_id, second)
    else:
        await stale(query, context)


async def _answer(
    update: Update, context: FairContext, action: str, meeting_id: int, slot_id: str
) -> None:
    """Accept, decline or propose; the presser's message then says what they did."""
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    now, wall, compose = deps.clock.now(), deps.clock.wall(), composer(deps)
    member = query.from_user.id
    try:
        async with deps.db.write() as session:
            if action == "mr.ok":
                request = await meeting_requests.accept(
                    session, member, meeting_id, now, compose, wall
                )
            elif action == "mr.no":
                request = await meeting_requests.decline(
                    session, member, meeting_id, now, compose, wall
                )
            else:
                request = await meeting_requests.propose(
                    session, member, meeting_id, slot_id, now, rules(deps),
                    compose, wall,
                )  # fmt: skip
    except ANSWERS as refused:
        await refuse(update, context, refused, Place.REQUESTS)
        return
    clocks = clocks_for(t, request.buyer_zone, deps.settings.fair_timezone, now)
    if action == "mr.ok":
        outcome = views.accepted(t)
    elif action == "mr.no":
        outcome = views.declined(t)
    else:
        outcome = views.proposed(t, clocks, request)
    await answer(query)
    await edit(query, context, views.answered(t, clocks, request, outcome), None)


async def _alternatives(update: Update, context: FairContext, meeting_id: int) -> None:
    """The exhibitor's free times to propose, as a new message under the request."""
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    now = deps.clock.now()
    try:
        async with deps.db.read() as session:
            request, slots = await meeting_requests.alternatives(
                session, query.from_user.id, meeting_id, now
            )
    except ANSWERS as refused:
        await refuse(update, context, refused, Place.REQUESTS)
        return
    await answer(query)
    clocks = clocks_for(t, request.buyer_zone, deps.settings.fair_timezone, now)
    text, buttons = views.alternatives(t, clocks, request, slots)
    await send(update, context, text, inline(buttons) if buttons else None)


async def show_settings(update: Update, context: FairContext) -> None:
    """The staff menu's "Meeting settings": how buyers book this exhibitor's times."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.read() as session:
            member = await _manager(session, user.id)
            mode = (await exhibitor_settings.get(session, member.exhibitor_id)).booking_mode
            names = await _exhibitor_names(session, member.exhibitor_id)
    except NotStaff as refused:
        await refuse(update, context, refused)
        return
    text, buttons = views.settings(t, localized(names, t.code, member.exhibitor_id), mode)
    await send(update, context, text, inline(buttons))


async def _switch_mode(update: Update, context: FairContext, value: str) -> None:
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    if value not in {mode.value for mode in BookingMode}:
        await stale(query, context)
        return
    try:
        async with deps.db.write() as session:
            member = await _manager(session, query.from_user.id)
            chosen = await exhibitor_settings.change(
                session, member.exhibitor_id, deps.clock.now(), booking_mode=BookingMode(value)
            )
            names = await _exhibitor_names(session, member.exhibitor_id)
    except NotStaff as refused:
        await refuse(update, context, refused)
        return
    await answer(query, t.gettext("Saved."))
    text, buttons = views.settings(
        t, localized(names, t.code, member.exhibitor_id), chosen.booking_mode
    )
    await edit(query, context, text, inline(buttons))


async def _manager(session: AsyncSession, telegram_id: int) -> Staff:
    """The presser's staff row, who must (still) be a manager of their exhibitor."""
    member = await staff.require(session, telegram_id)
    if member.role != StaffRole.MANAGER:
        raise NotStaff()
    return member


async def _exhibitor_names(session: AsyncSession, exhibitor_id: str) -> dict[str, str]:
    host = await meetings.host(session, exhibitor_id)
    return {} if host is None else host.names


async def expiry_job(context: FairContext) -> None:
    """Let requests and proposals left unanswered past their time lapse, in batches, one
    transaction each (in the one process that holds the job's lease)."""
    deps = context.deps
    compose = composer(deps)

    async def step(session: AsyncSession) -> int:
        return await meeting_requests.expire(session, deps.clock.now(), compose, deps.clock.wall())

    ttl = max(3 * deps.settings.meeting_job_interval, 10.0)
    await jobs.in_batches(context, EXPIRY_JOB, ttl, EXPIRE_BATCH, step)


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(*ACTIONS)))
    staff_menu.add(
        staff_menu.Entry(
            SETTINGS_ENTRY, N_("📅 Meeting settings"), order=80, run=show_settings,
            managers_only=True,
        )
    )  # fmt: skip
