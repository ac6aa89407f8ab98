"""Plain values passed between query parsing, ranking and the bot."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.search.filters import Filters

#: Prefix of an alternative's key that names a filter bitmap instead of a term.
FILTER_KEY = "\x00"


@dataclass(frozen=True, slots=True)
class Slot:
    """One thing a result should contain: a query word, or one English word of a phrase.

    A doc covers the slot if it has every term of any alternative; alternatives carry a
    weight (exact word 1.0, a looser reading less). `word`, when set, is the typed word
    the ranker may also expand by prefix and by typos.
    """

    text: str  # as typed (normalised), for display and re-ranking
    alternatives: tuple[tuple[tuple[str, ...], float], ...]
    word: str | None = None  # raw normalised word for prefix/typo expansion
    key: str | None = None  # its folded key (the exact term)
    last: bool = False  # the query's last word: may be unfinished, so prefix-match it
    english: str = ""  # English rendering of a glossary phrase, for re-ranking


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into slots and filters; `parse_query` makes these."""

    raw: str
    slots: tuple[Slot, ...]
    filters: Filters = field(default_factory=Filters)
    lang: str = "en"  # language of the query words, guessed from script and glossary
    text: str = ""  # normalised words without the filter phrases
    category_hint: str | None = None  # a category word used alongside product words

    @property
    def terms(self) -> list[str]:
        """The query words, as typed (normalised), one per slot."""
        return list(dict.fromkeys(s.text for s in self.slots))

    @property
    def empty(self) -> bool:
        return not self.slots and not self.filters


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One page of hits, best first, with what to offer when nothing matched."""

    hits: list[tuple[str, float]]  # (product id, score in 0..1)
    total: int  # how many products match (an estimate once filters cut a bucket)
    did_you_mean: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # nearest top-category keys
    partial: bool = False  # no product has enough of the words: these have fewer
