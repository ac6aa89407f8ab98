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
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.engine import make_url

from bot.db.catalog import Exhibitor, Product, SyncRun
from bot.db.engine import Database
from bot.search import ProductDoc, SearchIndex

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
    _save(index, path, run)
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
        _save(await build(database), path, run_id)
        return
    index = SearchIndex.load(path)
    index.remove(deleted_products)
    for exhibitor_id in deleted_exhibitors:
        index.remove_exhibitor(exhibitor_id)
    await _upsert(database, index, since)
    if index.needs_rebuild:
        index = await build(database)
    _save(index, path, run_id)


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


def _save(index: SearchIndex, path: Path, run: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    index.save(path)
    path.with_suffix(".run").write_text(json.dumps({"run": run}))


async def _upsert(database: Database, index: SearchIndex, since_run: int | None) -> SearchIndex:
    """Add the products changed after `since_run` (all when None), with their exhibitors."""
    batch: list[ProductDoc] = []
    async for row in _rows(database, since_run):
        batch.append(ProductDoc.from_rows(row, _Host(row.exhibitor_name, row.province)))
        if len(batch) >= BATCH:
            index.upsert(batch)
            batch = []
    index.upsert(batch)
    return index


class _Host(NamedTuple):
    """What a product's document takes of its exhibitor."""

    name: dict[str, str]
    province: str | None


async def _rows(database: Database, since_run: int | None) -> AsyncIterator[Any]:
    """The columns a document is made of, not whole rows: a rebuild after a full sync
    spent half its time making ORM objects and decoding descriptions, images and the
    rest of the JSON it never reads."""
    query = select(
        Product.id, Product.exhibitor_id, Product.category_id, Product.name, Product.keywords,
        Product.price_min, Product.currency, Product.moq,
        Exhibitor.name.label("exhibitor_name"), Exhibitor.province,
    ).join(Exhibitor, Product.exhibitor_id == Exhibitor.id)  # fmt: skip
    if since_run is not None:
        # A product's document also changes when its exhibitor's name or province does.
        query = query.where(or_(Product.sync_run > since_run, Exhibitor.sync_run > since_run))
    async with database.read() as session:
        result = await session.stream(
            query.order_by(Product.id).execution_options(yield_per=BATCH)
        )
        async for row in result:
            yield row
