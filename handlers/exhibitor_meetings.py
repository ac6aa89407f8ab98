"""The staff menu's "📅 Meetings": the exhibitor's upcoming meetings and requests, with
Move (mr.mv: the exhibitor's free times; one of them, mr.mvto `meeting:sequence:slot`,
the sequence being the meeting's version the list was made from) and
Cancel (mr.drop, its question; mr.dropok; "No" and Back are mr.list) under each
meeting.

Every press is checked again by the service: the presser is still linked and the
meeting is their exhibitor's, confirmed and not over; the buyer is told through
the outbox, in the same transaction, with the calendar file that updates the event
or takes it out.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.errors import MeetingError, NotStaff, StaleAction
from bot.i18n import N_
from bot.services import exhibitor_meetings, meeting_moves, meetings, staff
from bot.services.timezones import timezone_label
from handlers import exhibitor_meetings_views as views
from handlers import staff_menu
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.meeting_requests import composer
from handlers.refusals import Place, refusal, refuse
from handlers.replies import answer, edit, inline, send, stale

ACTIONS = ("mr.list", "mr.drop", "mr.dropok", "mr.mv", "mr.mvto")
ENTRY = "meetings"


async def show(update: Update, context: FairContext) -> None:
    """The list as a new message (the staff menu's entry)."""
    found = await _listing(update, context)
    if found is not None:
        await send(update, context, *found)


async def on_button(update: Update, context: FairContext) -> None:
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    deps, t = context.deps, context.t
    fair = deps.settings.fair_timezone
    if callback.action == "mr.list":
        found = await _listing(update, context)
        if found is not None:
            await answer(query)
            await edit(query, context, *found)
        return
    # `meeting`, or for a move to a time `meeting:version:slot`; the numbers fit an INTEGER
    moving_to = callback.action == "mr.mvto"
    parts = callback.arg.split(":", 2)
    numbers = parts[:2] if moving_to else parts
    if len(parts) != (3 if moving_to else 1) or not all(
        n.isdigit() and len(n) <= 9 for n in numbers
    ):
        await stale(query, context)
        return
    meeting_id, now = int(parts[0]), deps.clock.now()
    if callback.action in ("mr.mv", "mr.mvto"):
        await _move(update, context, meeting_id, (int(parts[1]), parts[2]) if moving_to else None)
        return
    try:
        if callback.action == "mr.drop":
            async with deps.db.read() as session:
                request = await exhibitor_meetings.get(
                    session, query.from_user.id, meeting_id, now
                )
        else:
            async with deps.db.write() as session:
                request = await exhibitor_meetings.cancel(
                    session, query.from_user.id, meeting_id, now, composer(deps),
                    deps.clock.wall(),
                )  # fmt: skip
    except (NotStaff, StaleAction) as refused:
        await refuse(update, context, refused, Place.REQUESTS)
        return
    await answer(query)
    if callback.action == "mr.drop":
        text, buttons = views.cancel_question(t, fair, request)
        await edit(query, context, text, inline(buttons))
    else:
        await edit(query, context, views.cancelled(t, fair, request), None)


async def _move(
    update: Update, context: FairContext, meeting_id: int, to: tuple[int, str] | None
) -> None:
    """Without `to`, the free times to move to; with one (the version seen, the slot), the
    move: the buyer is told. A time gone meanwhile is refused on the button and the times
    shown afresh."""
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    fair, now, member = deps.settings.fair_timezone, deps.clock.now(), query.from_user.id
    notice = ""
    if to is not None:
        try:
            async with deps.db.write() as session:
                moved = await meeting_moves.move_by_staff(
                    session, member, meeting_id, *to, now, composer(deps), deps.clock.wall()
                )
        except (NotStaff, StaleAction) as refused:
            await refuse(update, context, refused, Place.REQUESTS)
            return
        except MeetingError as error:
            notice = refusal(t, error, Place.REQUESTS, on_button=True).text
        else:
            await answer(query, t.gettext("Meeting moved."))
            await edit(query, context, views.moved(t, fair, moved), None)
            return
    try:
        async with deps.db.read() as session:
            request, slots = await meeting_moves.choices(session, member, meeting_id, now)
    except (NotStaff, StaleAction) as refused:
        await refuse(update, context, refused, Place.REQUESTS)
        return
    await answer(query, notice or None, alert=bool(notice))
    label = timezone_label(str(fair), t.code, now)
    text, buttons = views.move_choices(t, fair, label, request, slots)
    await edit(query, context, text, inline(buttons))


async def _listing(
    update: Update, context: FairContext
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    now = deps.clock.now()
    try:
        async with deps.db.read() as session:
            member = await staff.require(session, user.id)
            requests = await exhibitor_meetings.upcoming(session, user.id, now)
            host = await meetings.host(session, member.exhibitor_id)
    except NotStaff as refused:
        await refuse(update, context, refused)
        return None
    fair = deps.settings.fair_timezone
    name = host.name(t.code) if host is not None else member.exhibitor_id
    text, buttons = views.listing(t, fair, timezone_label(str(fair), t.code, now), name, requests)
    return text, inline(buttons) if buttons else None


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(*ACTIONS)))
    staff_menu.add(staff_menu.Entry(ENTRY, N_("📅 Meetings"), order=20, run=show))
