"""`SearchIndex`: postings as roaring bitmaps plus compact per-product columns.

Doc ids are dense integers handed out in arrival order. A product that changes gets a
new doc id and its old one is tombstoned in `deleted` (postings are append-only),
so a sync updates the index in time proportional to what changed. Everything per doc
lives in `array` columns or byte blobs, never one Python object per product, which
keeps 2M products in a few hundred MB and lets `load` map the file and be done.
"""

from __future__ import annotations

import functools
import gc
import math
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
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
from bot.search.text import index_terms, normalize, normalized_terms

FORMAT_VERSION = 1
_NAME_SEP, _LANG_SEP = "\x1e", "\x1f"
# Feed limits (docs/catalog-feed.md), enforced again so one bad row cannot bloat the index.
_MAX_NAME, _MAX_KEYWORDS = 300, 50
_SEPARATORS = str.maketrans({_NAME_SEP: " ", _LANG_SEP: " "})


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
            exhibitor_name=_english(ex_names),
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
            exhibitor_name=_english(ex.get("name") or {}),
        )


def _english(names: dict[str, str]) -> str:
    """The English company name (others would add ~20 CJK terms to every product)."""
    return names.get("en") or next(iter(names.values()), "")


@functools.lru_cache(maxsize=100_000)
def _field_terms(text: str) -> frozenset[str]:
    """Terms of a keyword, company name or category id: these repeat across products."""
    return frozenset(index_terms(text.replace("_", " ").replace(".", " ")))


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
        postings: dict[str, list[int]] = {}
        filed: dict[str, list[int]] = {}
        first = self.doc_count
        gc_was_enabled = gc.isenabled()
        gc.disable()  # millions of small lists: the cyclic GC would cost a third of the time
        try:
            for doc in latest.values():
                d = self.doc_count
                self.doc_count += 1
                for term in self._append_columns(doc, filed, d):
                    bucket = postings.get(term)
                    if bucket is None:
                        postings[term] = [d]
                    else:
                        bucket.append(d)
        finally:
            if gc_was_enabled:
                gc.enable()
        add_term = self.terms.add
        for term, docs in postings.items():
            self.postings.extend(add_term(term), array("I", docs))
        for key, docs in filed.items():
            self.filters.add(key, array("I", docs))
        self.ids.add(pids, range(first, self.doc_count))
        self._live = None
        return len(pids)

    def _append_columns(self, doc: ProductDoc, filed: dict[str, list[int]], d: int) -> set[str]:
        """Store one doc's columns and filter keys; return its index terms."""
        names = {
            str(lang)[:8]: _clean(normalize(text[:_MAX_NAME]))
            for lang, text in doc.names.items()
            if isinstance(text, str) and text
        }
        record = _NAME_SEP.join(f"{lang}{_LANG_SEP}{text}" for lang, text in names.items())
        self._names.append(record.encode("utf-8", "replace"))
        self._ids.append(doc.id.encode("utf-8", "replace"))
        price = usd(doc.price_min, doc.currency)
        self.price.append(math.nan if price is None else price)
        self.moq.append(doc.moq if doc.moq and doc.moq > 0 else 0)
        category = doc.category_id or ""
        self.category.append(self._intern(self.categories, category))
        province = canonical_province(doc.province)
        self.province.append(self._intern(self.provinces, province))
        self.currency.append(self._intern(self.currencies, (doc.currency or "").upper()))
        keys = [f"${price_bucket(price)}", f"q{moq_bucket(doc.moq)}", f"p:{province}",
                f"e:{doc.exhibitor_id}"]  # fmt: skip
        if category:
            keys += [f"c:{category}", f"c:{category.partition('.')[0]}"]
        for key in keys:
            filed.setdefault(key, []).append(d)
        terms: set[str] = set()
        for text in names.values():
            terms.update(normalized_terms(text))
        keywords = [k[:_MAX_NAME] for k in doc.keywords[:_MAX_KEYWORDS] if isinstance(k, str)]
        for part in (*keywords, (doc.exhibitor_name or "")[:_MAX_NAME], category):
            terms.update(_field_terms(part))
        return terms

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
        return index
