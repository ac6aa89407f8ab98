"""The search index of the catalog in the database: built from it, kept beside it.

The index file is valid for one sync run: a sidecar records the newest
completed run it reflects, and a newer run means building it again. (Refreshing
it incrementally after each sync, from the run's changes, is the next step.)
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

from sqlalchemy import select
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


async def last_run(database: Database) -> int:
    async with database.read() as session:
        newest = await session.execute(
            select(SyncRun.id).where(SyncRun.status == "ok").order_by(SyncRun.id.desc()).limit(1)
        )
        return int(newest.scalar_one_or_none() or 0)


async def build(database: Database) -> SearchIndex:
    """A fresh index of every product, read in batches (never the whole catalog at once)."""
    index = SearchIndex.build([])
    batch: list[ProductDoc] = []
    async for product, exhibitor in _rows(database):
        batch.append(ProductDoc.from_rows(product, exhibitor))
        if len(batch) >= BATCH:
            index.upsert(batch)
            batch = []
    index.upsert(batch)
    return index


async def open_index(database: Database, path: Path | None = None) -> SearchIndex:
    """The saved index if it reflects the newest sync run, else one built and saved now."""
    path = path or index_path(database)
    sidecar = path.with_suffix(".run")
    run = await last_run(database)
    if path.exists() and sidecar.exists() and json.loads(sidecar.read_text()) == {"run": run}:
        return SearchIndex.load(path)
    index = await build(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    index.save(path)
    sidecar.write_text(json.dumps({"run": run}))
    return index


class LiveIndex:
    """The index one process searches, swapped for a newer one when a sync has saved it."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self._index: SearchIndex | None = None
        self._run: int | None = None

    async def current(self) -> SearchIndex:
        run = await last_run(self.database)
        if self._index is None or run != self._run:
            self._index = await open_index(self.database)
            self._run = run
        return self._index


async def _rows(database: Database) -> AsyncIterator[tuple[Product, Exhibitor]]:
    async with database.read() as session:
        result = await session.stream(
            select(Product, Exhibitor)
            .join(Exhibitor, Product.exhibitor_id == Exhibitor.id)
            .order_by(Product.id)
            .execution_options(yield_per=BATCH)
        )
        async for product, exhibitor in result:
            yield product, exhibitor
