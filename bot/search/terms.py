"""The term dictionary: exact, prefix and typo-tolerant lookup of index terms.

A 2M-product catalog has a few hundred thousand distinct terms (model codes, brands),
and each query word needs its near misses, so typo lookup must not scan them all.
Every term of 3+ characters is filed under its padded character bigrams ("^ca", "at",
"t$") in roaring bitmaps of term ids, and under its length. A word with `k` typos
still shares most bigrams with its target (one edit breaks at most 3, a transposition
included), so the candidates are the terms of length within `k` that share at least
that many bigrams: counted with a few bitmap operations (bit-sliced counters), then
verified exactly with rapidfuzz's optimal-string-alignment distance.
"""

from __future__ import annotations

import bisect
from array import array

from pyroaring import BitMap
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.search.store import BitmapList, SectionReader, SectionWriter
from bot.search.text import is_cjk

_MAX_LEN = 40
#: Above this many count-filtered candidates a word is too vague for typo matching.
_MAX_CANDIDATES = 20_000


def _grams(term: str) -> set[str]:
    padded = f"^{term}$"
    return {padded[i : i + 2] for i in range(len(padded) - 1)}


class TermDictionary:
    """Terms <-> ids, with prefix and typo lookup (see the module doc)."""

    def __init__(self) -> None:
        self.terms: list[str] = []
        self.ids: dict[str, int] = {}
        self._sorted: list[str] = []
        self._pending: list[int] = []
        self._gram_ids: dict[str, int] = {}
        self._grams = BitmapList()
        self._lengths = BitmapList()

    def __len__(self) -> int:
        return len(self.terms)

    def get(self, term: str) -> int | None:
        return self.ids.get(term)

    def add(self, term: str) -> int:
        """Id of `term`, adding it if new (filed for prefix/typo lookup at `finish`)."""
        tid = self.ids.get(term)
        if tid is not None:
            return tid
        tid = len(self.terms)
        self.terms.append(term)
        self.ids[term] = tid
        self._pending.append(tid)
        return tid

    def finish(self) -> None:
        """File terms added since the last call: once per batch, not once per term."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        by_gram: dict[str, list[int]] = {}
        by_length: dict[int, list[int]] = {}
        for tid in pending:
            term = self.terms[tid]
            if len(term) >= 3 and not is_cjk(term):
                by_length.setdefault(min(len(term), _MAX_LEN), []).append(tid)
                for gram in _grams(term):
                    by_gram.setdefault(gram, []).append(tid)
        for length, tids in by_length.items():
            self._lengths.extend(length, tids)
        for gram, tids in by_gram.items():
            gid = self._gram_ids.get(gram)
            if gid is None:
                gid = self._gram_ids[gram] = self._grams.append_empty()
            self._grams.extend(gid, tids)
        if len(pending) < 2000:
            for tid in pending:
                bisect.insort(self._sorted, self.terms[tid])
        else:
            self._sorted = sorted(self.terms)

    def prefixed(self, prefix: str, limit: int = 200) -> list[int]:
        """Ids of up to `limit` terms that start with `prefix` (excluding itself)."""
        self.finish()
        out: list[int] = []
        i = bisect.bisect_left(self._sorted, prefix)
        while i < len(self._sorted) and len(out) < limit:
            term = self._sorted[i]
            if not term.startswith(prefix):
                break
            if term != prefix:
                out.append(self.ids[term])
            i += 1
        return out

    def fuzzy(self, word: str, max_dist: int) -> list[tuple[int, int]]:
        """(term id, distance) of terms within `max_dist` edits of `word`, nearest first."""
        if len(word) < 3 or max_dist < 1 or is_cjk(word):
            return []
        self.finish()
        grams = [self._gram_ids.get(g) for g in _grams(word)]
        n = len(grams)
        need = max(1, n - 3) if max_dist == 1 else max(2, n - 2 * max_dist - 1)
        if need > n:
            return []
        lengths = BitMap()
        for length in range(len(word) - max_dist, len(word) + max_dist + 1):
            if 3 <= length <= _MAX_LEN:
                lengths |= self._lengths.get(length)
        if not lengths:
            return []
        # levels[j] holds the terms found in at least j + 1 of the word's bigrams.
        levels: list[BitMap] = [BitMap() for _ in range(need)]
        for gid in grams:
            if gid is None:
                continue
            hits = self._grams.get(gid) & lengths
            if not hits:
                continue
            for j in range(need - 1, 0, -1):
                levels[j] |= levels[j - 1] & hits
            levels[0] |= hits
        candidates = levels[need - 1]
        if not candidates or len(candidates) > _MAX_CANDIDATES:
            return []
        cand_ids = list(candidates)
        choices = [self.terms[t] for t in cand_ids]
        found = process.extract(
            word, choices, scorer=OSA.distance, score_cutoff=max_dist, limit=None
        )
        return sorted(((cand_ids[i], dist) for _, dist, i in found if dist > 0), key=_by_dist)

    # --- persistence --------------------------------------------------------------

    def write(self, writer: SectionWriter) -> None:
        self.finish()
        writer.add("terms", "\n".join(self.terms).encode())
        order = array("I", (self.ids[t] for t in self._sorted))
        writer.add("terms.sorted", order.tobytes())
        writer.add("grams", "\n".join(self._gram_ids).encode())
        writer.add_bitmaps("grams", self._grams)
        writer.add_bitmaps("lengths", self._lengths)

    @classmethod
    def read(cls, reader: SectionReader) -> TermDictionary:
        self = cls()
        text = bytes(reader.get("terms")).decode()
        self.terms = text.split("\n") if text else []
        self.ids = {t: i for i, t in enumerate(self.terms)}
        order = reader.array("terms.sorted", "I")
        self._sorted = [self.terms[i] for i in order]
        grams = bytes(reader.get("grams")).decode()
        self._gram_ids = {g: i for i, g in enumerate(grams.split("\n"))} if grams else {}
        self._grams = reader.bitmaps("grams")
        self._lengths = reader.bitmaps("lengths")
        return self


def _by_dist(item: tuple[int, int]) -> int:
    return item[1]
