"""Search results in the chat: a page of products, paging in place, and filter menus.

Paging and filter buttons carry the search's log id, offset and chosen filters,
all three sealed with an HMAC of the reader's id, so a forged or another user's
button is refused without storing any paging state. A sealed offset past the
results (the catalog shrank since) shows their last page. Every button edits the one results
message: pages replace its text, filter menus only its keyboard.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update

from bot.i18n import Translator
from bot.search import SearchIndex, SearchResult, facet_counts, parse_query, search
from bot.services import product_cards, searches
from bot.services.product_cards import Card
from handlers.callbacks import pack
from handlers.context import FairContext
from handlers.replies import answer, edit, edit_markup, inline, stale
from handlers.search_filters import (
    KINDS,
    Choice,
    kind_name,
    option_filters,
    option_label,
    ranked_options,
    summary,
)

PAGE = 5
MAX_RESULTS = 2000  # paging stops there: nobody reads further, and offsets stay small
_NUMBER = re.compile(r"^(0|[1-9][0-9]{0,17})$")


@dataclass(frozen=True, slots=True)
class Spot:
    """Where a results message is: which search, which page, which filters."""

    search_id: int
    offset: int
    choice: Choice

    def arg(self, context: FairContext, user_id: int, *extra: str) -> str:
        """The button argument for this spot, sealed for `user_id`."""
        seal = _seal(context, user_id, self.search_id, self.offset, self.choice.code)
        return ".".join((str(self.search_id), str(self.offset), self.choice.code, seal, *extra))

    def moved(self, offset: int, choice: Choice | None = None) -> Spot:
        return Spot(self.search_id, offset, self.choice if choice is None else choice)


def _spot(context: FairContext, user_id: int, arg: str) -> tuple[Spot, list[str]] | None:
    """The spot a button names, with any extra fields; None when forged or malformed."""
    parts = arg.split(".")
    if len(parts) < 4 or not _NUMBER.match(parts[0]) or not _NUMBER.match(parts[1]):
        return None
    choice = Choice.parse(parts[2])
    search_id, offset = int(parts[0]), int(parts[1])
    if choice is None or not hmac.compare_digest(
        parts[3], _seal(context, user_id, search_id, offset, choice.code)
    ):
        return None
    if offset % PAGE or offset >= MAX_RESULTS:
        return None
    return Spot(search_id, offset, choice), parts[4:]


async def on_results(update: Update, context: FairContext, action: str, arg: str) -> None:
    """Paging, the filter menu, and one filter kind's options: all edit the results."""
    query = update.callback_query
    assert query is not None
    found = _spot(context, query.from_user.id, arg)
    async with context.deps.db.read() as session:
        text_of_search = (
            None if found is None else await searches.query_of(session, found[0].search_id)
        )
    if found is None or text_of_search is None:
        await stale(query, context)
        return
    spot, extra = found
    if action == "s.fk" and (len(extra) != 1 or extra[0] not in KINDS):
        await stale(query, context)
        return
    await answer(query)
    user_id = query.from_user.id
    if action == "s.page":
        text, markup = await page(context, user_id, spot, text_of_search)
        await edit(query, context, text, markup)
    elif action == "s.filt":
        await edit_markup(query, context, _filter_menu(context, user_id, spot))
    else:
        menu = await _kind_menu(context, user_id, spot, text_of_search, extra[0])
        await edit_markup(query, context, menu)


async def page(
    context: FairContext,
    user_id: int,
    spot: Spot,
    query: str,
    result: SearchResult | None = None,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """One page of results: a line per product, a button per product, Previous / Next,
    and the filter buttons. `result` is the page when the caller has it already."""
    t = context.t
    if result is None:
        parsed = spot.choice.apply(parse_query(query))
        index = await current_index(context)
        result = search(index, parsed, limit=PAGE, offset=spot.offset)
        if not result.hits and spot.offset > _last_offset(result.total):
            spot = spot.moved(_last_offset(result.total))
            result = search(index, parsed, limit=PAGE, offset=spot.offset)
    offset = spot.offset
    async with context.deps.db.read() as session:
        found = await product_cards.cards(session, [pid for pid, _ in result.hits])
    cards = [found[pid] for pid, _ in result.hits if pid in found]
    chosen = summary(t, spot.choice)
    filter_row = _filter_row(context, user_id, spot)
    if not cards:
        lines = [t.format("Nothing found for “{query}”.", query=query[:100])]
        if chosen:
            lines.append(chosen)
        if result.did_you_mean:
            lines.append(t.format("Did you mean: {words}?", words=", ".join(result.did_you_mean)))
        return "\n".join(lines), inline([filter_row]) if spot.choice else None
    pages = max(1, -(-result.total // PAGE))
    lines = [
        "<b>" + t.format("Results for “{query}”: {count}", query=query[:100],
                         count=t.number(result.total)) + "</b>",
        *([chosen] if chosen else []),
        t.format("Page {page} of {pages}", page=t.number(offset // PAGE + 1),
                 pages=t.number(pages)),
        "",
    ]  # fmt: skip
    for number, card in enumerate(cards, offset + 1):
        lines.append(f"{number}. {t.value(card.name(t.code))} — {t.value(card.exhibitor(t.code))}")
        price = price_line(t, card)
        if price:
            lines.append("    " + price)
    rows = card_buttons(t, cards, offset + 1).inline_keyboard
    turn = []
    if offset > 0:
        turn.append(
            (
                t.gettext("« Previous"),
                pack("s.page", spot.moved(offset - PAGE).arg(context, user_id)),
            )
        )
    if offset + PAGE < min(result.total, MAX_RESULTS):
        turn.append(
            (t.gettext("Next »"), pack("s.page", spot.moved(offset + PAGE).arg(context, user_id)))
        )
    buttons = [[(b.text, str(b.callback_data)) for b in row] for row in rows]
    return "\n".join(lines), inline([*buttons, *([turn] if turn else []), filter_row])


def _last_offset(total: int) -> int:
    """The offset of the last page of `total` results (0 when there are none)."""
    return max(0, min(total, MAX_RESULTS) - 1) // PAGE * PAGE


def _filter_row(context: FairContext, user_id: int, spot: Spot) -> list[tuple[str, str]]:
    """Under the results: open the filter menu, and clear the filters when there are some."""
    t = context.t
    row = [(t.gettext("⚙ Filters"), pack("s.filt", spot.arg(context, user_id)))]
    if spot.choice:
        cleared = spot.moved(0, Choice())
        row.append((t.gettext("✖ Clear filters"), pack("s.page", cleared.arg(context, user_id))))
    return row


def _filter_menu(context: FairContext, user_id: int, spot: Spot) -> InlineKeyboardMarkup:
    """A button per filter kind, saying what is chosen; back to the results."""
    t = context.t
    rows = []
    for kind in KINDS:
        number = getattr(spot.choice, kind)
        chosen = option_label(t, kind, number) if number else t.gettext("any")
        label = t.format("{kind}: {chosen}", kind=kind_name(t, kind), chosen=chosen)
        rows.append([(label, pack("s.fk", spot.arg(context, user_id, kind)))])
    rows.append([(t.gettext("« Back to the results"), pack("s.page", spot.arg(context, user_id)))])
    return inline(rows)


async def _kind_menu(
    context: FairContext, user_id: int, spot: Spot, query: str, kind: str
) -> InlineKeyboardMarkup:
    """The options of one kind that keep some results, each with how many it keeps."""
    t = context.t
    parsed = spot.choice.without(kind, parse_query(query))
    counts = facet_counts(await current_index(context), parsed, option_filters(kind))
    rows = []
    for number, count in ranked_options(kind, counts):
        label = t.format("{option} ({count})", option=option_label(t, kind, number),
                         count=t.number(count))  # fmt: skip
        target = spot.moved(0, spot.choice.with_option(kind, number))
        rows.append([(label, pack("s.page", target.arg(context, user_id)))])
    anything = spot.moved(0, spot.choice.with_option(kind, 0))
    rows.append([(t.gettext("Any"), pack("s.page", anything.arg(context, user_id)))])
    rows.append([(t.gettext("« Back"), pack("s.filt", spot.arg(context, user_id)))])
    return inline(rows)


def card_buttons(
    t: Translator, cards: list[Card], first: int | None = None
) -> InlineKeyboardMarkup:
    """A button per card, labelled with its name. Names that repeat ("Bluetooth speaker"
    from five exhibitors) are told apart: in a numbered list (`first` is the first card's
    number) by their number, elsewhere by their price, and by position if still alike."""
    labels = [card.name(t.code)[:60] for card in cards]
    if first is None:
        labels = [
            f"{label} · {t.money(card.price_min, card.currency)}"
            if labels.count(label) > 1 and card.price_min is not None and card.currency
            else label
            for label, card in zip(labels, cards, strict=True)
        ]
        first = 1
    labels = [
        f"{number}. {label}" if labels.count(label) > 1 else label
        for number, label in enumerate(labels, first)
    ]
    rows = [[(label, pack("s.card", card.id))] for label, card in zip(labels, cards, strict=True)]
    return inline(rows)


def price_line(t: Translator, card: Card) -> str:
    if card.price_min is None or not card.currency:
        return ""
    low = t.money(card.price_min, card.currency)
    if card.price_max is None or card.price_max == card.price_min:
        return t.format("Price: {price}", price=low)
    return t.format("Price: {low} – {high}", low=low, high=t.money(card.price_max, card.currency))  # noqa: RUF001 - a range takes an en dash


def _seal(context: FairContext, user_id: int, search_id: int, offset: int, code: str) -> str:
    """The HMAC over everything a button names, for this reader only."""
    secret = context.deps.settings.require_badge_secret()
    message = f"page:{user_id}:{search_id}:{offset}:{code}".encode()
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    return base64.b32encode(digest[:5]).decode()


async def current_index(context: FairContext) -> SearchIndex:
    return await context.deps.index.current()
