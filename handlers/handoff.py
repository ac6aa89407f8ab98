"""Live talks between a buyer and an exhibitor's staff, relayed through the bot.

The buyer opens a thread from a product card ("💬 Talk to the exhibitor"); from
then on their free text goes to the thread (flow.on_message asks `route`
before searching, after any registration step). The exhibitor's staff get a
lead alert and claim it; the owner's text goes back to the buyer. /end closes
it from either side, /inbox lists what waits.

Messages to the other side go through the outbox, queued by the service with
the change that causes them (`bot.services.handoff_relay`): Telegram's limits,
retries and restarts are the outbox's business. The handlers here read the
update, call the service, and say how each message reads (`composer`).
"""

from __future__ import annotations

import logging
from functools import partial
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.errors import AlreadyClaimed, NotRegistered, NotStaff, StaleAction, ThreadOpen
from bot.services import buyers, handoff, handoff_relay, staff, talk_hours
from bot.services.handoff import MAX_TEXT, Ended, Said
from bot.services.handoff_relay import Compose, Letter, Relayed, Sent
from bot.services.outbox import Media
from bot.services.product_cards import localized
from handlers import handoff_views as views
from handlers import lead_alerts
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.handoff_views import INBOX_CLAIM
from handlers.meetings import book_data
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, edit_markup, inline, send, stale

log = logging.getLogger(__name__)


async def on_talk(update: Update, context: FairContext) -> None:
    """💬 on a product card: open a thread with its exhibitor, or say why not."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    await answer(query)
    try:
        async with deps.db.write() as session:
            thread = await handoff.open_thread(
                session, query.from_user.id, callback.arg, deps.clock.now()
            )
            await lead_alerts.queue_now(context, session)
            here = await talk_hours.presence(
                session, thread.exhibitor_id, deps.clock.now(), deps.settings.fair_timezone
            )
            zone = (await buyers.get(session, query.from_user.id)).timezone
    except (NotRegistered, StaleAction, ThreadOpen) as refused:
        await refuse(update, context, refused, Place.TALK)
        return
    await send(
        update,
        context,
        t.format(
            "You are now in touch with {exhibitor} about {product}.\n"
            "What you type now goes to their staff. Send /end to close the conversation.",
            exhibitor=thread.exhibitor(t.code),
            product=thread.product(t.code),
        ),
    )
    if not here.answering:
        book = book_data(thread.exhibitor_id, thread.product_id)
        text, buttons = views.away(t, thread, here, ZoneInfo(zone), book)
        await send(update, context, text, inline(buttons))


async def route(update: Update, context: FairContext) -> bool:
    """Take a message that belongs to a thread; False when it is no thread's (a search, then)."""
    deps, t = context.deps, context.t
    message, user = update.effective_message, update.effective_user
    assert message is not None and user is not None
    reply_to = message.reply_to_message.message_id if message.reply_to_message else None
    if reply_to is None and not context.talking:  # no talk it could belong to
        return False
    media = _attachment(message)
    text = message.text if media is None else _with_caption(message, media)
    if text is None or len(text) > MAX_TEXT:
        async with deps.db.read() as session:
            if await handoff.target(session, user.id, reply_to) is None:
                return False
        if text is None:
            hint = t.gettext(
                "Only text, photos and documents are passed on. Please type your message, or "
                "send a photo or a document."
            )
        else:
            hint = t.nformat(
                "This message is too long to pass on (at most {limit} character). "
                "Please shorten it or split it.",
                "This message is too long to pass on (at most {limit} characters). "
                "Please shorten it or split it.",
                MAX_TEXT,
                limit=t.number(MAX_TEXT),
            )
        await send(update, context, hint)
        return True
    try:
        async with deps.db.write() as session:
            relayed = await handoff_relay.relay(
                session, user.id, text, reply_to, deps.clock.now(), deps.clock.wall(),
                partial(_letter, context, text), media,
            )  # fmt: skip
            await lead_alerts.queue_now(context, session)
    except StaleAction as closed:
        await refuse(update, context, closed, Place.REPLY)
        return True
    if relayed is None:
        return False
    await _passed_on(update, context, relayed)
    return True


def _attachment(message: Message) -> Media | None:
    """The photo (its largest size) or document a message carries, to relay by file_id."""
    if message.photo:
        return ("photo", message.photo[-1].file_id)
    if message.document is not None:
        return ("document", message.document.file_id)
    return None


def _with_caption(message: Message, media: Media) -> str:
    """What a relayed file says in the talk (and its transcript): a mark for a photo, the
    file's name for a document, then its caption."""
    document = message.document
    mark = "📷" if media[0] == "photo" or document is None else f"📄 {document.file_name or ''}"
    caption = message.caption or ""
    return f"{mark.strip()}\n{caption}" if caption else mark.strip()


def _letter(context: FairContext, text: str, said: Said) -> Compose:
    """How a message reads on the other side: to the buyer, a lead alert, or to the owner."""
    if said.buyer is None:
        return composer(context, partial(views.to_buyer, thread=said.thread, text=text))
    if said.first:
        return composer(context, partial(views.lead, said=said, text=text))
    return composer(context, partial(views.to_staff, said=said, text=text))


async def _passed_on(update: Update, context: FairContext, relayed: Relayed) -> None:
    """Tell the sender what became of their message."""
    t, said = context.t, relayed.said
    exhibitor = said.thread.exhibitor(t.code)
    if said.buyer is None:
        if not relayed.delivered:
            await _undelivered(update, context)
        return
    if said.first:
        if relayed.delivered:
            await send(
                update,
                context,
                t.format(
                    "Sent to the staff of {exhibitor}. I will tell you when someone answers.",
                    exhibitor=exhibitor,
                ),
            )
        else:
            await send(
                update,
                context,
                t.format(
                    "The staff of {exhibitor} are not online yet. Your message is kept, and "
                    "they will see it when they come.",
                    exhibitor=exhibitor,
                ),
            )
        return
    if not said.recipients:
        await send(
            update,
            context,
            t.format(
                "Kept. The staff of {exhibitor} will see it when they take your conversation.",
                exhibitor=exhibitor,
            ),
        )
        return
    if not relayed.delivered:
        await _undelivered(update, context)


def composer(context: FairContext, render: views.Render) -> Compose:
    """`render` as the service calls it: in the reader's language, laid out for them."""

    def compose(language: str | None) -> Letter:
        reader = context.deps.i18n.translator(language)
        text, buttons = render(reader)
        return reader.paragraphs(text), buttons

    return compose


async def _undelivered(update: Update, context: FairContext) -> None:
    await send(
        update,
        context,
        context.t.gettext(
            "Your message could not be delivered: the other side cannot be reached right now."
        ),
    )


async def on_staff_button(update: Update, context: FairContext) -> None:
    """✋ Claim or a /inbox switch button; only staff of the thread's exhibitor may use them."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    if not callback.arg.isdigit():
        await stale(query, context)
        return
    thread_id = int(callback.arg)
    if callback.action == "h.switch":
        await _switch(update, context, thread_id)
        return
    try:
        async with deps.db.write() as session:
            taken = await handoff_relay.take(
                session, query.from_user.id, thread_id, deps.clock.now(), deps.clock.wall(),
                lambda thread: composer(context, partial(views.joined, thread=thread)),
            )  # fmt: skip
    except (NotStaff, StaleAction, AlreadyClaimed) as refused:
        await refuse(update, context, refused)
        return
    claimed = taken.claimed
    await answer(query, t.gettext("You took this conversation."))
    if callback.action == INBOX_CLAIM:  # the inbox again, in place, with its new counts
        await edit(query, context, *await _inbox_view(context, query.from_user.id))
    else:
        await edit_markup(query, context, None)
    await _retire_claim_buttons(context, taken.alerts)
    quick = inline([[(t.gettext("📋 Quick replies"), pack("h.quick", str(thread_id)))]])
    await send(
        update, context, views.taken(t, claimed.thread, claimed.buyer, claimed.history), quick
    )
    if not taken.notified:
        await _undelivered(update, context)


async def _switch(update: Update, context: FairContext, thread_id: int) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    try:
        async with deps.db.write() as session:
            thread = await handoff.switch(session, query.from_user.id, thread_id)
    except (NotStaff, StaleAction) as refused:
        await refuse(update, context, refused)
        return
    await answer(query)
    await send(
        update,
        context,
        t.format(
            "Your messages now go to {buyer} about {product}.",
            buyer=thread.buyer_code,
            product=thread.product(t.code),
        ),
    )


async def inbox_command(update: Update, context: FairContext) -> None:
    """/inbox (staff): waiting conversations to claim and one's own to switch between."""
    user = update.effective_user
    assert user is not None
    await send(update, context, *await _inbox_view(context, user.id))


async def _inbox_view(
    context: FairContext, user_id: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.t
    async with context.deps.db.read() as session:
        link = await staff.get(session, user_id)
        box = await handoff.inbox(session, user_id) if link is not None else None
    if link is None or box is None:
        return t.gettext(
            "This command is for exhibitor staff. Ask the fair's organizers for an invitation."
        ), None
    text, rows = views.inbox(t, localized(link.exhibitor_names, t.code, "?"), box)
    return text, inline(rows) if rows else None


async def _retire_claim_buttons(context: FairContext, alerts: list[Sent]) -> None:
    """Take the Claim button off the colleagues' alerts of a thread just taken (other
    buttons stay); a failed edit is only logged, the claim stands either way."""
    for alert in alerts:
        kept = [
            row
            for row in alert.buttons
            if not any((c := unpack(data)) and c.action == "h.claim" for _, data in row)
        ]
        if len(kept) == len(alert.buttons):
            continue
        try:
            await context.bot.edit_message_reply_markup(
                alert.chat_id, alert.message_id, reply_markup=inline(kept) if kept else None
            )
        except TelegramError as error:
            log.info("claim button of message %s not retired: %s", alert.message_id, error)


async def end_command(update: Update, context: FairContext) -> None:
    """/end: close the conversation, from the buyer's side or the staff's, and tell the other."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    async with deps.db.write() as session:
        ended = await handoff_relay.close(
            session, user.id, deps.clock.now(), deps.clock.wall(), partial(_closed, context)
        )
    if ended is None:
        await send(update, context, t.gettext("You have no open conversation."))
        return
    thread = ended.thread
    buttons = inline(views.closing(t, thread.id, buyer=not ended.by_staff))
    if ended.by_staff:
        text = t.format("Conversation about {product} closed.", product=thread.product(t.code))
    else:
        text = t.format(
            "Conversation with {exhibitor} closed.", exhibitor=thread.exhibitor(t.code)
        )
        text += "\n" + t.gettext("How was it? Rate the conversation, 1 to 5.")
    await send(update, context, text, buttons)


def _closed(context: FairContext, ended: Ended) -> Compose:
    """The other side's notice that a conversation was closed, and by whom."""
    view = views.closed_by_staff if ended.by_staff else views.closed_by_buyer
    return composer(context, partial(view, thread=ended.thread))


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("end", end_command))
    app.add_handler(CommandHandler("inbox", inbox_command))
    app.add_handler(CallbackQueryHandler(on_talk, pattern=pattern("h.talk")))
    app.add_handler(
        CallbackQueryHandler(on_staff_button, pattern=pattern("h.claim", INBOX_CLAIM, "h.switch"))
    )
