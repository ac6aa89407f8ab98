"""Filter buttons under search results: category, price ceiling, MOQ ceiling, province.

The chosen filters travel in the buttons as a four-character code, one base-36 digit
per kind (an index into that kind's options below, 0 for "any"), sealed with the
paging buttons' HMAC, so no filter state is stored and a forged code is refused.
Option lists only ever grow at the end: a code keeps its meaning across releases.
Filters typed in the query ("chair under 20 usd") stay; a button of the same kind
replaces the typed one.
"""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass

from bot.i18n import Translator
from bot.search import Filters, ParsedQuery
from bot.services.categories import category_keys, category_label
from bot.services.provinces import province_keys, province_label

PRICE_CEILINGS_USD = (1, 5, 20, 100, 500)
MOQ_CEILINGS = (10, 100, 500, 1000, 5000)
CATEGORIES = category_keys()
PROVINCES = province_keys()
#: Filter kinds, as their letter in buttons, in the order the menu lists them.
KINDS = ("c", "p", "q", "r")
MAX_PROVINCES = 8
_DIGITS = string.digits + string.ascii_lowercase


@dataclass(frozen=True, slots=True)
class Choice:
    """The filters a buyer picked by buttons, as option numbers (0: any)."""

    c: int = 0  # category, 1-based into CATEGORIES
    p: int = 0  # price ceiling, into PRICE_CEILINGS_USD
    q: int = 0  # MOQ ceiling, into MOQ_CEILINGS
    r: int = 0  # province, into PROVINCES

    @classmethod
    def parse(cls, code: str) -> Choice | None:
        """The choice a button's code names, or None for a code this release never made."""
        if len(code) != len(KINDS) or any(ch not in _DIGITS for ch in code):
            return None
        numbers = [_DIGITS.index(ch) for ch in code]
        if any(n > _option_count(kind) for kind, n in zip(KINDS, numbers, strict=True)):
            return None
        return cls(*numbers)

    @property
    def code(self) -> str:
        return "".join(_DIGITS[getattr(self, kind)] for kind in KINDS)

    def __bool__(self) -> bool:
        return any(getattr(self, kind) for kind in KINDS)

    def with_option(self, kind: str, number: int) -> Choice:
        return dataclasses.replace(self, **{kind: number})

    def apply(self, parsed: ParsedQuery) -> ParsedQuery:
        """The query with these filters in place of the typed ones of the same kinds."""
        f = parsed.filters
        merged = Filters(
            max_price_usd=float(PRICE_CEILINGS_USD[self.p - 1]) if self.p else f.max_price_usd,
            max_moq=MOQ_CEILINGS[self.q - 1] if self.q else f.max_moq,
            province=PROVINCES[self.r - 1] if self.r else f.province,
            category=CATEGORIES[self.c - 1] if self.c else f.category,
        )
        return dataclasses.replace(parsed, filters=merged)

    def without(self, kind: str, parsed: ParsedQuery) -> ParsedQuery:
        """The query with no filter of `kind` at all, typed or chosen (for its facet)."""
        applied = self.with_option(kind, 0).apply(parsed)
        field = {"c": "category", "p": "max_price_usd", "q": "max_moq", "r": "province"}[kind]
        return dataclasses.replace(
            applied, filters=dataclasses.replace(applied.filters, **{field: None})
        )


def _option_count(kind: str) -> int:
    """How many options a kind has."""
    return {"c": len(CATEGORIES), "p": len(PRICE_CEILINGS_USD), "q": len(MOQ_CEILINGS),
            "r": len(PROVINCES)}[kind]  # fmt: skip


def option_filters(kind: str) -> dict[int, Filters]:
    """Each option of a kind (by number) as filters, to count what each would keep."""
    if kind == "c":
        return {n: Filters(category=key) for n, key in enumerate(CATEGORIES, 1)}
    if kind == "r":
        return {n: Filters(province=key) for n, key in enumerate(PROVINCES, 1)}
    if kind == "p":
        return {n: Filters(max_price_usd=float(v)) for n, v in enumerate(PRICE_CEILINGS_USD, 1)}
    return {n: Filters(max_moq=v) for n, v in enumerate(MOQ_CEILINGS, 1)}


def kind_name(t: Translator, kind: str) -> str:
    return {
        "c": t.gettext("Category"), "p": t.gettext("Price"), "q": t.gettext("Minimum order"),
        "r": t.gettext("Province"),
    }[kind]  # fmt: skip


def option_label(t: Translator, kind: str, number: int) -> str:
    """What a button or the summary line says for one option."""
    if kind == "c":
        return t.gettext(category_label(CATEGORIES[number - 1]))
    if kind == "r":
        return t.gettext(province_label(PROVINCES[number - 1]))
    if kind == "p":
        return t.format("up to {price}", price=t.money(PRICE_CEILINGS_USD[number - 1], "USD"))
    return t.format("MOQ up to {quantity}", quantity=t.number(MOQ_CEILINGS[number - 1]))


def summary(t: Translator, choice: Choice) -> str:
    """One line naming the chosen filters, or "" when there are none."""
    labels = [option_label(t, k, getattr(choice, k)) for k in KINDS if getattr(choice, k)]
    return t.format("Filters: {filters}", filters=" · ".join(labels)) if labels else ""


def ranked_options(kind: str, counts: dict[int, int]) -> list[tuple[int, int]]:
    """(option, count) worth offering: those that keep something; categories and
    provinces by count (provinces capped), price and MOQ ceilings in their order."""
    kept = [(n, c) for n, c in counts.items() if c]
    if kind in ("c", "r"):
        kept.sort(key=lambda item: (-item[1], item[0]))
    return kept[:MAX_PROVINCES] if kind == "r" else kept
