"""Two-stage ranking: bitmap coverage over the whole catalog, then fuzzy re-ranking.

Stage 1 turns each slot into a bitmap of the docs that cover it: exact terms, then the
prefix completions of every word ("water panel" may be a waterproof panel, "porta" is
Italian for a door and the start of "portable"), then 1-typo and (for long words)
2-typo neighbours, each at a lower weight. Bit-sliced counters over those bitmaps give, for
every doc, how many slots it covers, without touching docs one by one; the best
covered few thousand become candidates, heaviest readings first, and are scored by the
IDF-weighted sum of their best tier per slot (rare words weigh more). Stage 2 re-scores
the top few hundred by the readings their own name holds (a word met only in keywords,
the category or the company name counts less), the query as one phrase in the name,
and rapidfuzz similarity to the name in the query's language: coverage first, then
closeness. Copies of one name past the first two make room for its close variants.

Results are ordered by (score, doc id), so a page is a stable slice of one ordering.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice, product
from typing import TypeVar

from pyroaring import AbstractBitMap, BitMap, FrozenBitMap
from rapidfuzz import fuzz

from bot.search.filters import Filters, moq_bucket, price_bucket
from bot.search.index import SearchIndex
from bot.search.model import FILTER_KEY, ParsedQuery, SearchResult, Slot
from bot.search.query import parse_query
from bot.search.store import EMPTY
from bot.search.suggestions import suggest
from bot.search.text import normalized_terms

Option = TypeVar("Option")  # a facet option's key
CANDIDATES = 2000  # docs scored in stage 1
RERANK = 200  # docs re-ranked in stage 2
PREFIX_TERMS = 100
RARE = 1.0  # a word in fewer docs than this share may be the start of a commoner one
W_PREFIX, W_TYPO1, W_TYPO2 = 0.75, 0.6, 0.4
#: Shares of a re-ranked score: stage 1, the readings the name holds, the query's words
#: as one phrase in the name ("steel kettle" in "Stainless steel kettle 1.5L", not in
#: "Steel electric kettle"); the rest is rapidfuzz similarity to the name.
STAGE1_SHARE, NAME_SHARE, PHRASE_SHARE = 0.5, 0.3, 0.08
REPEAT_DECAY = 0.95  # a name's closeness, for each copy past KEPT_COPIES (`_varied`)
KEPT_COPIES = 2
MAX_CLASSES = 256  # score classes a coverage level is split into before taking candidates

Bitmap = BitMap | FrozenBitMap


@dataclass(slots=True)
class _Tier:
    """One reading of a slot: the docs having it, its weight, and the index terms that
    make it, so the re-ranker can tell whether a product's own name holds the word."""

    docs: Bitmap
    weight: float
    words: frozenset[str]  # any one of these terms is the reading
    phrases: tuple[tuple[str, ...], ...] = ()  # or all the terms of one of these


@dataclass(slots=True)
class _SlotMatch:
    tiers: list[_Tier]  # heaviest first
    union: Bitmap
    idf: float


@dataclass(slots=True)
class _Coverage:
    """Stage 1's verdict on the whole catalog: who covers how many of the query's slots."""

    matches: list[_SlotMatch]  # one per slot of the query
    live: list[_SlotMatch]  # those of slots the catalog covers at all
    levels: list[BitMap]  # levels[j]: allowed docs covering at least j + 1 live slots
    required: int  # slots a doc must cover to count as a match
    partial: bool  # fewer slots than the query has are required


def run_search(index: SearchIndex, parsed: ParsedQuery, limit: int, offset: int) -> SearchResult:
    if parsed.empty or not len(index):
        return SearchResult([], 0)
    allowed = _allowed(index, parsed.filters)
    if not parsed.slots:
        return _browse(index, parsed, allowed, limit, offset)
    coverage = _cover(index, parsed, allowed)
    if coverage.required == 0:
        suggestions, categories = suggest(index, parsed, _covered(coverage))
        return SearchResult([], 0, _finding(index, suggestions), categories)
    total = len(coverage.levels[coverage.required - 1])
    pool = _candidates(coverage.levels, coverage.required, coverage.live, index, parsed)
    ranked = _score(index, parsed, pool, coverage.live)
    page = ranked[offset : offset + limit]
    hits = [(index.product_id(d), round(score, 4)) for d, score in page]
    if coverage.partial:
        suggestions, categories = suggest(index, parsed, _covered(coverage))
        return SearchResult(hits, total, _finding(index, suggestions), categories, partial=True)
    return SearchResult(hits, total)


def _finding(index: SearchIndex, suggestions: list[str]) -> list[str]:
    """The suggestions that find something when searched: a suggestion that finds
    nothing either would only send the buyer round in circles."""
    return [text for text in suggestions if matched_docs(index, parse_query(text))]


def matched_docs(index: SearchIndex, parsed: ParsedQuery) -> BitMap:
    """The docs `run_search` counts in `total` (filters to bucket precision), for facets;
    with neither words nor filters, every live doc (what any one filter would browse)."""
    if not len(index):
        return BitMap()
    allowed = _allowed(index, parsed.filters)
    if not parsed.slots:
        return allowed
    coverage = _cover(index, parsed, allowed)
    return coverage.levels[coverage.required - 1] if coverage.required else BitMap()


def facet_counts(
    index: SearchIndex, parsed: ParsedQuery, options: Mapping[Option, Filters]
) -> dict[Option, int]:
    """For each option, how many of the query's matches its filters keep (a facet's
    counts: give `parsed` without that facet's own filter). The matches are those
    covering as many words as the best unfiltered ones, so an option whose products
    cover fewer counts none, though searching with it would offer them as partial."""
    base = matched_docs(index, parsed)
    return {name: base.intersection_cardinality(_allowed(index, f)) for name, f in options.items()}


def _cover(index: SearchIndex, parsed: ParsedQuery, allowed: BitMap) -> _Coverage:
    """Match every slot, count coverage, and settle how many slots a match needs
    (`required` 0: nothing matched at all)."""
    n_docs = max(1, len(index))
    matches = [_match_slot(index, slot, n_docs) for slot in parsed.slots]
    live = [m for m in matches if m.union]
    levels = _coverage([m.union & allowed for m in live])
    # Up to 3 words must all match; longer queries may miss a third of their words.
    required = len(live) if len(live) <= 3 else len(live) - len(live) // 3
    partial = len(live) < len(parsed.slots)
    top = max((j for j in range(len(levels)) if levels[j]), default=-1)
    if top + 1 < required:
        partial, required = True, top + 1
    return _Coverage(matches, live, levels, required, partial)


def _covered(coverage: _Coverage) -> list[bool]:
    """Per slot of the query, whether any product holds it."""
    return [bool(m.union) for m in coverage.matches]


# --- filters -------------------------------------------------------------------------


def _allowed(index: SearchIndex, f: Filters) -> BitMap:
    """Live docs passing the filters (price/MOQ to bucket precision; see `_passes`)."""
    allowed = index.live()
    if f.category:
        allowed = allowed & index.filters.get(f"c:{f.category}")
    if f.province:
        allowed = allowed & index.filters.get(f"p:{f.province}")
    if f.max_price_usd is not None:
        top = price_bucket(max(f.max_price_usd, 0.0))
        allowed = allowed & _union([index.filters.get(f"${b}") for b in range(1, top + 1)])
    if f.max_moq is not None:
        top = moq_bucket(f.max_moq)  # bucket 0, no MOQ stated, passes: nothing to exceed
        allowed = allowed & _union([index.filters.get(f"q{b}") for b in range(top + 1)])
    return allowed if isinstance(allowed, BitMap) else BitMap(allowed)


def _passes(index: SearchIndex, parsed: ParsedQuery, doc: int) -> bool:
    """Exact price/MOQ check for docs in a filter's boundary bucket."""
    f = parsed.filters
    if f.max_price_usd is not None and not index.price[doc] <= f.max_price_usd * 1.000001:
        return False
    return f.max_moq is None or index.moq[doc] <= f.max_moq


def _browse(
    index: SearchIndex, parsed: ParsedQuery, allowed: BitMap, limit: int, offset: int
) -> SearchResult:
    """Filters without words ("furniture under 50 usd"): filtered products in doc order."""
    docs = (d for d in allowed if _passes(index, parsed, d))
    page = [(index.product_id(d), 1.0) for d in islice(docs, offset, offset + limit)]
    return SearchResult(page, len(allowed))


# --- stage 1 -------------------------------------------------------------------------


def _resolve(index: SearchIndex, terms: tuple[str, ...]) -> Bitmap:
    """Docs having every term (a FILTER_KEY term names a filter bitmap)."""
    bitmaps: list[Bitmap] = []
    for term in terms:
        if term.startswith(FILTER_KEY):
            bm = index.filters.get(term[len(FILTER_KEY) :])
        else:
            bm = index.term_postings(term)
        if not bm:
            return EMPTY
        bitmaps.append(bm)
    if len(bitmaps) == 1:
        return bitmaps[0]
    return BitMap.intersection(*bitmaps) if bitmaps else EMPTY


def _match_slot(index: SearchIndex, slot: Slot, n_docs: int) -> _SlotMatch:
    tiers = [
        _exact_tier(bm, w, terms)
        for terms, w in slot.alternatives
        if (bm := _resolve(index, terms))
    ]
    if slot.word is not None and slot.key is not None:
        exact_df = max((len(t.docs) for t in tiers), default=0)
        tiers.extend(_expansions(index, slot, exact_df))
    tiers.sort(key=lambda t: -t.weight)
    if not tiers:
        return _SlotMatch([], EMPTY, 0.0)
    union = _union([t.docs for t in tiers])
    return _SlotMatch(tiers, union, math.log(1.0 + n_docs / (1.0 + len(union))))


def _exact_tier(docs: Bitmap, weight: float, terms: tuple[str, ...]) -> _Tier:
    """A slot alternative as a tier; a filter (a glossary category) no name can show."""
    if any(t.startswith(FILTER_KEY) for t in terms):
        return _Tier(docs, weight, frozenset())
    if len(terms) == 1:
        return _Tier(docs, weight, frozenset(terms))
    return _Tier(docs, weight, frozenset(), (terms,))


def _expansions(index: SearchIndex, slot: Slot, exact_df: int) -> list[_Tier]:
    """Prefix and typo tiers of a typed word (see the module doc for when each applies).

    Prefix completions are those of the word as typed ("rece" -> "recessed"), its
    singular key ("rec") only when the word has none: the key of an unfinished word
    is often a shorter stem that every "rec..." word would complete. The last word,
    the one being typed, is read as a typo only when nothing completes it: "coff" is
    the start of "coffee" rather than a slip for "cuff".
    """
    word, key = slot.word or "", slot.key or ""
    forms = list(dict.fromkeys((key, word)))
    terms = index.terms
    out: list[_Tier] = []
    if len(word) >= (2 if slot.last else 3):
        tids = terms.prefixed(word, PREFIX_TERMS) or terms.prefixed(key, PREFIX_TERMS)
        if tids:
            out.append(_expanded(index, tids, W_PREFIX))
            if slot.last:
                return out
    if exact_df < 3 and word.isalpha() and len(word) >= 4:
        near = {tid for f in forms for tid, _ in terms.fuzzy(f, 1)}
        if near:
            out.append(_expanded(index, near, W_TYPO1))
        elif len(word) >= 6:
            far = {tid for f in forms for tid, _ in terms.fuzzy(f, 2)}
            if far:
                out.append(_expanded(index, far, W_TYPO2))
    return out


def _expanded(index: SearchIndex, tids: Iterable[int], weight: float) -> _Tier:
    tids = list(tids)
    words = frozenset(index.terms.terms[t] for t in tids)
    return _Tier(_union([index.postings.get(t) for t in tids]), weight, words)


def _union(bitmaps: list[Bitmap]) -> Bitmap:
    """Union of any number of bitmaps (pyroaring's needs at least one)."""
    if not bitmaps:
        return EMPTY
    return bitmaps[0] if len(bitmaps) == 1 else BitMap.union(*bitmaps)


def _coverage(unions: Sequence[AbstractBitMap]) -> list[BitMap]:
    """levels[j] = docs in at least j + 1 of the bitmaps (bit-sliced counting)."""
    levels = [BitMap() for _ in unions]
    for count, bm in enumerate(unions):
        for j in range(count, 0, -1):
            levels[j] |= levels[j - 1] & bm
        levels[0] |= bm
    return levels


def _candidates(
    levels: list[BitMap],
    required: int,
    matches: list[_SlotMatch],
    index: SearchIndex,
    parsed: ParsedQuery,
) -> dict[int, float]:
    """Up to CANDIDATES docs and their stage-1 scores, best covered first; within a
    level, heaviest readings first."""
    pool: dict[int, float] = {}
    seen = BitMap()
    bounded = parsed.filters.max_price_usd is not None or parsed.filters.max_moq is not None
    for j in range(len(levels) - 1, required - 2, -1):
        tier = levels[j] - seen
        if not tier:
            continue
        seen |= tier
        for weight, part in _by_weight(tier, matches):
            room = CANDIDATES - len(pool)
            docs = islice(part, room * 2 if bounded else room)
            kept = [d for d in docs if _passes(index, parsed, d)] if bounded else list(docs)
            if weight is None:
                pool.update(_weights(BitMap(kept[:room]), matches))
            else:
                pool.update(dict.fromkeys(kept[:room], weight))
            if len(pool) >= CANDIDATES:
                return pool
    return pool


def _by_weight(docs: BitMap, matches: list[_SlotMatch]) -> Iterator[tuple[float | None, BitMap]]:
    """`docs` in classes of equal stage-1 score (each slot's best reading), best first,
    so the pool holds the "recessed" lights of "light rece" and not the first few
    thousand of the catalog's lights that only a typo reading of "rece" reaches.
    A query of too many slots and readings is one class of unknown score (None)."""
    slots: list[list[tuple[float, BitMap]]] = []
    for m in matches:
        done = BitMap()
        parts: list[tuple[float, BitMap]] = []
        for t in m.tiers:
            only = (docs & t.docs) - done
            if only:
                parts.append((t.weight * m.idf, only))
                done |= only
        if rest := docs - done:
            parts.append((0.0, rest))
        slots.append(parts)
    if math.prod(len(p) for p in slots) > MAX_CLASSES:
        yield None, docs
        return
    for combo in sorted(product(*slots), key=lambda c: -sum(w for w, _ in c)):
        part = BitMap.intersection(*(bm for _, bm in combo)) if len(combo) > 1 else combo[0][1]
        if part:
            yield sum(w for w, _ in combo), part


def _weights(docs: BitMap, matches: list[_SlotMatch]) -> dict[int, float]:
    """Stage-1 score of each doc: the IDF-weighted best reading of every slot."""
    score = dict.fromkeys(docs, 0.0)
    for m in matches:
        done = BitMap()
        for t in m.tiers:
            hit = (docs & t.docs) - done
            done |= hit
            gain = t.weight * m.idf
            for d in hit:
                score[d] += gain
    return score


def _score(
    index: SearchIndex, parsed: ParsedQuery, score: dict[int, float], matches: list[_SlotMatch]
) -> list[tuple[int, float]]:
    """Stage-2 re-ranking of the pool's head (`score`: stage 1's); best first."""
    total_idf = sum(m.idf for m in matches) or 1.0
    pool = list(score)
    first = sorted(pool, key=lambda d: (-score[d], d))
    head, tail = first[:RERANK], first[RERANK:]
    query = parsed.text
    english = " ".join(dict.fromkeys(s.english or s.text for s in parsed.slots))
    phrase = re.compile(rf"(?<!\w){re.escape(query)}(?!\w)") if " " in query else None
    closeness: dict[tuple[str, str], float] = {}  # catalogs repeat names: score each once
    scored: list[tuple[int, float, float, str]] = []
    for d in head:
        names = index.doc_names(d)
        en = names.get("en", "")
        own = names.get(parsed.lang) or en
        close = closeness.get((own, en))
        if close is None:
            terms = normalized_terms(own) if own == en else normalized_terms(f"{own} {en}")
            similarity = (_similarity(query, own) + _similarity(english, en)) / 2
            close = closeness[own, en] = (
                NAME_SHARE * _in_name(terms, matches) / total_idf
                + PHRASE_SHARE * (phrase is not None and phrase.search(own) is not None)
                + (1 - STAGE1_SHARE - NAME_SHARE - PHRASE_SHARE) * similarity / 100
            )
        scored.append((d, STAGE1_SHARE * score[d] / total_idf, close, own))
    ranked = _varied(scored)
    ranked.extend((d, STAGE1_SHARE * score[d] / total_idf) for d in tail)
    return ranked


def _varied(scored: list[tuple[int, float, float, str]]) -> list[tuple[int, float]]:
    """Best first, a name's closeness shrinking with each of its copies past the
    first KEPT_COPIES ranked above it.

    A fair's catalog repeats names ("Potato chips" from forty exhibitors): a first page
    of ten copies hides the "Sugar-free potato chips" the buyer may have meant, so the
    copies interleave with close variants. Only the closeness part shrinks, so the
    re-ranked head still scores above the tail.
    """
    seen: dict[str, int] = {}
    ranked: list[tuple[int, float]] = []
    for d, stage1, close, name in sorted(scored, key=lambda s: (-(s[1] + s[2]), s[0])):
        copies = seen[name] = seen.get(name, 0) + 1
        ranked.append((d, stage1 + close * REPEAT_DECAY ** max(0, copies - KEPT_COPIES)))
    ranked.sort(key=lambda item: (-item[1], item[0]))
    return ranked


def _in_name(terms: set[str], matches: list[_SlotMatch]) -> float:
    """The IDF-weighted readings a product's own name holds: a word met only in its
    keywords, category or company name counts in stage 1 but not here."""
    total = 0.0
    for m in matches:
        for t in m.tiers:
            if not t.words.isdisjoint(terms) or any(terms.issuperset(p) for p in t.phrases):
                total += t.weight * m.idf
                break
    return total


def _similarity(query: str, name: str) -> float:
    """0..100: the query's words found in the name, then how close the whole name is
    (so "coffee" prefers "Coffee mug" to "Instant coffee powder, 1 kg tin")."""
    return 0.8 * fuzz.token_set_ratio(query, name) + 0.2 * fuzz.ratio(query, name)
