"""The search index follows the catalog: each sync run's changes are applied, not rebuilt."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from bot.clock import Clock
from bot.db.engine import Database
from bot.search import SearchIndex, catalog_index, parse_query, search
from catalog_sync.runner import SyncReport, sync
from tests.auxil.feed import base_catalog, exhibitor, product, stamp, write


async def _sync_and_refresh(database: Database, feed: Path, full: bool = False) -> SyncReport:
    report = await sync(database, str(feed), Clock(), full=full)
    await catalog_index.refresh(
        database, report.run_id, report.deleted_products, report.deleted_exhibitors,
        rebuild=report.swept,
    )  # fmt: skip
    return report


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [pid for pid, _ in search(index, parse_query(query), limit=50).hits]


async def test_refresh_applies_updates_additions_and_deletions(
    database: Database, tmp_path: Path
) -> None:
    feed = tmp_path / "feed"
    base_catalog(feed, products=6)
    await _sync_and_refresh(database, feed)
    path = catalog_index.index_path(database)
    first = catalog_index.applied_run(path)
    assert sorted(_ids(SearchIndex.load(path), "led strip")) == [f"P00000{n}" for n in range(6)]

    products = [json.loads(line) for line in (feed / "products.jsonl").read_text().splitlines()]
    products += [
        product(1, 2, 100, name={"en": "Bamboo cutting board"}),
        {"id": "P000003", "deleted": True, "updated_at": stamp(101)},
        product(50, 2, 102, name={"en": "Ceramic coffee mug"}),
    ]
    write(feed, "products", products)
    tombstone = {"id": "EX0001", "deleted": True, "updated_at": stamp(103)}
    write(feed, "exhibitors", [exhibitor(1, 0), exhibitor(2, 1), tombstone])
    report = await _sync_and_refresh(database, feed)
    index = SearchIndex.load(path)
    assert catalog_index.applied_run(path) == report.run_id != first
    assert _ids(index, "bamboo board") == ["P000001"]
    assert _ids(index, "coffee mug") == ["P000050"]
    # P000003 was deleted; EX0001's products (0, 2, 4) went with their exhibitor.
    assert sorted(_ids(index, "led strip")) == ["P000005"]


async def test_a_full_run_that_swept_rebuilds(database: Database, tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    base_catalog(feed, products=6)
    await _sync_and_refresh(database, feed)
    write(feed, "products", [product(n, 1, n) for n in range(2)])
    report = await _sync_and_refresh(database, feed, full=True)
    assert report.swept
    index = SearchIndex.load(catalog_index.index_path(database))
    assert sorted(_ids(index, "led strip")) == ["P000000", "P000001"]


async def test_searches_arriving_together_load_the_index_once(
    database: Database, tmp_path: Path
) -> None:
    """Updates run concurrently: the first searches of a process must share one load."""
    base_catalog(tmp_path / "feed", products=6)
    await sync(database, str(tmp_path / "feed"), Clock())
    live = catalog_index.LiveIndex(database)
    loaded = await asyncio.gather(*(live.current() for _ in range(8)))
    assert len({id(index) for index in loaded}) == 1
