"""What to offer when a search finds nothing, or too little: spellings the catalog uses
for the words no product holds, and the top categories the query is spelled like."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import islice

from rapidfuzz import fuzz, process

from bot.search.glossary import load_glossary
from bot.search.index import SearchIndex
from bot.search.model import ParsedQuery, Slot
from bot.search.text import iter_tokens, query_keys


def suggest(
    index: SearchIndex, parsed: ParsedQuery, covered: Sequence[bool]
) -> tuple[list[str], list[str]]:
    """Corrections from the catalog's vocabulary for the words no product holds
    (`covered`: a flag per slot of `parsed`), and the nearest top categories. A word no
    catalog word is near is dropped from the correction ("xqzvvtrplk borme" suggests
    "borne" alone); `ranking` keeps only the suggestions that find something."""
    words: list[str] = []
    alternatives: list[str] = []
    changed = False
    for slot, found in zip(parsed.slots, covered, strict=True):
        if found or slot.word is None or slot.key is None:
            words.append(slot.english or slot.text)
            continue
        near = _nearest_terms(index, slot)
        if near:  # a word with no catalog word near it is left out, not echoed
            words.append(near[0])
            alternatives.extend(near[1:])
        changed = True
    suggestions = [" ".join(dict.fromkeys(words))] if changed and words else []
    if parsed.filters and parsed.text and not changed:
        suggestions.append(parsed.text)  # the words alone, without the filters
    suggestions.extend(a for a in alternatives if a not in suggestions)
    return suggestions[:4], _nearest_categories(parsed.text)


def _nearest_terms(index: SearchIndex, slot: Slot) -> list[str]:
    """Up to 3 catalog words nearest to a word that matched nothing, commonest first."""
    word, key = slot.word or "", slot.key or ""
    found: dict[int, int] = {}
    for form in dict.fromkeys((key, word)):
        for tid, dist in index.terms.fuzzy(form, 2 if len(form) >= 4 else 1):
            found[tid] = min(dist, found.get(tid, 9))
    terms = index.terms.terms

    def closeness(t: int) -> tuple[int, float, int, int]:
        return (found[t], -fuzz.ratio(word, terms[t]), -len(index.postings.get(t)), t)

    ranked = sorted(found, key=closeness)
    return list(dict.fromkeys(_surface(index, t) for t in ranked[:3]))


def _surface(index: SearchIndex, tid: int) -> str:
    """A term as written in a product name ("knif" -> "knife"), for display."""
    term = index.terms.terms[tid]
    for doc in islice(index.postings.get(tid) - index.deleted, 3):
        for name in index.doc_names(doc).values():
            for token, cjk in iter_tokens(name):
                if not cjk and term in query_keys(token):
                    return token
    return term


@functools.cache
def _category_names() -> tuple[list[str], list[str]]:
    names, keys = [], []
    for key, variants in load_glossary().categories.items():
        for name in variants:
            names.append(name)
            keys.append(key)
    return names, keys


def _nearest_categories(text: str, limit: int = 3) -> list[str]:
    """Top categories whose name (any language) is spelled like the query or one of its
    words; whole-string similarity, so short junk does not "match" everything."""
    names, keys = _category_names()
    scores: dict[str, float] = {}
    probes = {text.strip(), *(w for w in text.split() if len(w) >= 4)}
    for probe in (p for p in probes if len(p) >= 3):
        for _, score, i in process.extract(
            probe, names, scorer=fuzz.ratio, limit=10, score_cutoff=75
        ):
            scores[keys[i]] = max(score, scores.get(keys[i], 0.0))
    return sorted(scores, key=lambda k: -scores[k])[:limit]
