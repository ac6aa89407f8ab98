"""The search index of the catalog in the database: built from it, kept beside it.

It lives with the search core rather than among the bot's services because the sync
job keeps it current: after each run it applies the run's changes (`refresh`), and
saves the file with a sidecar naming the last run applied. A bot process loads the
file and loads it again when the sidecar changes, so it never builds an index itself
unless none exists yet.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from bot.db.catalog import SyncRun
from bot.db.engine import Database
from bot.search import ProductDoc, SearchIndex
from bot.search.index import english_name
from bot.search.index_worker import DocFields, IndexWorker

BATCH = 5_000


def index_path(database: Database) -> Path:
    """Beside an SQLite database file; under data/ for a server database."""
    url = make_url(database.url)
    if database.is_sqlite and url.database and url.database != ":memory:":
        return Path(url.database).with_suffix(".search")
    return Path("data") / f"{url.database or 'catalog'}.search"


def applied_run(path: Path) -> int | None:
    """The last sync run the saved index reflects, from its sidecar."""
    sidecar = path.with_suffix(".run")
    try:
        return int(json.loads(sidecar.read_text())["run"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


async def newest_run(database: Database) -> int:
    async with database.read() as session:
        newest = await session.execute(select(SyncRun.id).order_by(SyncRun.id.desc()).limit(1))
        return int(newest.scalar_one_or_none() or 0)


async def build(database: Database) -> SearchIndex:
    """A fresh index of every product, read in batches (never the whole catalog at once)."""
    return await _upsert(database, SearchIndex.build([]), None)


async def open_index(database: Database) -> SearchIndex:
    """The saved index, or one built and saved now when there is none."""
    path = index_path(database)
    if path.exists() and applied_run(path) is not None:
        return SearchIndex.load(path)
    run = await newest_run(database)
    index = await build(database)
    save(index, path, run)
    return index


async def refresh(
    database: Database,
    run_id: int,
    deleted_products: list[str],
    deleted_exhibitors: list[str],
    rebuild: bool = False,
) -> None:
    """Apply one sync run's changes to the saved index (or rebuild it when it must)."""
    path = index_path(database)
    since = applied_run(path)
    if rebuild or since is None or not path.exists():
        save(await build(database), path, run_id)
        return
    index = SearchIndex.load(path)
    index.remove(deleted_products)
    for exhibitor_id in deleted_exhibitors:
        index.remove_exhibitor(exhibitor_id)
    await _upsert(database, index, since)
    if index.needs_rebuild:
        index = await build(database)
    save(index, path, run_id)


async def start_anew(database: Database, full: bool) -> IndexWorker | None:
    """A child process to make the index anew while the run stores products, when the run
    will need a whole new index: a full run (it rewrites every product), or none is saved."""
    path = index_path(database)
    if not full and path.exists() and applied_run(path) is not None:
        return None
    return await IndexWorker.start()


async def finish(database: Database, worker: IndexWorker, run_id: int, rebuild: bool) -> None:
    """Save the index `worker` made during run `run_id`, adding the products the run did not
    write (a run that stopped early; products whose exhibitor alone changed). After a run
    that swept products away (`rebuild`: their ids are unknown), or a worker that failed,
    the index is built from the database as before."""
    path = index_path(database)
    if not rebuild and not worker.broken:
        hosts: dict[str, tuple[str, str | None]] = {}
        async for rows in _rows(database, None, other_than=run_id):
            await worker.upsert([_fields(row, hosts) for row in rows])
        if await worker.save(path, run_id):
            return
    await worker.abandon()
    save(await build(database), path, run_id)


class LiveIndex:
    """The index one process searches, loaded again when a sync has saved a newer one."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._index: SearchIndex | None = None
        self._run: int | None = None
        # Updates run concurrently: the searches that find the index missing or stale
        # together wait for one load, instead of each loading (or building) its own.
        self._loading = asyncio.Lock()

    async def current(self) -> SearchIndex:
        path = index_path(self.database)
        if self._index is not None and applied_run(path) == self._run:
            return self._index
        async with self._loading:
            if self._index is None or applied_run(path) != self._run:
                self._index = await open_index(self.database)
                self._run = applied_run(path)
            return self._index


def save(index: SearchIndex, path: Path, run: int) -> None:
    """Write the index, then the sidecar naming the run it reflects."""
    path.parent.mkdir(parents=True, exist_ok=True)
    index.save(path)
    path.with_suffix(".run").write_text(json.dumps({"run": run}))


async def _upsert(database: Database, index: SearchIndex, since_run: int | None) -> SearchIndex:
    """Add the products changed after `since_run` (all when None), with their exhibitors."""
    hosts: dict[str, tuple[str, str | None]] = {}
    async for rows in _rows(database, since_run):
        index.upsert([ProductDoc(*_fields(row, hosts)) for row in rows])
    return index


# The columns a document is made of, not whole rows: a rebuild after a full sync spent
# half its time making ORM objects and decoding descriptions, images and the rest of the
# JSON it never reads. JSON comes as text (CAST: PostgreSQL's driver would decode it with
# the slower json module) and is decoded here; a product's document also changes when
# its exhibitor's name or province does.
_COLUMNS = """
SELECT p.id, p.exhibitor_id, p.category_id, CAST(p.name AS TEXT), CAST(p.keywords AS TEXT),
       p.price_min, p.currency, p.moq, CAST(e.name AS TEXT), e.province
FROM products p JOIN exhibitors e ON e.id = p.exhibitor_id
"""
_CHANGED = "WHERE p.sync_run > :since OR e.sync_run > :since"
_NOT_WRITTEN = "WHERE p.sync_run <> :run"


async def _rows(
    database: Database, since_run: int | None, other_than: int | None = None
) -> AsyncIterator[Sequence[Sequence[Any]]]:
    """The products changed after `since_run` (all when None), or those not written by
    run `other_than`, BATCH rows at a time, as the driver gives them."""
    where = _CHANGED if since_run is not None else _NOT_WRITTEN if other_than is not None else ""
    query = text(f"{_COLUMNS} {where} ORDER BY p.id")
    async with database.read() as session:
        result = await session.stream(query, {"since": since_run, "run": other_than})
        async for rows in result.partitions(BATCH):
            yield rows


def _fields(row: Sequence[Any], hosts: dict[str, tuple[str, str | None]]) -> DocFields:
    """A product's document fields; `hosts` keeps exhibitors' names and provinces, decoded
    once."""
    pid, exhibitor_id, category_id, names, keywords, price, currency, moq, host, province = row
    known = hosts.get(exhibitor_id)
    if known is None:
        known = hosts[exhibitor_id] = (english_name(_json(host) or {}), province)
    return (
        pid, exhibitor_id, category_id, _json(names) or {}, _json(keywords) or [],
        None if price is None else float(price), currency, moq, known[1], known[0],
    )  # fmt: skip


def _json(value: str | None) -> Any:
    """A JSON column's value (None for SQL NULL, as for JSON null)."""
    return None if value is None else msgspec.json.decode(value)
