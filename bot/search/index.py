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
from bot.search.idmap import IdMap, hashes
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
# Where one doc's ids end, in the flat lists a chunk is indexed from: after its names a
# token no normalised (lower-case) text holds; after its ids, one no term or key reaches.
_DOC_END, _DOC_TOKEN = f"{_NAME_SEP}DOC", ("", "DOC")
_END = 0xFFFFFFFF


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
    so the lookups of a chunk's many tokens stay in C. Bounded like text's caches;
    `fixed` entries (the ends of docs) stay."""

    def __init__(
        self,
        terms: TermDictionary,
        terms_of: Callable[[Any], Iterable[str]],
        fixed: dict[Any, tuple[int, ...]],
    ) -> None:
        super().__init__(fixed)
        self.add, self.terms_of, self.fixed = terms.add, terms_of, fixed

    def __missing__(self, key: Any) -> tuple[int, ...]:
        if len(self) >= _CACHE_LIMIT:
            self.clear()
            self.update(self.fixed)
        found = self[key] = tuple(map(self.add, self.terms_of(key)))
        return found


def _names(doc: ProductDoc) -> dict[str, str]:
    """A doc's names by language, normalised, as stored and as indexed."""
    return {
        str(lang)[:8]: _clean(normalize(text[:_MAX_NAME]))
        for lang, text in doc.names.items()
        if isinstance(text, str) and text
    }


def _record(names: dict[str, str]) -> bytes:
    record = _NAME_SEP.join(f"{lang}{_LANG_SEP}{text}" for lang, text in names.items())
    return record.encode("utf-8", "replace")


def _fields(doc: ProductDoc) -> list[str | None]:
    """The texts indexed whole (keywords, company name, category), and None, the doc's end."""
    fields: list[str | None] = [
        k[:_MAX_NAME] for k in doc.keywords[:_MAX_KEYWORDS] if isinstance(k, str)
    ]
    fields += ((doc.exhibitor_name or "")[:_MAX_NAME], doc.category_id or "", None)
    return fields


def _grouped(first: int, *flat: list[int]) -> Iterator[tuple[int, array]]:
    """Each id with its docs, ascending, from lists of ids where _END closes each doc's
    ids (docs numbered from `first`). A Python append per (id, doc) pair, a few dozen
    per product, took a third of a build: numpy sorts them all in one call instead."""
    pairs = []
    for column_ids in flat:
        column = np.array(column_ids, np.uint64)
        ends = column == _END
        docs = np.cumsum(ends, dtype=np.uint64) + np.uint64(first)
        pairs.append((column << np.uint64(32) | docs)[~ends])
    joined = np.sort(np.concatenate(pairs))
    if not len(joined):
        return
    ids = (joined >> np.uint64(32)).astype(np.uint32)
    grouped = array("I", joined.astype(np.uint32).tobytes())
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
        self._token_terms = _TermIds(self.terms, _token_terms, {_DOC_TOKEN: (_END,)})
        self._field_terms = _TermIds(self.terms, _field_terms, {None: (_END,)})
        self._category_cache: dict[str, tuple[int, tuple[int, ...]]] = {}
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
        """Index a chunk column by column: work per product in Python, the remaining
        third of a build, is a comprehension or a lookup in C wherever it can be."""
        latest = {doc.id: doc for doc in chunk}
        pids, docs = list(latest), list(latest.values())
        keys = hashes(pids)
        self._tombstone(
            d for d in self.ids.find(pids, self.product_id, self.deleted, keys) if d is not None
        )
        first = self.doc_count
        names = [_names(doc) for doc in docs]
        self._names.extend([_record(n) for n in names])
        self._ids.extend([pid.encode("utf-8", "replace") for pid in pids])
        filed = self._append_columns(docs)
        texts = [_NAME_SEP.join(n.values()) + _DOC_END for n in names]
        tokens = chain.from_iterable(map(TOKEN_RE.findall, texts))
        name_terms = list(chain.from_iterable(map(self._token_terms.__getitem__, tokens)))
        fields = chain.from_iterable(map(_fields, docs))
        field_terms = list(chain.from_iterable(map(self._field_terms.__getitem__, fields)))
        self.doc_count += len(pids)
        for tid, group in _grouped(first, name_terms, field_terms):
            self.postings.extend(tid, group)
        for key, group in _grouped(first, filed):
            self.filters.extend(key, group)
        self.ids.add(pids, range(first, self.doc_count), keys)
        self._live = None
        return len(pids)

    def _append_columns(self, docs: list[ProductDoc]) -> list[int]:
        """Store the docs' columns; return their filter key ids, each doc's closed by _END."""
        prices = [usd(doc.price_min, doc.currency) for doc in docs]
        self.price.extend([math.nan if price is None else price for price in prices])
        self.moq.extend([doc.moq if doc.moq and doc.moq > 0 else 0 for doc in docs])
        categories = [self._category(doc.category_id or "") for doc in docs]
        self.category.extend([category for category, _ in categories])
        hosts = [self._host(doc.exhibitor_id, doc.province) for doc in docs]
        self.province.extend([province for province, _ in hosts])
        currencies = self.currencies
        self.currency.extend([self._intern(currencies, (d.currency or "").upper()) for d in docs])
        key_id = self.filters.key_id
        return [
            key
            for doc, price, (_, category_keys), (_, host_keys)
            in zip(docs, prices, categories, hosts, strict=True)
            for key in (key_id(f"${price_bucket(price)}"), key_id(f"q{moq_bucket(doc.moq)}"),
                        *host_keys, *category_keys, _END)
        ]  # fmt: skip

    def _category(self, category: str) -> tuple[int, tuple[int, ...]]:
        """A category's column value and filter key ids (a few hundred exist)."""
        found = self._category_cache.get(category)
        if found is None:
            key_id = self.filters.key_id
            keys = (key_id(f"c:{category}"), key_id(f"c:{category.partition('.')[0]}"))
            found = (self._intern(self.categories, category), keys if category else ())
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
