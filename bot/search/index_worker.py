"""A search index made anew in a child process while the sync stores the catalog.

A full sync (or the first, when no index is saved) needs the whole index rebuilt.
Built after the run, from the database, that took longer than the run's own storing:
instead the sync hands each committed page's products to a child process
(`python -m bot.search.index_worker`), which indexes them on another core meanwhile,
so nothing is read back. `catalog_index.finish` then adds what the run did not write
and has the child save the index.

Messages are msgpack frames, each after its 4-byte length, on the child's stdin; a full
pipe makes the sync wait, so the child's backlog stays bounded. The child saves only
when told to: a sync that dies leaves the saved index as it was, and the next run
adds the database's changes since then (`catalog_index.finish`). A child that fails is reported
by `broken`, and its work is redone from the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import msgspec

from bot.batch_gc import collect_rarely
from bot.search.index import ProductDoc, SearchIndex
from bot.search.index_file import save

# A document as sent: ProductDoc's fields in order.
DocFields = tuple[
    str, str, str | None, dict[str, str], list[str], float | None, str | None, int | None,
    str | None, str,
]  # fmt: skip
_HEADER = struct.Struct("<I")
# Products indexed together: fewer would extend each term's bitmap more often, more would
# hold more of them at once (20,000 took the worker at 1M products from 395 to 486 MB).
CHUNK = 5_000
log = logging.getLogger(__name__)


class IndexWorker:
    """The sync's side: sends a child process what to index, then when to save."""

    def __init__(self, process: asyncio.subprocess.Process, sees_all: bool) -> None:
        self._process = process
        self.sees_all = sees_all  # every product will come through it (the catalog was empty)
        self.broken = False

    @classmethod
    async def start(cls, sees_all: bool) -> IndexWorker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.search.index_worker",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        return cls(process, sees_all)

    async def upsert(self, docs: list[DocFields]) -> None:
        if docs:
            await self._send("upsert", docs)

    async def remove(self, product_ids: list[str]) -> None:
        if product_ids:
            await self._send("remove", product_ids)

    async def remove_exhibitors(self, exhibitor_ids: list[str]) -> None:
        if exhibitor_ids:
            await self._send("remove_exhibitors", exhibitor_ids)

    async def save(self, path: Path, run: int) -> bool:
        """Have the child save the index as of sync run `run`; whether it did."""
        await self._send("save", [str(path), run])
        await self._close()
        return not self.broken and await self._process.wait() == 0

    async def abandon(self) -> None:
        """Stop the child without saving anything."""
        with contextlib.suppress(ProcessLookupError):
            self._process.kill()
        await self._close()
        await self._process.wait()

    async def _send(self, op: str, payload: Any) -> None:
        stdin = self._process.stdin
        if self.broken or stdin is None:
            return
        body = msgspec.msgpack.encode([op, payload])
        try:
            stdin.write(_HEADER.pack(len(body)) + body)
            await stdin.drain()
        except (ConnectionError, OSError) as error:
            log.warning("search index worker gone (%s): the index is built afterwards", error)
            self.broken = True

    async def _close(self) -> None:
        stdin = self._process.stdin
        if stdin is not None and not stdin.is_closing():
            stdin.close()
            with contextlib.suppress(ConnectionError, OSError):
                await stdin.wait_closed()


def _frames(stream: IO[bytes]) -> Iterator[list[Any]]:
    """The messages on `stream` until it ends (a sync that stopped without `save`)."""
    decode = msgspec.msgpack.Decoder().decode
    while len(header := stream.read(_HEADER.size)) == _HEADER.size:
        (size,) = _HEADER.unpack(header)
        body = stream.read(size)
        if len(body) < size:
            return
        yield decode(body)


def main() -> int:
    """The child's side: index what arrives; save when told to, and only then."""
    collect_rarely()
    index = SearchIndex()
    # Smaller pages are indexed a few together (see CHUNK); removals and the save see
    # everything that came before them.
    waiting: list[ProductDoc] = []
    for op, payload in _frames(sys.stdin.buffer):
        if op == "upsert":
            waiting += [ProductDoc(*fields) for fields in payload]
            if len(waiting) < CHUNK:
                continue
        index.upsert(waiting)
        waiting = []
        if op == "remove":
            index.remove(payload)
        elif op == "remove_exhibitors":
            for exhibitor_id in payload:
                index.remove_exhibitor(exhibitor_id)
        elif op == "save":
            path, run = payload
            save(index, Path(path), run)
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
