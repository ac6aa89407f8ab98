"""Quick replies in a live talk: the owner opens the six topics and sends one with a tap.

"📋 Quick replies" sits under the message a claimer gets; a topic's button sends
its reply into that thread (whichever thread the member's typing goes to), written
in the buyer's language. Both check on every press that the presser owns the open
thread, so a button from a closed or handed-over talk is stale.
"""

from __future__ import annotations

from functools import partial

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.errors import NotStaff, StaleAction
from bot.services import handoff, handoff_relay, product_cards
from bot.services.handoff import Said, Thread
from bot.services.handoff_relay import Compose
from bot.services.product_cards import Card
from handlers import handoff_views
from handlers import quick_replies_views as views
from handlers.callbacks import numbered, pattern
from handlers.context import FairApplication, FairContext
from handlers.handoff import composer
from handlers.refusals import refuse
from handlers.replies import answer, inline, send


async def on_button(update: Update, context: FairContext) -> None:
    """📋 Quick replies (h.quick THREAD) or a topic (h.canned THREAD:TOPIC)."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    button = numbered(query.data)
    if button is None or (button.action == "h.canned" and button.detail not in views.TOPICS):
        await refuse(update, context, StaleAction())
        return
    thread_id, topic = button.id, button.detail
    try:
        async with deps.db.read() as session:
            thread = await handoff.owned(session, query.from_user.id, thread_id)
            card = (await product_cards.cards(session, [thread.product_id])).get(thread.product_id)
        write = partial(_write, context, topic, thread, card)
        if button.action == "h.canned":
            async with deps.db.write() as session:
                relayed = await handoff_relay.reply(
                    session, query.from_user.id, thread_id, deps.clock.now(), deps.clock.wall(),
                    write, partial(_letter, context),
                )  # fmt: skip
    except (NotStaff, StaleAction) as refused:
        await refuse(update, context, refused)
        return
    if button.action == "h.quick":
        await answer(query)
        text = t.format(
            "Quick replies to the buyer about {product}: tap one to send it, in the buyer's "
            "language.",
            product=thread.product(t.code),
        )
        await send(update, context, text, inline(views.keyboard(t, thread_id)))
        return
    await answer(query, t.gettext("Sent to the buyer in their language."))
    await send(update, context, t.format("✅ Sent: {text}", text=write(t.code)))
    if not relayed.delivered:
        await send(
            update,
            context,
            t.gettext(
                "Your message could not be delivered: the other side cannot be reached right now."
            ),
        )


def _write(
    context: FairContext, topic: str, thread: Thread, card: Card | None, language: str | None
) -> str:
    """The reply on `topic` in `language`, naming the product as that reader knows it."""
    reader = context.deps.i18n.translator(language)
    return views.text(reader, topic, card, thread.product(reader.code))


def _letter(context: FairContext, said: Said, text: str) -> Compose:
    return composer(context, partial(handoff_views.to_buyer, thread=said.thread, text=text))


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern("h.quick", "h.canned")))
