"""Parse what a buyer typed into slots and filters, and search the index with it.

`parse_query` never raises and never does work proportional to hostile input: text is
cut to `MAX_CHARS` and to `MAX_SLOTS` words before any lookup. Quotes, `*`, `NEAR`,
`OR`, `-`, `^`, SQL and emoji are just text here: punctuation separates words and
nothing is ever passed to a query language, so there is nothing to inject into.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TypeVar

from bot.search.filters import Filters, extract_filters
from bot.search.glossary import Match, load_glossary
from bot.search.index import SearchIndex
from bot.search.model import FILTER_KEY, ParsedQuery, SearchResult, Slot
from bot.search.text import (
    cjk_bigrams,
    has_kana,
    has_thai,
    is_cjk,
    iter_tokens,
    normalize,
    query_keys,
    split_compound,
)

__all__ = ["Filters", "ParsedQuery", "SearchResult", "facet_counts", "parse_query", "search"]

Option = TypeVar("Option")  # a facet option's key, whatever the caller numbers them by
MAX_CHARS = 512
MAX_SLOTS = 12
_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: Full-text-search operators people paste from other search boxes: just noise here.
_OPERATORS = re.compile(r"\b(?:AND|OR|NOT|NEAR)\b")
_ARABIC = re.compile("[\u0600-\u06ff]")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")


def parse_query(text: object) -> ParsedQuery:
    """Slots and filters of a free-text query in any shipped language (see module doc)."""
    raw = text[:MAX_CHARS] if isinstance(text, str) else ""
    filters, rest = extract_filters(normalize(_OPERATORS.sub(" ", raw)))
    builder = _Builder()
    units: list[tuple[str, str, bool]] = []  # (lookup key, token as typed, is CJK)
    for token, cjk in iter_tokens(rest):
        if cjk:
            units.append((token, token, True))
        else:
            units.extend((key, token, False) for key in query_keys(token))
        if len(units) >= MAX_SLOTS * 2:
            break
    keys = [u[0] for u in units]
    glossary = load_glossary()
    i = 0
    while i < len(units):
        found = glossary.match_words(keys, i)
        if found is not None:
            length, match = found
            typed = units[i : i + length]
            orig = tuple(k for k, _, cjk in typed for k in (cjk_bigrams(k) if cjk else [k]))
            builder.concept(match, " ".join(t for _, t, _ in typed), orig)
            i += length
            continue
        key, token, cjk = units[i]
        if cjk:
            for piece, hit in glossary.segment_cjk(key):
                if hit is None:
                    builder.cjk(piece)
                else:
                    builder.concept(hit, piece, tuple(cjk_bigrams(piece)))
        else:
            builder.word(key, token)
        i += 1
    return builder.result(raw, filters, rest)


class _Builder:
    """Accumulates slots while `parse_query` walks the tokens."""

    def __init__(self) -> None:
        self.slots: list[Slot] = []
        self.langs: list[str] = []
        self.categories: list[tuple[str, str, tuple[str, ...]]] = []

    def word(self, key: str, token: str) -> None:
        alternatives: list[tuple[tuple[str, ...], float]] = [((key,), 1.0)]
        parts = split_compound(token)
        if len(parts) > 1:
            alternatives.append((tuple(parts), 0.9))
        typo_ok = not any(c.isdigit() for c in key)
        self.slots.append(Slot(token, tuple(alternatives), token if typo_ok else None, key))

    def cjk(self, piece: str) -> None:
        if len(piece) == 1:
            self.slots.append(Slot(piece, (((piece,), 1.0),)))
            return
        for gram in cjk_bigrams(piece):
            self.slots.append(Slot(gram, (((gram,), 1.0), ((gram[0], gram[1]), 0.5))))

    def concept(self, match: Match, typed: str, orig: tuple[str, ...]) -> None:
        concept = match.concept
        if match.lang != "en":
            self.langs.append(match.lang)
        if concept.category is not None:
            self.categories.append((concept.category, typed, orig))
            return
        own = (orig, 1.0)
        if len(concept.targets) == 1 and len(concept.targets[0]) > 1:
            for term in concept.targets[0]:
                alts = _unique([((term,), 1.0), own])
                self.slots.append(Slot(typed, alts, english=concept.label))
        else:
            alts = _unique([*((t, 1.0) for t in concept.targets), own])
            # One typed word stays a word too: "porta" (a door) may be "portable" begun.
            word = typed if len(orig) == 1 and typed.isalpha() else None
            key = orig[0] if word else None
            self.slots.append(Slot(typed, alts, word, key, english=concept.label))

    def result(self, raw: str, filters: Filters, rest: str) -> ParsedQuery:
        unique = {(s.alternatives, s.word): s for s in reversed(self.slots)}  # "chair chair"
        slots = list(reversed(unique.values()))[:MAX_SLOTS]
        hint = None
        if self.categories:
            key, typed, orig = self.categories[0]
            if not slots and filters.category is None:
                filters = replace(filters, category=key)
            else:
                hint = key
                alts = _unique([((f"{FILTER_KEY}c:{key}",), 0.8), (orig, 1.0)])
                slots.append(Slot(typed, alts))
        for n in range(len(slots) - 1, -1, -1):
            if slots[n].word is not None:
                slots[n] = replace(slots[n], last=True)
                break
        text = " ".join(s.text for s in slots) or rest.strip()
        return ParsedQuery(raw, tuple(slots), filters, _language(self.langs, rest), text, hint)


def _unique(
    alts: list[tuple[tuple[str, ...], float]],
) -> tuple[tuple[tuple[str, ...], float], ...]:
    seen: dict[tuple[str, ...], float] = {}
    for terms, weight in alts:
        if terms and weight > seen.get(terms, -1.0):
            seen[terms] = weight
    return tuple(seen.items())


def _language(langs: list[str], text: str) -> str:
    if langs:
        return langs[0]
    if has_thai(text):
        return "th"
    if any(is_cjk(c) for c in text):
        return "ja" if has_kana(text) else "zh"
    if _HANGUL.search(text):
        return "ko"
    if _DEVANAGARI.search(text):
        return "hi"
    if _CYRILLIC.search(text):
        return "ru"
    if _ARABIC.search(text):
        return "ar"
    return "en"


def facet_counts(
    index: SearchIndex, parsed: ParsedQuery, options: Mapping[Option, Filters]
) -> dict[Option, int]:
    """How many matches each option's filters keep (see `bot.search.ranking`)."""
    from bot.search.ranking import facet_counts as counts

    return counts(index, parsed, options)


def search(
    index: SearchIndex, parsed: ParsedQuery, limit: int = 10, offset: int = 0
) -> SearchResult:
    """The `limit` best products after `offset` (see `bot.search.ranking`)."""
    from bot.search.ranking import run_search

    return run_search(index, parsed, max(0, min(int(limit), 100)), max(0, int(offset)))
