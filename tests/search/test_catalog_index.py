"""The search index follows the catalog: each sync run's changes are applied, not rebuilt."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from bot.clock import Clock
from bot.db.engine import Database
from bot.search import SearchIndex, catalog_index, parse_query, search
from bot.search.index_worker import IndexWorker
from catalog_sync.directory_feed import FeedFault, FeedServer
from catalog_sync.runner import SyncFailed, SyncReport, sync
from tests.auxil.feed import FAST, base_catalog, exhibitor, line, product, stamp, write


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [pid for pid, _ in search(index, parse_query(query), limit=50).hits]


async def test_a_run_applies_updates_additions_and_deletions(
    database: Database, tmp_path: Path
) -> None:
    feed = tmp_path / "feed"
    base_catalog(feed, products=6)
    await _sync_as_the_command(database, str(feed))
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
    report = await _sync_as_the_command(database, str(feed), anew=False)
    index = SearchIndex.load(path)
    assert catalog_index.applied_run(path) == report.run_id != first
    assert _ids(index, "bamboo board") == ["P000001"]
    assert _ids(index, "coffee mug") == ["P000050"]
    # P000003 was deleted; EX0001's products (0, 2, 4) went with their exhibitor.
    assert sorted(_ids(index, "led strip")) == ["P000005"]


async def test_a_full_run_that_swept_rebuilds(database: Database, tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    base_catalog(feed, products=6)
    await _sync_as_the_command(database, str(feed))
    write(feed, "products", [product(n, 1, n) for n in range(2)])
    report = await _sync_as_the_command(database, str(feed), full=True, anew=True)
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


async def _sync_as_the_command(
    database: Database, source: str, full: bool = False, anew: bool = True
) -> SyncReport:
    """A run as `bot.py sync` makes it: the index kept as pages commit, anew in a child
    process or (`anew` False) the saved one updated."""
    index = await catalog_index.start(database, full)
    assert isinstance(index, IndexWorker) == anew
    try:
        report = await sync(database, source, Clock(), full=full, index=index, policy=FAST,
                            limit=10)  # fmt: skip
    except SyncFailed as failure:
        report = failure.report
    await catalog_index.finish(database, index, report.run_id, rebuild=report.swept)
    return report


async def _first_run(database: Database, tmp_path: Path) -> tuple[Path, list[object]]:
    """The feed of 30 products after a first run, and its products."""
    feed = tmp_path / "feed"
    base_catalog(feed, products=30)
    await _sync_as_the_command(database, str(feed))
    return feed, [json.loads(line) for line in (feed / "products.jsonl").read_text().splitlines()]


def _content(index: SearchIndex) -> dict[str, object]:
    """What an index holds, by product id (doc ids depend on the order products came in)."""
    live = index.live()
    pid = {d: index.product_id(d) for d in live}
    terms = {t: index.term_postings(t) & live for t in index.terms.terms}
    filters = {k: index.filters.get(k) & live for k in index.filters.keys}
    return {
        "terms": {t: {pid[d] for d in docs} for t, docs in terms.items() if docs},
        "filters": {k: {pid[d] for d in docs} for k, docs in filters.items() if docs},
        "docs": {
            pid[d]: (index.doc_names(d), str(index.price[d]), index.moq[d],
                     index.categories[index.category[d]], index.provinces[index.province[d]])
            for d in live
        },
    }  # fmt: skip


async def test_the_index_made_during_a_first_run_is_the_one_the_database_gives(
    database: Database, tmp_path: Path
) -> None:
    feed = tmp_path / "feed"
    base_catalog(feed, products=30)
    products = [json.loads(line) for line in (feed / "products.jsonl").read_text().splitlines()]
    products += [
        {"id": "P000003", "deleted": True, "updated_at": stamp(101)},
        product(4, 2, 102, name={"en": "Bamboo cutting board"}, price=None),
        product(77, 9, 103),  # an unknown exhibitor: rejected, never indexed
    ]
    write(feed, "products", products)
    await _sync_as_the_command(database, str(feed))
    saved = SearchIndex.load(catalog_index.index_path(database))
    assert _content(saved) == _content(await catalog_index.build(database))
    assert _ids(saved, "bamboo board") == ["P000004"] and len(saved) == 29


async def test_a_full_run_that_stops_takes_the_rest_from_the_database(
    database: Database, tmp_path: Path
) -> None:
    feed, _ = await _first_run(database, tmp_path)
    write(feed, "exhibitors", [exhibitor(1, 5, name={"en": "Renamed Lamps Co."}), exhibitor(2, 1)])
    async with FeedServer(feed) as server:
        server.inject(FeedFault(kind="products", status=503, times=None))
        report = await _sync_as_the_command(database, server.url, full=True)
    assert line(report, "exhibitors").startswith("exhibitors: 0 added, 1 updated")
    saved = SearchIndex.load(catalog_index.index_path(database))
    assert catalog_index.applied_run(catalog_index.index_path(database)) == report.run_id
    assert _content(saved) == _content(await catalog_index.build(database))
    assert len(_ids(saved, "renamed lamps")) == 15


async def test_a_worker_that_died_leaves_the_index_to_the_database(
    database: Database, tmp_path: Path
) -> None:
    feed = tmp_path / "feed"
    base_catalog(feed, products=30)
    worker = await catalog_index.start(database, full=False)
    assert isinstance(worker, IndexWorker)
    await worker.abandon()
    report = await sync(database, str(feed), Clock(), index=worker, limit=10)
    await catalog_index.finish(database, worker, report.run_id, rebuild=False)
    saved = SearchIndex.load(catalog_index.index_path(database))
    assert _content(saved) == _content(await catalog_index.build(database)) and len(saved) == 30


async def test_an_increment_updates_the_saved_index_as_pages_commit(
    database: Database, tmp_path: Path
) -> None:
    feed, products = await _first_run(database, tmp_path)
    products += [
        product(1, 1, 100, name={"en": "Bamboo cutting board"}),
        {"id": "P000003", "deleted": True, "updated_at": stamp(101)},
        product(50, 2, 102, name={"en": "Ceramic coffee mug"}),
    ]
    write(feed, "products", products)
    renamed = exhibitor(1, 5, name={"en": "Renamed Lamps Co."})
    write(feed, "exhibitors", [exhibitor(2, 1), renamed, exhibitor(3, 6)])
    report = await _sync_as_the_command(database, str(feed), anew=False)
    path = catalog_index.index_path(database)
    saved = SearchIndex.load(path)
    assert catalog_index.applied_run(path) == report.run_id
    assert _content(saved) == _content(await catalog_index.build(database))
    assert _ids(saved, "bamboo board") == ["P000001"] and len(_ids(saved, "renamed lamps")) == 16
    # Deleting an exhibitor takes its products out of the index with it.
    write(feed, "exhibitors", [{"id": "EX0002", "deleted": True, "updated_at": stamp(110)}])
    await _sync_as_the_command(database, str(feed), anew=False)
    saved = SearchIndex.load(path)
    assert _content(saved) == _content(await catalog_index.build(database)) and len(saved) == 16


async def test_an_increment_after_a_run_that_died_takes_its_changes_too(
    database: Database, tmp_path: Path
) -> None:
    feed, products = await _first_run(database, tmp_path)
    write(feed, "products", [*products, product(60, 1, 100, name={"en": "Bamboo board"})])
    await sync(database, str(feed), Clock())  # its process died before the index was saved
    write(feed, "products", [*products, product(61, 2, 101, name={"en": "Ceramic mug"})])
    await _sync_as_the_command(database, str(feed), anew=False)
    saved = SearchIndex.load(catalog_index.index_path(database))
    assert _content(saved) == _content(await catalog_index.build(database))
    assert _ids(saved, "bamboo board") == ["P000060"] and _ids(saved, "ceramic mug") == ["P000061"]
