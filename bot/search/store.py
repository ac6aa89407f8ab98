"""Lazily loaded bitmap lists, append-only blobs, and the index file's section format.

A 2M-product index holds hundreds of thousands of posting bitmaps. Deserialising them
all costs ~2 µs each, too slow for a sub-second load, and most are never read by a
given process. So a loaded `BitmapList` keeps the file's bytes (memory-mapped) and
deserialises a bitmap the first time it is asked for; saving copies untouched bitmaps'
bytes straight through. A `Blob` (product ids, names) likewise keeps the mapped bytes
and appends new records to a small in-memory tail, so an update never copies it.

File layout: an 8-byte magic, the raw sections, a msgpack header (scalars plus a table
of sections: name -> (offset, length)), its 8-byte little-endian length and the magic
again. Sections are streamed to a temporary file in the target's directory, which is
renamed over the target once complete, so a reader never sees half a file and saving
needs no second copy of the index in memory.
"""

from __future__ import annotations

import mmap
import os
import struct
from array import array
from collections.abc import Iterable, Iterator
from itertools import accumulate, islice
from pathlib import Path
from typing import Any, cast

import msgspec
from pyroaring import BitMap, FrozenBitMap

MAGIC = b"FCSIX\x00\x02\x00"
EMPTY = FrozenBitMap()


class BitmapList:
    """A growable list of roaring bitmaps, deserialised on first access."""

    __slots__ = ("_bms", "_buf", "_offsets")

    def __init__(self, buf: memoryview | None = None, offsets: array | None = None) -> None:
        self._buf = buf
        self._offsets = offsets if offsets is not None else array("Q", [0])
        self._bms: list[BitMap | None] = [None] * (len(self._offsets) - 1)

    def __len__(self) -> int:
        return len(self._bms)

    def get(self, i: int) -> BitMap | FrozenBitMap:
        """Bitmap `i` (do not mutate it; use `extend`). Out of range -> empty."""
        if i >= len(self._bms):
            return EMPTY
        bm = self._bms[i]
        if bm is None:
            if self._buf is None or i + 1 >= len(self._offsets):
                return EMPTY
            start, end = self._offsets[i], self._offsets[i + 1]
            if start == end:
                return EMPTY
            bm = BitMap.deserialize(cast(bytes, self._buf[start:end]))  # any buffer will do
            self._bms[i] = bm
        return bm

    def append_empty(self) -> int:
        """Add an empty bitmap and return its index."""
        self._bms.append(BitMap())
        return len(self._bms) - 1

    def extend(self, i: int, ids: Iterable[int] | array) -> None:
        """Add doc ids to bitmap `i`, growing the list as needed."""
        held = self._bms[i] if i < len(self._bms) else None
        if type(held) is BitMap:  # the common case while building: in place
            held.update(ids)
            return
        while i >= len(self._bms):
            self._bms.append(BitMap())
        bm = self.get(i)
        if isinstance(bm, FrozenBitMap):
            bm = BitMap(bm)
        bm.update(ids)
        self._bms[i] = bm

    def chunks(self) -> Iterator[bytes | memoryview]:
        """Each bitmap serialised, in order (untouched ones straight from the file)."""
        for i, bm in enumerate(self._bms):
            if bm is None and self._buf is not None and i + 1 < len(self._offsets):
                yield self._buf[self._offsets[i] : self._offsets[i + 1]]
            elif bm is None or not bm:
                yield b""
            else:
                yield bm.serialize()

    @classmethod
    def from_sections(cls, offsets: memoryview, blob: memoryview) -> BitmapList:
        table = array("Q")
        table.frombytes(offsets)
        return cls(blob, table)


class KeyedBitmaps:
    """Bitmaps by string key (categories, provinces, price buckets)."""

    __slots__ = ("keys", "lists")

    def __init__(self, keys: list[str] | None = None, lists: BitmapList | None = None) -> None:
        self.keys = {k: i for i, k in enumerate(keys or [])}
        self.lists = lists if lists is not None else BitmapList()

    def get(self, key: str) -> BitMap | FrozenBitMap:
        i = self.keys.get(key)
        return EMPTY if i is None else self.lists.get(i)

    def key_id(self, key: str) -> int:
        """The index of `key`'s bitmap, adding the key if new."""
        i = self.keys.get(key)
        if i is None:
            i = self.keys[key] = len(self.keys)
        return i

    def extend(self, i: int, ids: Iterable[int] | array) -> None:
        """Add doc ids to the bitmap of the key with index `i` (see `key_id`)."""
        self.lists.extend(i, ids)

    def names(self) -> list[str]:
        return list(self.keys)


class Blob:
    """Append-only records of bytes: a read-only (mapped) base plus an in-memory tail."""

    __slots__ = ("base", "offsets", "tail")

    def __init__(self, base: bytes | memoryview = b"", offsets: array | None = None) -> None:
        self.base = base
        self.tail = bytearray()
        self.offsets = offsets if offsets is not None else array("Q", [0])

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> bytes:
        start, end = self.offsets[i], self.offsets[i + 1]
        cut = len(self.base)
        if end <= cut:
            return bytes(self.base[start:end])
        return bytes(self.tail[start - cut : end - cut])

    def extend(self, records: list[bytes]) -> None:
        """Append records, a batch at a time (a call per record cost more than the copy)."""
        ends = accumulate(map(len, records), initial=len(self.base) + len(self.tail))
        self.offsets.extend(islice(ends, 1, None))
        self.tail += b"".join(records)


class SectionWriter:
    """Streams named sections to a temp file; `commit` adds the header and renames it.

    Use as a context manager: leaving the block without `commit` deletes the temp file.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._fh = open(self._tmp, "wb")  # noqa: SIM115 - closed by commit/__exit__
        self._fh.write(MAGIC)
        self._pos = len(MAGIC)
        self._table: dict[str, tuple[int, int]] = {}

    def __enter__(self) -> SectionWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self._fh.closed:
            self._fh.close()
        self._tmp.unlink(missing_ok=True)

    def add(self, name: str, *chunks: bytes | bytearray | memoryview) -> None:
        start = self._pos
        for chunk in chunks:
            self._fh.write(chunk)
            self._pos += memoryview(chunk).nbytes
        self._table[name] = (start, self._pos - start)

    def add_bitmaps(self, name: str, bitmaps: BitmapList) -> None:
        offsets = array("Q", [0])
        start = self._pos
        for chunk in bitmaps.chunks():
            self._fh.write(chunk)
            self._pos += len(chunk)
            offsets.append(self._pos - start)
        self._table[name + ".blob"] = (start, self._pos - start)
        self.add(name + ".offsets", offsets.tobytes())

    def add_blob(self, name: str, blob: Blob) -> None:
        self.add(name + ".blob", blob.base, blob.tail)
        self.add(name + ".offsets", blob.offsets.tobytes())

    def commit(self, meta: dict[str, Any]) -> None:
        head = msgspec.msgpack.encode({"meta": meta, "sections": self._table})
        self._fh.write(head + struct.pack("<Q", len(head)) + MAGIC)
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self._tmp, self._path)


class SectionReader:
    """Memory-maps an index file and hands out its sections as memoryviews."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(self._map)
        tail = len(MAGIC) + 8
        if len(view) < 2 * len(MAGIC) + 8 or bytes(view[:8]) != MAGIC or bytes(view[-8:]) != MAGIC:
            raise ValueError(f"{path} is not a search index of this version")
        (size,) = struct.unpack("<Q", view[-tail:-8])
        head = msgspec.msgpack.decode(view[-tail - size : -tail])
        self.meta: dict[str, Any] = head["meta"]
        self._table: dict[str, list[int]] = head["sections"]
        self._view = view

    def get(self, name: str) -> memoryview:
        start, length = self._table[name]
        return self._view[start : start + length]

    def array(self, name: str, typecode: str) -> array:
        out = array(typecode)
        out.frombytes(self.get(name))
        return out

    def bitmaps(self, name: str) -> BitmapList:
        return BitmapList.from_sections(self.get(name + ".offsets"), self.get(name + ".blob"))

    def blob(self, name: str) -> Blob:
        return Blob(self.get(name + ".blob"), self.array(name + ".offsets", "Q"))
