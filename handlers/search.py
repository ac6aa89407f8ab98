"""Product search in the chat: searching, product cards, saving, /saved, inline mode.

Any text outside a flow is a search; `handlers.search_results` renders the results
message and its paging and filter buttons.
"""

from __future__ import annotations

import logging

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, InlineQueryHandler

from bot.errors import StaleAction
from bot.i18n import Translator
from bot.search import parse_query, search
from bot.services import product_cards, saved, searches
from bot.services.product_cards import Card
from handlers import lead_alerts, meetings, search_results
from handlers.access import is_organizer
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, edit_markup, inline, may_have_arrived, send
from handlers.search_filters import Choice
from handlers.search_results import PAGE, card_buttons, current_index, price_line
from handlers.units import unit

log = logging.getLogger(__name__)

INLINE_RESULTS = 10


async def search_command(update: Update, context: FairContext) -> None:
    """/search QUERY, or a hint on how to search."""
    query = " ".join(context.args or [])
    if not query.strip():
        await send(
            update, context,
            # Translators: the examples are searches buyers type (an English one and a
            # Spanish one): give one in English and one in your language.
            context.t.gettext(
                "Type what you are looking for, in any language, for example "
                "“LED strip” or “silla de oficina”."
            ),
        )  # fmt: skip
        return
    await run_search(update, context, query)


async def run_search(update: Update, context: FairContext, query: str) -> None:
    """Search, log the search, and send the first page."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    result = search(await current_index(context), parse_query(query), limit=PAGE)
    async with deps.db.write() as session:
        search_id = await searches.record(
            session, user.id, t.code, query, result.total, deps.clock.now(),
            [product_id for product_id, _ in result.hits],
        )  # fmt: skip
        await lead_alerts.queue_now(context, session)
    spot = search_results.Spot(search_id, 0, Choice())
    text, markup = await search_results.page(context, user.id, spot, query, result)
    await send(update, context, text, markup)


async def on_button(update: Update, context: FairContext) -> None:
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    action = callback.action
    if action in ("s.page", "s.filt", "s.fk"):
        await search_results.on_results(update, context, action, callback.arg)
    elif action == "s.card":
        await answer(query)
        await _send_card(update, context, callback.arg)
    elif action in ("s.save", "s.unsave"):
        await _save(update, context, callback.arg, keep=action == "s.save")
    elif action == "s.rm":
        await _remove_from_list(update, context, callback.arg)
    elif action == "s.more":
        await answer(query)
        await _more_from(update, context, callback.arg)


async def saved_command(update: Update, context: FairContext) -> None:
    """/saved: the buyer's saved products, each a button to its card and one to remove it."""
    user = update.effective_user
    assert user is not None
    text, markup = await _saved_list(context, user.id)
    await send(update, context, text, markup)


async def _saved_list(
    context: FairContext, user_id: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    t = context.t
    async with context.deps.db.read() as session:
        ids = await saved.product_ids(session, user_id)
        found = await product_cards.cards(session, ids)
    cards = [found[i] for i in ids if i in found]
    if not cards:
        none = t.gettext("You have not saved any products yet. Type what you need to search.")
        return none, None
    remove = t.gettext("🗑 Remove")
    rows = [
        [(card.name(t.code)[:60], pack("s.card", card.id)), (remove, pack("s.rm", card.id))]
        for card in cards
    ]
    return t.gettext("Your saved products:"), inline(rows)


async def _remove_from_list(update: Update, context: FairContext, product_id: str) -> None:
    """Remove under /saved: the product goes, and the list is shown again in place."""
    query = update.callback_query
    assert query is not None
    async with context.deps.db.write() as session:
        removed = await saved.remove(session, query.from_user.id, product_id)
    await answer(
        query, context.t.gettext("Removed from your saved products.") if removed else None
    )
    text, markup = await _saved_list(context, query.from_user.id)
    await edit(query, context, text, markup)


async def _send_card(update: Update, context: FairContext, product_id: str) -> None:
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    async with deps.db.write() as session:
        card = await product_cards.view(session, user.id, product_id, deps.clock.now())
        kept = card is not None and await saved.holds(session, user.id, product_id)
        await lead_alerts.queue_now(context, session)
    if card is None:
        await send(update, context, t.gettext("This product is no longer in the catalog."))
        return
    lines = _card_lines(t, card)
    if is_organizer(update, context):  # what /invite and /staff_list take
        lines.append(t.format("Exhibitor ID: {id}", id=card.exhibitor_id))
    markup = _card_markup(t, card, kept)
    text = "\n".join(lines)
    chat = update.effective_chat
    assert chat is not None
    if card.image:
        try:
            await context.bot.send_photo(
                chat.id, card.image, caption=t.paragraphs(text), reply_markup=markup
            )
            return
        except TelegramError as error:
            if may_have_arrived(error):
                log.warning("the product photo timed out; it may have arrived: no text card")
                return
            log.info("product photo not sent (%s), sending the card as text", error)
    await send(update, context, text, markup)


def _card_markup(t: Translator, card: Card, kept: bool) -> InlineKeyboardMarkup:
    """A card's buttons; the first saves the product, or (once saved) removes it again."""
    save = (
        (t.gettext("✅ Saved"), pack("s.unsave", card.id))
        if kept
        else (t.gettext("⭐ Save"), pack("s.save", card.id))
    )
    return inline(
        [
            [save],
            [(t.gettext("🏭 More from this exhibitor"), pack("s.more", card.exhibitor_id))],
            [(t.gettext("📅 Book a meeting"), meetings.book_data(card.exhibitor_id, card.id))],
            [(t.gettext("💬 Talk to the exhibitor"), pack("h.talk", card.id))],
        ]
    )


async def _save(update: Update, context: FairContext, product_id: str, keep: bool) -> None:
    """Save (`keep`) or unsave from a card, then show the card's button as it now is."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    user_id = query.from_user.id
    try:
        async with deps.db.write() as session:
            if keep:
                changed = await saved.save(session, user_id, product_id, deps.clock.now())
            else:
                changed = await saved.remove(session, user_id, product_id)
            card = (await product_cards.cards(session, [product_id])).get(product_id)
            await lead_alerts.queue_now(context, session)
    except StaleAction as gone:
        await refuse(update, context, gone, Place.PRODUCT)
        return
    note: str | None = None
    if keep:
        note = t.gettext("Saved. See /saved.") if changed else t.gettext("Already saved.")
    elif changed:
        note = t.gettext("Removed from your saved products.")
    await answer(query, note)
    if card is not None:
        await edit_markup(query, context, _card_markup(t, card, keep))


async def _more_from(update: Update, context: FairContext, exhibitor_id: str) -> None:
    t = context.t
    async with context.deps.db.read() as session:
        cards = await product_cards.by_exhibitor(session, exhibitor_id)
    if not cards:
        await send(update, context, t.gettext("This product is no longer in the catalog."))
        return
    heading = t.format("More from {name}:", name=cards[0].exhibitor(t.code))
    await send(update, context, heading, card_buttons(t, cards))


async def on_inline(update: Update, context: FairContext) -> None:
    """`@bot QUERY` in any chat: product cards to share, in the asker's language."""
    inline_query = update.inline_query
    assert inline_query is not None
    t = context.t
    text = inline_query.query.strip()
    results: list[InlineQueryResultArticle] = []
    if text:
        result = search(await current_index(context), parse_query(text), limit=INLINE_RESULTS)
        async with context.deps.db.read() as session:
            found = await product_cards.cards(session, [pid for pid, _ in result.hits])
        for product_id, _ in result.hits:
            card = found.get(product_id)
            if card is None:
                continue
            body = "\n".join(_card_lines(t, card))
            about = " · ".join(x for x in (card.exhibitor(t.code), price_line(t, card)) if x)
            results.append(
                InlineQueryResultArticle(
                    id=card.id, title=card.name(t.code)[:200],
                    description=about,
                    input_message_content=InputTextMessageContent(t.paragraphs(body)),
                )
            )  # fmt: skip
    try:
        # Personal: the results are in the asker's language, and Telegram would serve a
        # shared answer to anyone typing the same words.
        await inline_query.answer(results, cache_time=30, is_personal=True)
    except TelegramError as error:
        log.warning("answerInlineQuery failed: %s", error)


def _card_lines(t: Translator, card: Card) -> list[str]:
    lines = [
        f"<b>{t.value(card.name(t.code))}</b>",
        t.format("Exhibitor: {name}", name=card.exhibitor(t.code)),
    ]
    if card.hall or card.booth:
        lines.append(
            t.format("Hall {hall}, booth {booth}", hall=card.hall or "-", booth=card.booth or "-")
        )
    price = price_line(t, card)
    if price:
        lines.append(price)
    if card.moq:
        lines.append(
            t.format(
                "Minimum order: {quantity} {unit}", quantity=t.number(card.moq),
                unit=unit(t, card.moq_unit, card.moq),
            )
        )  # fmt: skip
    return lines


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("search", search_command))
    app.add_handler(CommandHandler("saved", saved_command))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(
        CallbackQueryHandler(
            on_button,
            pattern=pattern(
                "s.page", "s.filt", "s.fk", "s.card", "s.save", "s.unsave", "s.rm", "s.more"
            ),
        )
    )
