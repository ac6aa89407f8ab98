"""Meetings with exhibitors: "📅 Book a meeting" on a product card, and /meetings.

The steps, each a button on the message before it: the card's button lists the
exhibitor's free times (mt.slots, a new message); a time asks for confirmation
(mt.pick, in place), Back returns to the times (mt.back); Confirm books (mt.book)
and sends an .ics invitation. /meetings lists what is booked, each with a
Cancel button (mt.drop) and its confirmation (mt.dropok; "No" is mt.list), and
for a meeting, a request or a proposal a Move button (mt.move: the exhibitor's free
times) whose times move it (mt.moveto `meeting:slot`); the .ics that follows updates
the event (a moved request asks staff again for the new time).

Where the exhibitor confirms bookings, Confirm sends a request instead (its staff
answer it: handlers.meeting_requests); a time their staff propose comes with
mt.take / mt.pass, and an accepted request's notice with mt.ics (the .ics file).
Either way the exhibitor's staff are told, through the outbox, in the booking's
transaction.

Their prefix is `mt.` (`m.` is the main menu's). Buttons carry catalog ids
(`exhibitor[:product]`, `slot[:product]`) or the meeting's id; the service checks
each against the database and the reader, so a forged or stale button books or
cancels nothing of anyone's.
"""

from __future__ import annotations

from telegram import CallbackQuery, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.domain import MeetingStatus
from bot.errors import (
    MeetingError,
    NotRegistered,
    RequestAnswered,
    RequestClosed,
    StaleAction,
)
from bot.services import buyers, meeting_moves, meeting_requests, meetings
from bot.services.meetings import Booking, MeetingState
from handlers import lead_alerts
from handlers import meetings_views as views
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.meeting_calendar import send_calendar_file
from handlers.meeting_requests import composer, rules
from handlers.refusals import How, Place, refusal, refuse
from handlers.replies import answer, edit, send, stale

ACTIONS = (
    "mt.slots", "mt.back", "mt.pick", "mt.book", "mt.list", "mt.drop", "mt.dropok", "mt.take",
    "mt.pass", "mt.ics", "mt.move", "mt.moveto",
)  # fmt: skip


def book_data(exhibitor_id: str, product_id: str) -> str:
    """The product card's "📅 Book a meeting" button: the exhibitor, and the product if it fits."""
    return views.slot_ref("mt.slots", exhibitor_id, product_id)


async def meetings_command(update: Update, context: FairContext) -> None:
    """/meetings: the buyer's upcoming meetings, each with a Cancel button."""
    user = update.effective_user
    assert user is not None
    clocks = await _clocks(context, user.id)
    if clocks is None:
        await refuse(update, context, NotRegistered(), Place.MEETINGS)
        return
    async with context.deps.db.read() as session:
        bookings = await meetings.upcoming(session, user.id, context.deps.clock.now())
    text, markup = views.listing(context.t, clocks, bookings)
    await send(update, context, text, markup)


async def on_button(update: Update, context: FairContext) -> None:
    """Every meeting button: check the reader is registered, then route on the action."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    clocks = await _clocks(context, query.from_user.id)
    if clocks is None:
        await answer(query)
        await refuse(update, context, NotRegistered(), Place.MEETINGS)
        return
    first, _, second = callback.arg.partition(":")
    product_id = second or None
    action = callback.action
    if action in ("mt.slots", "mt.back"):
        await _show_slots(update, context, clocks, first, product_id, fresh=action == "mt.slots")
    elif action == "mt.pick":
        await _confirm(update, context, clocks, first, product_id)
    elif action == "mt.book":
        await _book(update, context, clocks, first, product_id)
    elif action == "mt.list":
        await answer(query)
        await _relist(query, context, clocks)
    elif action == "mt.moveto" and first.isdigit() and len(first) <= 9 and second:
        await _move(update, context, clocks, int(first), second)
    elif not callback.arg.isdigit() or len(callback.arg) > 9:  # a meeting id fits an INTEGER
        await stale(query, context)
    elif action == "mt.drop":
        await _ask_cancel(update, context, clocks, int(callback.arg))
    elif action == "mt.dropok":
        await _cancel(update, context, clocks, int(callback.arg))
    elif action == "mt.ics":
        await _calendar_file(update, context, int(callback.arg))
    elif action == "mt.move":
        await _move_times(update, context, clocks, int(callback.arg))
    elif action in ("mt.take", "mt.pass"):
        await _answer_proposal(update, context, clocks, int(callback.arg), action == "mt.take")
    else:
        await stale(query, context)


async def _show_slots(
    update: Update,
    context: FairContext,
    clocks: views.Clocks,
    exhibitor_id: str,
    product_id: str | None,
    fresh: bool,
    notice: str = "",
) -> None:
    """The free times: a new message under a card, in place when coming back to them."""
    query = update.callback_query
    assert query is not None
    deps = context.deps
    async with deps.db.read() as session:
        host = await meetings.host(session, exhibitor_id)
        slots = await meetings.free_slots(session, exhibitor_id, deps.clock.now())
    if host is None:
        await stale(query, context)
        return
    await answer(query)
    text, markup = views.slot_list(context.t, clocks, host, slots, product_id)
    text = f"{notice}\n\n{text}" if notice else text
    if fresh:
        await send(update, context, text, markup)
    else:
        await edit(query, context, text, markup)


async def _confirm(
    update: Update,
    context: FairContext,
    clocks: views.Clocks,
    slot_id: str,
    product_id: str | None,
) -> None:
    query = update.callback_query
    assert query is not None
    deps = context.deps
    try:
        async with deps.db.read() as session:
            offer = await meetings.offer(
                session, query.from_user.id, slot_id, product_id, deps.clock.now()
            )
    except MeetingError as error:
        await _refused(update, context, clocks, error, product_id)
        return
    await answer(query)
    text, markup = views.confirmation(context.t, clocks, offer)
    await edit(query, context, text, markup)


async def _book(
    update: Update,
    context: FairContext,
    clocks: views.Clocks,
    slot_id: str,
    product_id: str | None,
) -> None:
    """Book (the message becomes the meeting's details and the .ics invitation follows) or
    send a request (the message says until when the time is held); staff are told."""
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    try:
        async with deps.db.write() as session:
            booking = await meetings.book(
                session, query.from_user.id, slot_id, product_id, deps.clock.now(), rules(deps)
            )
            await meeting_requests.announce(session, booking, composer(deps), deps.clock.wall())
            await lead_alerts.queue_now(context, session)
    except NotRegistered as unregistered:
        await answer(query)
        await refuse(update, context, unregistered, Place.MEETINGS)
        return
    except MeetingError as error:
        await _refused(update, context, clocks, error, product_id)
        return
    if booking.status == MeetingStatus.REQUESTED:
        await answer(query, t.gettext("Request sent."))
        await edit(query, context, views.requested(t, clocks, booking), None)
        return
    await answer(query, t.gettext("Meeting booked."))
    await edit(query, context, views.booked(t, clocks, booking), None)
    await send_calendar_file(context, query.from_user.id, booking)


async def _answer_proposal(
    update: Update, context: FairContext, clocks: views.Clocks, meeting_id: int, take: bool
) -> None:
    """The buyer takes the time staff proposed (a meeting, with its .ics) or turns it down."""
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    try:
        async with deps.db.write() as session:
            request = await meeting_requests.answer_proposal(
                session, query.from_user.id, meeting_id, take, deps.clock.now(),
                composer(deps), deps.clock.wall(),
            )  # fmt: skip
    except (RequestClosed, RequestAnswered) as refused:
        await refuse(update, context, refused, Place.MEETINGS)
        return
    booking = request.booking
    if not take:
        await answer(query)
        await edit(query, context, views.proposal_declined(t, clocks, booking), None)
        return
    await answer(query, t.gettext("Meeting booked."))
    await edit(query, context, views.booked(t, clocks, booking), None)
    await send_calendar_file(context, query.from_user.id, booking)


async def _move_times(
    update: Update, context: FairContext, clocks: views.Clocks, meeting_id: int, notice: str = ""
) -> None:
    """The free times the buyer's meeting (or request) can move to, in place of the list."""
    query = update.callback_query
    assert query is not None
    deps = context.deps
    booking = await _mine(update, context, meeting_id)
    if booking is None:
        return
    if booking.state == MeetingState.WITHDRAWN:
        await stale(query, context)
        return
    async with deps.db.read() as session:
        slots = await meetings.free_slots(session, booking.exhibitor_id, deps.clock.now())
    await answer(query)
    text, markup = views.move_list(context.t, clocks, booking, slots)
    await edit(query, context, f"{notice}\n\n{text}" if notice else text, markup)


async def _move(
    update: Update, context: FairContext, clocks: views.Clocks, meeting_id: int, slot_id: str
) -> None:
    """Move the meeting (the message says so, the updated .ics follows, staff are told) or
    the request (a request for the new time: no .ics until staff accept it); refused where
    the time is gone, with fresh times."""
    query = update.callback_query
    assert query is not None
    deps, t = context.deps, context.t
    try:
        async with deps.db.write() as session:
            move = await meeting_moves.move(
                session, query.from_user.id, meeting_id, slot_id, deps.clock.now(), rules(deps),
                composer(deps), deps.clock.wall(),
            )  # fmt: skip
    except (NotRegistered, StaleAction) as refused:
        await refuse(update, context, refused, Place.MEETINGS)
        return
    except MeetingError as error:
        found = refusal(t, error, Place.MEETINGS, on_button=True)
        if found.how != How.MESSAGE:
            await refuse(update, context, error, Place.MEETINGS)
            return
        await _move_times(update, context, clocks, meeting_id, "<b>" + found.text + "</b>")
        return
    if move.after.status == MeetingStatus.REQUESTED:
        await answer(query, t.gettext("Request sent."))
        await edit(query, context, views.requested(t, clocks, move.after), None)
        return
    await answer(query, t.gettext("Meeting moved."))
    await edit(query, context, views.moved(t, clocks, move.after), None)
    await send_calendar_file(context, query.from_user.id, move.after)


async def _calendar_file(update: Update, context: FairContext, meeting_id: int) -> None:
    """The .ics of one of the buyer's meetings (a confirmed one: a request has no time yet)."""
    query = update.callback_query
    assert query is not None
    booking = await _mine(update, context, meeting_id)
    if booking is None:
        return
    if booking.status != MeetingStatus.CONFIRMED:
        await stale(query, context)
        return
    await answer(query)
    await send_calendar_file(context, query.from_user.id, booking)


async def _refused(
    update: Update,
    context: FairContext,
    clocks: views.Clocks,
    error: MeetingError,
    product_id: str | None,
) -> None:
    """A booking the service refused: say why; where the time is gone, show fresh times."""
    found = refusal(context.t, error, Place.MEETINGS, on_button=True)
    if found.how != How.MESSAGE or error.exhibitor_id is None:
        await refuse(update, context, error, Place.MEETINGS)
        return
    await _show_slots(
        update, context, clocks, error.exhibitor_id, product_id, fresh=False,
        notice="<b>" + found.text + "</b>",
    )  # fmt: skip


async def _relist(query: CallbackQuery, context: FairContext, clocks: views.Clocks) -> None:
    deps = context.deps
    async with deps.db.read() as session:
        bookings = await meetings.upcoming(session, query.from_user.id, deps.clock.now())
    text, markup = views.listing(context.t, clocks, bookings)
    await edit(query, context, text, markup)


async def _ask_cancel(
    update: Update, context: FairContext, clocks: views.Clocks, meeting_id: int
) -> None:
    query = update.callback_query
    assert query is not None
    booking = await _mine(update, context, meeting_id)
    if booking is None:
        return
    await answer(query)
    text, markup = views.cancel_question(context.t, clocks, booking)
    await edit(query, context, text, markup)


async def _mine(update: Update, context: FairContext, meeting_id: int) -> Booking | None:
    """The reader's meeting `meeting_id`; None, with the reader told, when it is not theirs."""
    query = update.callback_query
    assert query is not None
    try:
        async with context.deps.db.read() as session:
            return await meetings.get(session, query.from_user.id, meeting_id)
    except StaleAction as gone:
        await refuse(update, context, gone, Place.MEETINGS)
        return None


async def _cancel(
    update: Update, context: FairContext, clocks: views.Clocks, meeting_id: int
) -> None:
    query = update.callback_query
    assert query is not None
    try:
        async with context.deps.db.write() as session:
            booking = await meetings.cancel(session, query.from_user.id, meeting_id)
            await meeting_requests.withdrawn(
                session, booking, composer(context.deps), context.deps.clock.wall()
            )
    except StaleAction as gone:
        await refuse(update, context, gone, Place.MEETINGS)
        return
    await answer(query)
    await edit(query, context, views.cancelled(context.t, clocks, booking), None)
    if booking.status == MeetingStatus.CONFIRMED:  # a request had no invitation
        await send_calendar_file(context, query.from_user.id, booking, cancelled=True)


async def _clocks(context: FairContext, telegram_id: int) -> views.Clocks | None:
    """The buyer's clock and the fair's, labelled; None for someone not registered."""
    deps, t = context.deps, context.t
    try:
        async with deps.db.read() as session:
            profile = await buyers.get(session, telegram_id)
    except NotRegistered:
        return None
    return views.clocks_for(t, profile.timezone, deps.settings.fair_timezone, deps.clock.now())


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("meetings", meetings_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(*ACTIONS)))
