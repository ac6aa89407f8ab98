"""Product search in the chat: results with paging, product cards, saving, /saved.

Any text outside a flow is a search. Paging buttons carry the search's log id
and offset, sealed with an HMAC of the reader's id, so a forged or another
user's button is refused without storing any paging state.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
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
from bot.search import SearchIndex, parse_query, search
from bot.services import catalog_search, product_cards, saved, searches
from bot.services.product_cards import Card
from handlers import meetings
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, edit, inline, send, stale

log = logging.getLogger(__name__)

PAGE = 5
INLINE_RESULTS = 10
INDEX_KEY = "search_index"


async def search_command(update: Update, context: FairContext) -> None:
    """/search QUERY, or a hint on how to search."""
    query = " ".join(context.args or [])
    if not query.strip():
        await send(
            update, context,
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
    result = search(await _index(context), parse_query(query), limit=PAGE)
    async with deps.db.write() as session:
        search_id = await searches.record(
            session, user.id, t.code, query, result.total, deps.clock.now()
        )
    text, markup = await _page(context, user.id, search_id, query, 0)
    await send(update, context, text, markup)


async def on_button(update: Update, context: FairContext) -> None:
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    action = callback.action
    if action == "s.page":
        await _turn_page(update, context, callback.arg)
    elif action == "s.card":
        await answer(query)
        await _send_card(update, context, callback.arg)
    elif action == "s.save":
        await _save(update, context, callback.arg)
    elif action == "s.more":
        await answer(query)
        await _more_from(update, context, callback.arg)


async def saved_command(update: Update, context: FairContext) -> None:
    """/saved: the buyer's saved products, each a button to its card."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    async with deps.db.read() as session:
        ids = await saved.product_ids(session, user.id)
        found = await product_cards.cards(session, ids)
    if not ids:
        await send(
            update,
            context,
            t.gettext("You have not saved any products yet. Type what you need to search."),
        )
        return
    cards = [found[i] for i in ids if i in found]
    await send(update, context, t.gettext("Your saved products:"), _card_buttons(t, cards))


async def _turn_page(update: Update, context: FairContext, arg: str) -> None:
    query = update.callback_query
    assert query is not None
    parts = arg.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        await stale(query, context)
        return
    search_id, offset = int(parts[0]), int(parts[1])
    if not hmac.compare_digest(parts[2], _seal(context, query.from_user.id, search_id)):
        await stale(query, context)
        return
    async with context.deps.db.read() as session:
        text_of_search = await searches.query_of(session, search_id)
    if text_of_search is None:
        await stale(query, context)
        return
    await answer(query)
    text, markup = await _page(context, query.from_user.id, search_id, text_of_search, offset)
    await edit(query, context, text, markup)


async def _page(
    context: FairContext, user_id: int, search_id: int, query: str, offset: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of results: a line per product, a button per product, Previous / Next."""
    t = context.t
    result = search(await _index(context), parse_query(query), limit=PAGE, offset=offset)
    async with context.deps.db.read() as session:
        found = await product_cards.cards(session, [pid for pid, _ in result.hits])
    cards = [found[pid] for pid, _ in result.hits if pid in found]
    if not cards:
        lines = [t.format("Nothing found for “{query}”.", query=query[:100])]
        if result.did_you_mean:
            lines.append(t.format("Did you mean: {words}?", words=", ".join(result.did_you_mean)))
        return "\n".join(lines), None
    pages = max(1, -(-result.total // PAGE))
    lines = [
        "<b>" + t.format("Results for “{query}”: {count}", query=query[:100],
                         count=t.number(result.total)) + "</b>",
        t.format("Page {page} of {pages}", page=t.number(offset // PAGE + 1),
                 pages=t.number(pages)),
        "",
    ]  # fmt: skip
    for number, card in enumerate(cards, offset + 1):
        lines.append(f"{number}. {t.value(card.name(t.code))} — {t.value(card.exhibitor(t.code))}")
        price = _price(t, card)
        if price:
            lines.append("    " + price)
    rows = _card_buttons(t, cards).inline_keyboard
    turn = []
    seal = _seal(context, user_id, search_id)
    if offset > 0:
        turn.append(
            (t.gettext("« Previous"), pack("s.page", f"{search_id}.{offset - PAGE}.{seal}"))
        )
    if offset + PAGE < min(result.total, 2000):
        turn.append((t.gettext("Next »"), pack("s.page", f"{search_id}.{offset + PAGE}.{seal}")))
    buttons = [[(b.text, str(b.callback_data)) for b in row] for row in rows]
    markup = inline([*buttons, turn] if turn else buttons)
    return "\n".join(lines), markup


async def _send_card(update: Update, context: FairContext, product_id: str) -> None:
    t = context.t
    async with context.deps.db.read() as session:
        card = (await product_cards.cards(session, [product_id])).get(product_id)
    if card is None:
        await send(update, context, t.gettext("This product is no longer in the catalog."))
        return
    lines = _card_lines(t, card)
    markup = inline(
        [
            [(t.gettext("⭐ Save"), pack("s.save", card.id))],
            [(t.gettext("🏭 More from this exhibitor"), pack("s.more", card.exhibitor_id))],
            [(t.gettext("📅 Book a meeting"), meetings.book_data(card.exhibitor_id, card.id))],
        ]
    )
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
            log.info("product photo not sent (%s), sending the card as text", error)
    await send(update, context, text, markup)


async def _save(update: Update, context: FairContext, product_id: str) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    try:
        async with deps.db.write() as session:
            added = await saved.save(session, query.from_user.id, product_id, deps.clock.now())
    except StaleAction:
        await answer(query, t.gettext("This product is no longer in the catalog."), alert=True)
        return
    await answer(query, t.gettext("Saved. See /saved.") if added else t.gettext("Already saved."))


async def _more_from(update: Update, context: FairContext, exhibitor_id: str) -> None:
    t = context.t
    async with context.deps.db.read() as session:
        cards = await product_cards.by_exhibitor(session, exhibitor_id)
    if not cards:
        await send(update, context, t.gettext("This product is no longer in the catalog."))
        return
    heading = t.format("More from {name}:", name=cards[0].exhibitor(t.code))
    await send(update, context, heading, _card_buttons(t, cards))


async def on_inline(update: Update, context: FairContext) -> None:
    """`@bot QUERY` in any chat: product cards to share, in the asker's language."""
    inline_query = update.inline_query
    assert inline_query is not None
    t = context.t
    text = inline_query.query.strip()
    results: list[InlineQueryResultArticle] = []
    if text:
        result = search(await _index(context), parse_query(text), limit=INLINE_RESULTS)
        async with context.deps.db.read() as session:
            found = await product_cards.cards(session, [pid for pid, _ in result.hits])
        for product_id, _ in result.hits:
            card = found.get(product_id)
            if card is None:
                continue
            body = "\n".join(_card_lines(t, card))
            about = " · ".join(x for x in (card.exhibitor(t.code), _price(t, card)) if x)
            results.append(
                InlineQueryResultArticle(
                    id=card.id, title=card.name(t.code)[:200],
                    description=about,
                    input_message_content=InputTextMessageContent(t.paragraphs(body)),
                )
            )  # fmt: skip
    try:
        await inline_query.answer(results, cache_time=30, is_personal=False)
    except TelegramError as error:
        log.warning("answerInlineQuery failed: %s", error)


def _card_buttons(t: Translator, cards: list[Card]) -> InlineKeyboardMarkup:
    return inline([[(card.name(t.code)[:60], pack("s.card", card.id))] for card in cards])


def _card_lines(t: Translator, card: Card) -> list[str]:
    lines = [
        f"<b>{t.value(card.name(t.code))}</b>",
        t.format("Exhibitor: {name}", name=card.exhibitor(t.code)),
    ]
    if card.hall or card.booth:
        lines.append(
            t.format("Hall {hall}, booth {booth}", hall=card.hall or "-", booth=card.booth or "-")
        )
    price = _price(t, card)
    if price:
        lines.append(price)
    if card.moq:
        lines.append(
            t.format(
                "Minimum order: {quantity} {unit}", quantity=t.number(card.moq),
                unit=card.moq_unit or "",
            )
        )  # fmt: skip
    return lines


def _price(t: Translator, card: Card) -> str:
    if card.price_min is None or not card.currency:
        return ""
    low = t.money(card.price_min, card.currency)
    if card.price_max is None or card.price_max == card.price_min:
        return t.format("Price: {price}", price=low)
    return t.format("Price: {low} – {high}", low=low, high=t.money(card.price_max, card.currency))  # noqa: RUF001 - a range takes an en dash


def _seal(context: FairContext, user_id: int, search_id: int) -> str:
    secret = context.deps.settings.require_badge_secret()
    digest = hmac.new(secret, f"page:{user_id}:{search_id}".encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:5]).decode()


async def _index(context: FairContext) -> SearchIndex:
    live: catalog_search.LiveIndex | None = context.application.bot_data.get(INDEX_KEY)
    if live is None:
        live = catalog_search.LiveIndex(context.deps.db)
        context.application.bot_data[INDEX_KEY] = live
    return await live.current()


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("search", search_command))
    app.add_handler(CommandHandler("saved", saved_command))
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(
        CallbackQueryHandler(on_button, pattern=pattern("s.page", "s.card", "s.save", "s.more"))
    )
