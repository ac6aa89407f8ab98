"""The search index of the catalog in the database: built from it, kept beside it.

It lives with the search core rather than among the bot's services because the sync
job keeps it current: a run hands it each committed page's changes (`start`), and
saves the file with a sidecar naming the last run applied (`finish`). A bot process
loads the file and loads it again when the sidecar changes, so it never builds an
index itself unless none exists yet.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any, Protocol

import msgspec
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from bot.db.catalog import Product, SyncRun
from bot.db.engine import Database
from bot.search import ProductDoc, SearchIndex
from bot.search.index import english_name
from bot.search.index_file import applied_run, save
from bot.search.index_worker import DocFields, IndexWorker

BATCH = 5_000


def index_path(database: Database) -> Path:
    """Beside an SQLite database file; under data/ for a server database."""
    url = make_url(database.url)
    if database.is_sqlite and url.database and url.database != ":memory:":
        return Path(url.database).with_suffix(".search")
    return Path("data") / f"{url.database or 'catalog'}.search"


async def newest_run(database: Database) -> int:
    async with database.read() as session:
        newest = await session.execute(select(SyncRun.id).order_by(SyncRun.id.desc()).limit(1))
        return int(newest.scalar_one_or_none() or 0)


async def build(database: Database) -> SearchIndex:
    """A fresh index of every product, read in batches (never the whole catalog at once)."""
    return await _upsert(database, SearchIndex.build([]), "")


async def open_index(database: Database) -> SearchIndex:
    """The saved index, or one built and saved now when there is none."""
    path = index_path(database)
    if path.exists() and applied_run(path) is not None:
        return SearchIndex.load(path)
    run = await newest_run(database)
    index = await build(database)
    save(index, path, run)
    return index


class IndexFeed(Protocol):
    """Where a sync run hands each committed page's changes to the index (see `start`)."""

    async def upsert(self, docs: list[DocFields]) -> None: ...

    async def remove(self, product_ids: list[str]) -> None: ...

    async def remove_exhibitors(self, exhibitor_ids: list[str]) -> None: ...


class IndexUpdate:
    """The saved index, changed here as a run commits its pages (an increment): reading
    the changes back after the run scanned the whole products table for them."""

    def __init__(self, index: SearchIndex, since: int) -> None:
        self.index, self.since = index, since

    async def upsert(self, docs: list[DocFields]) -> None:
        self.index.upsert([ProductDoc(*fields) for fields in docs])

    async def remove(self, product_ids: list[str]) -> None:
        self.index.remove(product_ids)

    async def remove_exhibitors(self, exhibitor_ids: list[str]) -> None:
        for exhibitor_id in exhibitor_ids:
            self.index.remove_exhibitor(exhibitor_id)


async def start(database: Database, full: bool) -> IndexWorker | IndexUpdate:
    """What keeps the index during a run: the saved one, updated in this process, or when
    the run needs a whole new index (a full run rewrites every product; or none is saved)
    a child process making it anew (`bot.search.index_worker`)."""
    path = index_path(database)
    since = applied_run(path)
    if full or since is None or not path.exists():
        async with database.read() as session:
            empty = (await session.execute(select(Product.id).limit(1))).first() is None
        return await IndexWorker.start(sees_all=empty)
    return IndexUpdate(SearchIndex.load(path), since)


async def finish(
    database: Database, feed: IndexWorker | IndexUpdate, run_id: int, rebuild: bool
) -> None:
    """Save the index `feed` kept during run `run_id`, completed from the database with
    what the run's pages did not carry (see `_complete`). After a run that swept products
    away (`rebuild`: their ids are unknown), or a worker that failed, the index is built
    from the database as before."""
    path = index_path(database)
    index = None
    if isinstance(feed, IndexUpdate):
        index = None if rebuild else await _complete(database, feed, run_id)
    elif not rebuild and not feed.broken:
        if not feed.sees_all:  # a scan of every product
            hosts: dict[str, tuple[str, str | None]] = {}
            async for rows in _rows(database, _NOT_WRITTEN, run=run_id):
                await feed.upsert([_fields(row, hosts) for row in rows])
        if await feed.save(path, run_id):
            return
    if isinstance(feed, IndexWorker):
        await feed.abandon()
    if index is None or index.needs_rebuild:
        index = await build(database)
    save(index, path, run_id)


async def _complete(database: Database, update: IndexUpdate, run_id: int) -> SearchIndex:
    """The updated index with the products whose exhibitor alone changed in the run; and
    when runs came between the saved index and this one (their process died before it
    was saved), with every product changed since it, read from the database."""
    async with database.read() as session:
        skipped = await session.execute(
            select(SyncRun.id).where(SyncRun.id > update.since, SyncRun.id < run_id).limit(1)
        )
        missed = skipped.first() is not None
    if missed:
        return await _upsert(database, update.index, _CHANGED, since=update.since)
    return await _upsert(database, update.index, _HOST_CHANGED, run=run_id)


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


async def _upsert(
    database: Database, index: SearchIndex, where: str, **params: int
) -> SearchIndex:
    """Add the products `where` picks (all when empty), with their exhibitors."""
    hosts: dict[str, tuple[str, str | None]] = {}
    async for rows in _rows(database, where, **params):
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
_CHANGED = "WHERE p.sync_run > :since OR e.sync_run > :since"  # a scan of every product
_NOT_WRITTEN = "WHERE p.sync_run <> :run"  # a scan of every product
# By the index of products' exhibitors (a join here made SQLite scan every product).
_HOST_CHANGED = (
    "WHERE p.exhibitor_id IN (SELECT id FROM exhibitors WHERE sync_run = :run) "
    "AND p.sync_run <> :run"
)


async def _rows(
    database: Database, where: str, **params: int
) -> AsyncIterator[Sequence[Sequence[Any]]]:
    """The products `where` picks, BATCH rows at a time, as the driver gives them."""
    async with database.read() as session:
        result = await session.stream(text(f"{_COLUMNS} {where} ORDER BY p.id"), params)
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
