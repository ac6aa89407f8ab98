"""`bench.search`'s queries: drawn from the catalog (seeded), each with the product it
was made from, and the catalog's full matches of the multi-word and prefix ones."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

TARGET_VOCABULARY = 200_000  # distinct terms the `codes` variant reaches for
PER_KIND = 22
KINDS = ("exact", "typo1", "typo2", "multi", "prefix", "shuffled", "chinese", "other", "nohit")
WORD_KINDS = ("multi", "prefix")  # cut from a name: other names hold the same words
OTHER_LANGS = ("es", "fr", "ru", "ar", "pt", "ja")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
CONSONANTS = "bcdfghjklmnpqrstvwxz"


@dataclass
class Query:
    kind: str
    text: str
    line: int | None  # line number of the intended product (None: no hit expected)
    product_id: str | None
    name: str | None  # its English name
    index_ids: list[str] = field(default_factory=list)  # the index's top 10, once measured


class FullMatches:
    """For multi-word and prefix queries: the catalog's products, and distinct English
    names, holding every query word, counted while the feed streams (one pass)."""

    def __init__(self, queries: list[Query]) -> None:
        self.queries = [q for q in queries if q.kind in WORD_KINDS]
        self.words = [q.text.lower().split() for q in self.queries]
        self.products = [0] * len(self.queries)
        self.names: list[set[str]] = [set() for _ in self.queries]
        self._number = {id(q): i for i, q in enumerate(self.queries)}
        self._by_word: dict[tuple[bool, str], list[int]] = {}
        for i, (q, words) in enumerate(zip(self.queries, self.words, strict=True)):
            for word in set(words):
                self._by_word.setdefault((q.kind == "prefix", word), []).append(i)

    def add(self, english: str) -> None:
        tokens = english.lower().split()
        near: set[int] = set()
        for token in tokens:  # prefix queries cut words to 4 or 5 letters
            for key in ((False, token), (True, token[:4]), (True, token[:5])):
                near.update(self._by_word.get(key, ()))
        for i in near:
            if self.holds(self.queries[i], tokens, self.words[i]):
                self.products[i] += 1
                self.names[i].add(english)

    @staticmethod
    def holds(query: Query, tokens: list[str], words: list[str]) -> bool:
        """Whether a name's words hold every word of the query."""
        if query.kind == "prefix":
            return all(any(t.startswith(w) for t in tokens) for w in words)
        return all(w in tokens for w in words)

    def by_words(self, query: Query, names: list[str]) -> bool:
        """The top names are all full matches, as many as there are (up to 10)."""
        i = self._number[id(query)]
        full = sum(self.holds(query, name.lower().split(), self.words[i]) for name in names)
        return full >= min(10, self.products[i])

    def ambiguous(self, query: Query) -> bool:
        return len(self.names[self._number[id(query)]]) > 10


def augmenter(variant: str, products: int, seed: int) -> Any:
    """For `codes`: product line number -> "Brand MODEL-CODE" (or "") added to its name."""
    every = max(1, products // TARGET_VOCABULARY)

    def augment(number: int) -> str:
        if variant != "codes" or number % every:
            return ""
        digest = hashlib.blake2b(f"{seed}:{number}".encode(), digest_size=16).digest()
        size = 6 + digest[0] % 4
        brand = "".join(LETTERS[b % 26] for b in digest[1 : 1 + size])
        code = f"{LETTERS[digest[10] % 26]}{LETTERS[digest[11] % 26]}-"
        code += f"{int.from_bytes(digest[12:15]) % 10_000:04d}"
        return f"{brand.capitalize()} {code.upper()}"

    return augment


def add_to_name(record: dict[str, Any], extra: str) -> None:
    names = dict(record.get("name") or {})
    brand, code = extra.split()
    names["en"] = f"{brand} {names.get('en', '')} {code}".strip()
    record["name"] = names


def make_queries(catalog: Path, augment: Any, products: int, seed: int) -> list[Query]:
    """~200 queries from seeded sampled products, each with its intended product."""
    rng = random.Random(seed)
    lines = set(rng.sample(range(products), min(products, 600)))
    sampled: list[tuple[int, dict[str, Any]]] = []
    decode = msgspec.json.Decoder().decode
    with open(catalog / "products.jsonl", "rb") as fh:
        for number, line in enumerate(fh):
            if number in lines:
                record = decode(line)
                if record.get("deleted"):
                    continue
                extra = augment(number)
                if extra:
                    add_to_name(record, extra)
                sampled.append((number, record))
    queries: list[Query] = []
    for kind in KINDS:
        order = list(sampled)
        rng.shuffle(order)
        made = 0
        for number, record in order:
            if made == PER_KIND:
                break
            names = record.get("name") or {}
            if kind == "nohit":
                text = " ".join(
                    "".join(rng.choice(CONSONANTS) for _ in range(rng.randint(6, 9)))
                    for _ in range(rng.randint(1, 2))
                )
                queries.append(Query(kind, text, None, None, None))
                made += 1
                continue
            made_text = _query_text(kind, names, rng)
            if made_text:
                queries.append(Query(kind, made_text, number, record["id"], names.get("en", "")))
                made += 1
    return queries


def _query_text(kind: str, names: dict[str, str], rng: random.Random) -> str | None:
    english = names.get("en", "")
    words = english.split()
    if not words:
        return None
    if kind == "exact":
        return english
    if kind in ("typo1", "typo2"):
        long = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if not long:
            return None
        edits = 1 if kind == "typo1" else 2
        picks = (
            rng.sample(long, 2) if edits == 2 and len(long) >= 2 else [rng.choice(long)] * edits
        )
        typo = list(words)
        for i in picks:
            typo[i] = _substitute(typo[i], rng)
        return " ".join(typo)
    if kind == "multi":
        if len(words) < 3:
            return None
        size = rng.randint(2, min(3, len(words) - 1))
        start = rng.randrange(len(words) - size + 1)
        return " ".join(words[start : start + size])
    if kind == "prefix":
        long_words = [w for w in words if len(w) >= 5 and w.isalpha()]
        if len(long_words) < 2:
            return None
        return " ".join(w[: rng.randint(4, 5)] for w in rng.sample(long_words, 2))
    if kind == "shuffled":
        if len(words) < 2:
            return None
        shuffled = list(words)
        while shuffled == words:
            rng.shuffle(shuffled)
        return " ".join(shuffled)
    if kind == "chinese":
        return names.get("zh") or None
    if kind == "other":
        langs = [lang for lang in OTHER_LANGS if names.get(lang)]
        return names[rng.choice(langs)] if langs else None
    raise ValueError(kind)


def _substitute(word: str, rng: random.Random) -> str:
    """One character (not the first) replaced by a different letter."""
    i = rng.randrange(1, len(word))
    letter = rng.choice([c for c in LETTERS if c != word[i].lower()])
    return word[:i] + letter + word[i + 1 :]
