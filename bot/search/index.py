"""`SearchIndex`: postings as roaring bitmaps plus compact per-product columns.

Doc ids are dense integers handed out in arrival order. A product that changes gets a
new doc id and its old one is tombstoned in `deleted` (postings are append-only),
so a sync updates the index in time proportional to what changed. Everything per doc
lives in `array` columns or byte blobs, never one Python object per product, which
keeps 2M products in a few hundred MB and lets `load` map the file and be done.
"""

from __future__ import annotations

import functools
import math
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any, cast

import numpy as np
from pyroaring import BitMap, FrozenBitMap

from bot.search.filters import canonical_province, moq_bucket, price_bucket, usd
from bot.search.idmap import IdMap
from bot.search.store import (
    EMPTY,
    BitmapList,
    Blob,
    KeyedBitmaps,
    SectionReader,
    SectionWriter,
)
from bot.search.terms import TermDictionary
from bot.search.text import TOKEN_RE, cjk_terms, index_terms, normalize, word_terms

FORMAT_VERSION = 1
_NAME_SEP, _LANG_SEP = "\x1e", "\x1f"
# Feed limits (docs/catalog-feed.md), enforced again so one bad row cannot bloat the index.
_MAX_NAME, _MAX_KEYWORDS = 300, 50
_SEPARATORS = str.maketrans({_NAME_SEP: " ", _LANG_SEP: " "})
_CACHE_LIMIT = 1_000_000


def _clean(text: str) -> str:
    """Names are stored joined by two control characters: keep those out of them."""
    return text.translate(_SEPARATORS) if _NAME_SEP in text or _LANG_SEP in text else text


@dataclass(frozen=True, slots=True)
class ProductDoc:
    """What the index needs of one product (built from DB rows or a feed record)."""

    id: str
    exhibitor_id: str
    category_id: str | None
    names: dict[str, str]
    keywords: list[str] = field(default_factory=list)
    price_min: float | None = None
    currency: str | None = None
    moq: int | None = None
    province: str | None = None
    exhibitor_name: str = ""

    @classmethod
    def from_rows(cls, product: Any, exhibitor: Any | None = None) -> ProductDoc:
        """From `bot.db.catalog.Product` (and its `Exhibitor`), duck-typed."""
        ex_names = getattr(exhibitor, "name", None) or {}
        price = product.price_min
        return cls(
            id=product.id,
            exhibitor_id=product.exhibitor_id,
            category_id=product.category_id,
            names=dict(product.name or {}),
            keywords=list(product.keywords or []),
            price_min=float(price) if price is not None else None,
            currency=product.currency,
            moq=product.moq,
            province=getattr(exhibitor, "province", None),
            exhibitor_name=english_name(ex_names),
        )

    @classmethod
    def from_feed(
        cls, record: dict[str, Any], exhibitor: dict[str, Any] | None = None
    ) -> ProductDoc:
        """From a feed product record (docs/catalog-feed.md) and its exhibitor record."""
        price = record.get("price") or {}
        moq = record.get("moq") or {}
        ex = exhibitor or {}
        low = price.get("min")
        return cls(
            id=record["id"],
            exhibitor_id=record.get("exhibitor_id", ""),
            category_id=record.get("category_id"),
            names=dict(record.get("name") or {}),
            keywords=list(record.get("keywords") or []),
            price_min=float(low) if low is not None else None,
            currency=price.get("currency"),
            moq=moq.get("quantity"),
            province=ex.get("province"),
            exhibitor_name=english_name(ex.get("name") or {}),
        )


def english_name(names: dict[str, str]) -> str:
    """The English company name (others would add ~20 CJK terms to every product)."""
    return names.get("en") or next(iter(names.values()), "")


@functools.lru_cache(maxsize=100_000)
def _field_terms(text: str) -> frozenset[str]:
    """Terms of a keyword, company name or category id: these repeat across products."""
    return frozenset(index_terms(text.replace("_", " ").replace(".", " ")))


def _token_terms(token: tuple[str, str]) -> Iterable[str]:
    """Index terms of a token as TOKEN_RE finds it: (a CJK run, "") or ("", a word)."""
    cjk, word = token
    return cjk_terms(cjk) if cjk else word_terms(word)


class _TermIds(dict[Any, tuple[int, ...]]):
    """Term ids of a token or a field's text, worked out on first sight (`__missing__`),
    so the lookups of a product's dozens of tokens stay in C. Bounded like text's caches."""

    def __init__(self, terms: TermDictionary, terms_of: Callable[[Any], Iterable[str]]) -> None:
        super().__init__()
        self.add, self.terms_of = terms.add, terms_of

    def __missing__(self, key: Any) -> tuple[int, ...]:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
        found = self[key] = tuple(map(self.add, self.terms_of(key)))
        return found


class _Pairs:
    """(id, doc) pairs of one chunk, as each doc's ids, grouped by id at the end.

    A Python list append per pair (a few dozen terms per product) took a third of an
    index build; numpy sorts them in one call instead, docs staying ascending per id.
    """

    __slots__ = ("counts", "ids")

    def __init__(self) -> None:
        self.ids: list[int] = []
        self.counts = array("I")  # ids per doc, in doc order

    def add(self, ids: list[int] | tuple[int, ...]) -> None:
        """The ids of the next doc."""
        self.ids += ids
        self.counts.append(len(ids))

    def groups(self, first: int) -> Iterator[tuple[int, array]]:
        """Each id with the docs filed under it, the docs numbered from `first`."""
        if not self.ids:
            return
        ids = np.array(self.ids, np.uint32)
        docs = np.repeat(
            np.arange(first, first + len(self.counts), dtype=np.uint32),
            np.frombuffer(self.counts, np.uint32),
        )
        order = np.argsort(ids, kind="stable")
        ids = ids[order]
        grouped = array("I", docs[order].tobytes())
        cuts = (np.flatnonzero(ids[1:] != ids[:-1]) + 1).tolist()
        starts = [0, *cuts]
        for key, start, end in zip(ids[starts].tolist(), starts, [*cuts, len(ids)], strict=True):
            yield key, grouped[start:end]


def _batches(items: Iterable[ProductDoc], size: int) -> Iterator[list[ProductDoc]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class SearchIndex:
    """The product index; see the module doc. Not thread-safe: mutate from one task."""

    def __init__(self) -> None:
        self.terms = TermDictionary()
        self.postings = BitmapList()
        self.filters = KeyedBitmaps()
        self.deleted = BitMap()
        self.ids = IdMap()
        self.doc_count = 0
        self._ids = Blob()  # product id per doc
        self._names = Blob()  # normalised names per doc, "lang\x1ftext\x1e..."
        self.price = array("f")  # rough USD, NaN when unknown
        self.moq = array("I")  # 0 when unknown
        self.category = array("H")
        self.province = array("H")
        self.currency = array("B")
        self.categories: list[str] = [""]
        self.provinces: list[str] = [""]
        self.currencies: list[str] = [""]
        self._live: BitMap | None = None
        self._positions: dict[int, dict[str, int]] = {}
        self._start_caches()

    def _start_caches(self) -> None:
        """Building caches, of what repeats across products: they hold term, filter key,
        category and province numbers, so they start afresh with those (see `load`)."""
        self._token_terms = _TermIds(self.terms, _token_terms)
        self._field_terms = _TermIds(self.terms, _field_terms)
        self._category_cache: dict[str, tuple[int, tuple[int, ...], tuple[int, ...]]] = {}
        self._host_cache: dict[tuple[str, str | None], tuple[int, tuple[int, int]]] = {}

    # --- building ---------------------------------------------------------------------

    @classmethod
    def build(cls, docs: Iterable[ProductDoc], batch_size: int = 50_000) -> SearchIndex:
        """A new index of `docs` (a generator is fine: memory grows with the index only)."""
        index = cls()
        index.upsert(docs, batch_size)
        return index

    def upsert(self, docs: Iterable[ProductDoc], batch_size: int = 50_000) -> int:
        """Add or replace products; returns how many were written."""
        written = 0
        for chunk in _batches(docs, batch_size):
            written += self._upsert_chunk(chunk)
        self.terms.finish()
        return written

    def remove(self, product_ids: Iterable[str]) -> int:
        """Tombstone products by id; returns how many were indexed."""
        wanted = list(dict.fromkeys(product_ids))
        found = [d for d in self.ids.find(wanted, self.product_id, self.deleted) if d is not None]
        self._tombstone(found)
        return len(found)

    def remove_exhibitor(self, exhibitor_id: str) -> int:
        """Tombstone every product of an exhibitor (a deleted exhibitor's cascade)."""
        docs = self.filters.get(f"e:{exhibitor_id}") - self.deleted
        self._tombstone(docs)
        return len(docs)

    def _tombstone(self, docs: Iterable[int]) -> None:
        before = len(self.deleted)
        self.deleted.update(docs)
        self.ids.stale += len(self.deleted) - before
        if self.ids.stale > len(self.ids) // 4:
            self.ids.compact(self.deleted)
        self._live = None

    def _upsert_chunk(self, chunk: list[ProductDoc]) -> int:
        latest = {doc.id: doc for doc in chunk}
        pids = list(latest)
        self._tombstone(
            d for d in self.ids.find(pids, self.product_id, self.deleted) if d is not None
        )
        first = self.doc_count
        terms = _Pairs()
        keys = _Pairs()
        names: list[bytes] = []
        for doc in latest.values():
            names.append(self._append_doc(doc, terms, keys))
        self._names.extend(names)
        self._ids.extend([pid.encode("utf-8", "replace") for pid in pids])
        self.doc_count += len(pids)
        for tid, docs in terms.groups(first):
            self.postings.extend(tid, docs)
        for key, docs in keys.groups(first):
            self.filters.extend(key, docs)
        self.ids.add(pids, range(first, self.doc_count))
        self._live = None
        return len(pids)

    def _append_doc(self, doc: ProductDoc, terms: _Pairs, keys: _Pairs) -> bytes:
        """Store one doc's columns, file its term ids and filter key ids in the pairs;
        return its names' record."""
        names = {
            str(lang)[:8]: _clean(normalize(text[:_MAX_NAME]))
            for lang, text in doc.names.items()
            if isinstance(text, str) and text
        }
        record = _NAME_SEP.join(f"{lang}{_LANG_SEP}{text}" for lang, text in names.items())
        price = usd(doc.price_min, doc.currency)
        self.price.append(math.nan if price is None else price)
        self.moq.append(doc.moq if doc.moq and doc.moq > 0 else 0)
        category, category_keys, category_terms = self._category(doc.category_id or "")
        self.category.append(category)
        province, host_keys = self._host(doc.exhibitor_id, doc.province)
        self.province.append(province)
        self.currency.append(self._intern(self.currencies, (doc.currency or "").upper()))
        key_id = self.filters.key_id
        keys.add(
            (key_id(f"${price_bucket(price)}"), key_id(f"q{moq_bucket(doc.moq)}"),
             *host_keys, *category_keys)
        )  # fmt: skip
        # Names are joined by a separator no token spans: one regex pass for all of them.
        tokens = TOKEN_RE.findall(_NAME_SEP.join(names.values()))
        tids = list(chain.from_iterable(map(self._token_terms.__getitem__, tokens)))
        fields = [k[:_MAX_NAME] for k in doc.keywords[:_MAX_KEYWORDS] if isinstance(k, str)]
        fields.append((doc.exhibitor_name or "")[:_MAX_NAME])
        tids += chain.from_iterable(map(self._field_terms.__getitem__, fields))
        tids += category_terms
        terms.add(tids)
        return record.encode("utf-8", "replace")

    def _category(self, category: str) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
        """A category's column value, filter key ids and term ids (a few hundred exist)."""
        found = self._category_cache.get(category)
        if found is None:
            key_id = self.filters.key_id
            keys = (key_id(f"c:{category}"), key_id(f"c:{category.partition('.')[0]}"))
            found = (
                self._intern(self.categories, category),
                keys if category else (),
                self._field_terms[category],
            )
            self._category_cache[category] = found
        return found

    def _host(self, exhibitor_id: str, province: str | None) -> tuple[int, tuple[int, int]]:
        """The province column value and filter key ids of a product's exhibitor."""
        found = self._host_cache.get((exhibitor_id, province))
        if found is None:
            name = canonical_province(province)
            key_id = self.filters.key_id
            found = (
                self._intern(self.provinces, name),
                (key_id(f"p:{name}"), key_id(f"e:{exhibitor_id}")),
            )
            self._host_cache[(exhibitor_id, province)] = found
        return found

    def _intern(self, values: list[str], value: str) -> int:
        """Index of `value` in a small lookup list (categories, provinces), appending it."""
        positions = self._positions.get(id(values))
        if positions is None or len(positions) != len(values):
            positions = self._positions[id(values)] = {v: i for i, v in enumerate(values)}
        i = positions.get(value)
        if i is None:
            i = positions[value] = len(values)
            values.append(value)
        return i

    # --- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        """Live (not removed) products."""
        return self.doc_count - len(self.deleted)

    def __contains__(self, product_id: object) -> bool:
        if not isinstance(product_id, str):
            return False
        return self.ids.find([product_id], self.product_id, self.deleted)[0] is not None

    @property
    def needs_rebuild(self) -> bool:
        """True once a quarter of the doc ids are tombstones: rebuild from the DB then."""
        return len(self.deleted) > self.doc_count // 4 and self.doc_count > 1000

    def product_id(self, doc: int) -> str:
        return self._ids[doc].decode()

    def doc_names(self, doc: int) -> dict[str, str]:
        """Normalised names by language (for re-ranking)."""
        raw = self._names[doc].decode()
        names: dict[str, str] = {}
        for part in raw.split(_NAME_SEP):
            lang, _, text = part.partition(_LANG_SEP)
            names[lang] = text
        return names

    def live(self) -> BitMap:
        """All doc ids that are not tombstoned (cached until the next change)."""
        if self._live is None:
            live = BitMap()
            if self.doc_count:
                live.add_range(0, self.doc_count)
            live -= self.deleted
            self._live = live
        return self._live

    def term_postings(self, term: str) -> BitMap | FrozenBitMap:
        tid = self.terms.get(term)
        return self.postings.get(tid) if tid is not None else EMPTY

    def category_ids(self) -> list[str]:
        return [c for c in self.categories if c]

    # --- persistence --------------------------------------------------------------------

    def save(self, path: str | Path) -> None:
        """Write the index atomically (temp file + rename)."""
        self.terms.finish()
        self.ids.compact(self.deleted)
        with SectionWriter(Path(path)) as w:
            w.add_blob("ids", self._ids)
            w.add_blob("names", self._names)
            for name in ("price", "moq", "category", "province", "currency"):
                w.add(f"col.{name}", getattr(self, name).tobytes())
            w.add("deleted", self.deleted.serialize())
            w.add("idmap.hashes", self.ids.hashes.tobytes())
            w.add("idmap.docs", self.ids.docs.tobytes())
            w.add_bitmaps("postings", self.postings)
            w.add_bitmaps("filters", self.filters.lists)
            self.terms.write(w)
            w.commit(
                {
                    "version": FORMAT_VERSION,
                    "doc_count": self.doc_count,
                    "categories": self.categories,
                    "provinces": self.provinces,
                    "currencies": self.currencies,
                    "filter_keys": self.filters.names(),
                }
            )

    @classmethod
    def load(cls, path: str | Path) -> SearchIndex:
        """Map a saved index; bitmaps are deserialised when first used."""
        r = SectionReader(Path(path))
        if r.meta.get("version") != FORMAT_VERSION:
            raise ValueError(f"unsupported search index version {r.meta.get('version')}")
        index = cls()
        index.doc_count = r.meta["doc_count"]
        index.categories = list(r.meta["categories"])
        index.provinces = list(r.meta["provinces"])
        index.currencies = list(r.meta["currencies"])
        index._ids = r.blob("ids")
        index._names = r.blob("names")
        for name, code in (("price", "f"), ("moq", "I"), ("category", "H"), ("province", "H"),
                           ("currency", "B")):  # fmt: skip
            setattr(index, name, r.array(f"col.{name}", code))
        index.deleted = BitMap.deserialize(cast(bytes, r.get("deleted")))  # any buffer will do
        index.ids = IdMap(
            np.frombuffer(r.get("idmap.hashes"), np.uint64),
            np.frombuffer(r.get("idmap.docs"), np.uint32),
        )
        index.postings = r.bitmaps("postings")
        index.filters = KeyedBitmaps(list(r.meta["filter_keys"]), r.bitmaps("filters"))
        index.terms = TermDictionary.read(r)
        index._start_caches()
        return index
