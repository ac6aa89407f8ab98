"""Product id -> doc id, in 12 bytes a product instead of a ~150-byte Python dict entry.

Upserts and removals must find a product's current doc id; a dict of 2M string keys
would cost ~300 MB. Instead ids are hashed to 64 bits and kept in two sorted numpy
arrays (hash, doc); lookups are vectorised `searchsorted` per batch, and each hit is
checked against the stored id string, so a hash collision can never confuse products.
Entries of removed docs stay until `compact` drops them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

import numpy as np
from pyroaring import BitMap


def id_hash(product_id: str) -> int:
    """Stable 64-bit hash (Python's own `hash` changes between processes)."""
    return int.from_bytes(hashlib.blake2b(product_id.encode(), digest_size=8).digest(), "little")


def hashes(product_ids: Sequence[str]) -> np.ndarray:
    """`id_hash` of each id, for `IdMap.find` and `IdMap.add` (an upsert needs both)."""
    return np.fromiter(map(id_hash, product_ids), np.uint64, len(product_ids))


class IdMap:
    """Sorted (hash, doc) pairs; see the module doc."""

    __slots__ = ("docs", "hashes", "stale")

    def __init__(self, hashes: np.ndarray | None = None, docs: np.ndarray | None = None) -> None:
        self.hashes = hashes if hashes is not None else np.empty(0, np.uint64)
        self.docs = docs if docs is not None else np.empty(0, np.uint32)
        self.stale = 0  # entries of removed docs, dropped by `compact`

    def __len__(self) -> int:
        return len(self.hashes)

    def find(
        self,
        product_ids: Sequence[str],
        id_at: Callable[[int], str],
        deleted: BitMap,
        keys: np.ndarray | None = None,
    ) -> list[int | None]:
        """The live doc id of each product id, or None when it is not indexed (`keys`:
        their `hashes`, when the caller has them)."""
        if not product_ids or not len(self.hashes):
            return [None] * len(product_ids)
        keys = hashes(product_ids) if keys is None else keys
        lo = np.searchsorted(self.hashes, keys, "left")
        hi = np.searchsorted(self.hashes, keys, "right")
        out: list[int | None] = []
        for pid, a, b in zip(product_ids, lo.tolist(), hi.tolist(), strict=True):
            found = None
            for k in range(a, b):
                doc = int(self.docs[k])
                if doc not in deleted and id_at(doc) == pid:
                    found = doc
            out.append(found)
        return out

    def add(
        self, product_ids: Sequence[str], docs: Sequence[int], keys: np.ndarray | None = None
    ) -> None:
        """File new (product id, doc id) pairs; merging is linear in the map's size."""
        if not product_ids:
            return
        keys = hashes(product_ids) if keys is None else keys
        new_docs = np.asarray(docs, np.uint32)
        order = np.argsort(keys, kind="stable")
        keys, new_docs = keys[order], new_docs[order]
        at = np.searchsorted(self.hashes, keys, "right")
        self.hashes = np.insert(self.hashes, at, keys)
        self.docs = np.insert(self.docs, at, new_docs)

    def compact(self, deleted: BitMap) -> None:
        """Forget entries of removed docs."""
        if not deleted or not len(self.docs):
            return
        dead = np.frombuffer(deleted.to_array(), np.uint32)
        keep = ~np.isin(self.docs, dead)
        self.hashes, self.docs = self.hashes[keep], self.docs[keep]
        self.stale = 0
