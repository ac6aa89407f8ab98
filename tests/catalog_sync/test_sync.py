"""The sync job over the directory feed server, on both engines."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, inspect, select

from bot.clock import Clock
from bot.db.catalog import Exhibitor, Product, Slot, SyncRun
from bot.db.engine import Database
from catalog_sync.directory_feed import FeedFault, FeedServer
from catalog_sync.runner import SyncFailed, sync
from tests.auxil.feed import FAST, base_catalog, count, exhibitor, line, product, run, stamp, write


async def test_full_catalog_over_several_pages(database: Database, feed: FeedServer) -> None:
    report = await run(database, feed)
    assert line(report, "products").startswith("products: 25 added, 0 updated, 0 deleted")
    assert await count(database, Product) == 25 and await count(database, Slot) == 1
    pages = [r for r in feed.requests if r.kind == "products"]
    assert len(pages) == 3
    async with database.read() as session:
        led = await session.get(Product, "P000007")
        run_row = (await session.execute(select(SyncRun))).scalar_one()
    assert led is not None and led.name["zh"] == "LED灯带7" and str(led.price_min) == "1.2000"
    assert led.moq == 500 and led.updated_at.tzinfo is not None
    assert run_row.status == "ok" and run_row.report["products"]["added"] == 25


async def test_increment_updates_and_deletes(
    database: Database, feed: FeedServer, tmp_path: Path
) -> None:
    await run(database, feed)
    directory = tmp_path / "feed"
    products = [product(n, 1 + n % 2, n) for n in range(25)]
    products += [
        product(3, 2, 100, name={"en": "LED strip, now dimmable"}),
        {"id": "P000005", "deleted": True, "updated_at": stamp(101)},
        product(99, 2, 102),
    ]
    write(directory, "products", products)
    tombstone = {"id": "EX0001", "deleted": True, "updated_at": stamp(103)}
    write(directory, "exhibitors", [exhibitor(1, 0), exhibitor(2, 1), tombstone])
    report = await run(database, feed)
    assert line(report, "products").startswith("products: 1 added, 1 updated, 1 deleted")
    assert line(report, "exhibitors").startswith("exhibitors: 0 added, 0 updated, 1 deleted")
    async with database.read() as session:
        owners = set((await session.execute(select(Product.exhibitor_id))).scalars())
        assert await session.get(Exhibitor, "EX0001") is None
    # The deleted exhibitor took its products and its slot with it.
    assert owners == {"EX0002"} and await count(database, Slot) == 0


async def test_nothing_changed_is_answered_304(database: Database, feed: FeedServer) -> None:
    await run(database, feed)
    await run(database, feed)
    third = await run(database, feed)
    assert all(k.not_modified for k in third.kinds)
    assert any(r.status == 304 for r in feed.requests)


@pytest.mark.parametrize(
    "fault",
    [
        FeedFault(kind="products", status=500, times=2),
        FeedFault(kind="products", status=429, retry_after=0.05, times=2),
        FeedFault(kind="products", delay=3.0, times=1),
        FeedFault(kind="products", malformed=True, times=2),
        FeedFault(kind="products", truncate=True, times=1),
    ],
    ids=["500", "429", "timeout", "malformed", "truncated"],
)
async def test_transient_faults_are_retried(
    database: Database, feed: FeedServer, fault: FeedFault
) -> None:
    feed.inject(fault)
    report = await run(database, feed)
    assert line(report, "products").startswith("products: 25 added")
    assert await count(database, Product) == 25


async def test_gives_up_clearly_and_resumes_from_the_last_committed_page(
    database: Database, feed: FeedServer
) -> None:
    await run(database, feed, limit=10)  # prime nothing: a fresh run below
    async with database.write() as session:
        await session.execute(delete(Product))
        await session.execute(delete(Slot))
    report_before = await count(database, Product)
    assert report_before == 0
    # A second feed state: ten more products, and the service failing after one page.
    feed.clear_faults()
    directory = feed.directory
    more = [product(n, 1, 200 + n) for n in range(100, 110)]
    write(directory, "products", [product(n, 1 + n % 2, n) for n in range(25)] + more)
    feed.inject(FeedFault(kind="products", status=503, times=None))
    with pytest.raises(SyncFailed, match="gave up after 4 attempts"):
        await run(database, feed, limit=5)
    assert await count(database, Product) == 0
    feed.clear_faults()
    resumed = await run(database, feed, limit=5)
    assert line(resumed, "products").startswith("products: 10 added")
    async with database.read() as session:
        failed = (await session.execute(select(SyncRun).where(SyncRun.status == "failed"))).all()
    assert len(failed) == 1


async def test_interrupted_run_resumes_where_it_stopped(
    database: Database, feed: FeedServer
) -> None:
    feed.inject(FeedFault(kind="products", status=500, times=None))
    feed_calls_before = len(feed.requests)
    with pytest.raises(SyncFailed):
        await run(database, feed, limit=10)
    assert len(feed.requests) > feed_calls_before
    feed.clear_faults()
    # Categories and exhibitors were committed; the rerun does not fetch them from zero.
    report = await run(database, feed)
    assert line(report, "exhibitors").startswith("exhibitors: 0 added, 0 updated, 0 deleted, 0")
    assert line(report, "products").startswith("products: 25 added")


async def test_bad_records_are_rejected_one_by_one(
    database: Database, feed: FeedServer, tmp_path: Path
) -> None:
    bad: list[object] = [
        {"exhibitor_id": "EX0001", "name": {"en": "no id"}, "updated_at": stamp(50)},
        product(301, 1, 51, moq={"quantity": -5, "unit": "pieces"}),
        product(302, 1, 52, price={"min": "1", "max": "2", "currency": "XYZ"}),
        product(303, 1, 53, price={"min": "5", "max": "2", "currency": "USD"}),
        product(304, 1, 54, name={"en": "x" * 301}),
        product(305, 77, 55),
        product(306, 1, 56, name="LED strip"),
        product(307, 1, 57, price={"min": "cheap", "max": "2", "currency": "USD"}),
        product(308, 1, 58, name={"zh": "只有中文"}),
        product(309, 1, 59, keywords=["k"] * 51),
        "just a string",
    ]
    good = [product(n, 1 + n % 2, n) for n in range(25)]
    write(tmp_path / "feed", "products", good + bad)
    report = await run(database, feed)
    text = line(report, "products")
    assert text.startswith("products: 25 added, 0 updated, 0 deleted, 0 unchanged, 11 rejected")
    assert "P000302 (unknown currency XYZ)" in text and "; and 1 more" in text
    rejected = next(k for k in report.kinds if k.kind == "products").counts.rejected
    assert {r.id for r in rejected} == {None, *(f"P000{n}" for n in range(301, 310))}
    assert any(r.reason == "unknown exhibitor EX0077" for r in rejected)
    assert await count(database, Product) == 25


async def test_a_page_with_a_broken_record_is_stepped_over(
    database: Database, feed: FeedServer, tmp_path: Path
) -> None:
    path = tmp_path / "feed" / "products.jsonl"
    lines = path.read_text().splitlines()
    lines.insert(12, '{"id": "P000777", "name": {"en": "broken"')
    path.write_text("\n".join(lines) + "\n")
    report = await run(database, feed)
    text = line(report, "products")
    assert text.startswith("products: 25 added, 0 updated, 0 deleted, 0 unchanged, 1 rejected")
    assert "not valid JSON" in text


async def test_full_sync_removes_what_the_feed_no_longer_has(
    database: Database, feed: FeedServer, tmp_path: Path
) -> None:
    await run(database, feed)
    write(tmp_path / "feed", "products", [product(n, 1, n) for n in range(10)])
    report = await run(database, feed, full=True)
    assert line(report, "products").startswith("products: 0 added, 0 updated, 15 deleted, 10")
    assert await count(database, Product) == 10


async def test_directory_source(database: Database, tmp_path: Path) -> None:
    base_catalog(tmp_path / "files", products=7)
    report = await sync(database, str(tmp_path / "files"), Clock(), policy=FAST)
    assert line(report, "products").startswith("products: 7 added")
    with pytest.raises(SyncFailed, match="neither"):
        await sync(database, str(tmp_path / "missing"), Clock(), policy=FAST)


async def test_wrong_api_key_fails_clearly(database: Database, feed: FeedServer) -> None:
    with pytest.raises(SyncFailed, match="401"):
        await sync(database, feed.url, Clock(), api_key="wrong", policy=FAST)


async def _product_indexes(database: Database) -> set[str]:
    """The products' index names, and "fk" while the key to exhibitors exists."""
    async with database.engine.connect() as conn:
        indexes = await conn.run_sync(lambda sync: inspect(sync).get_indexes("products"))
        keys = await conn.run_sync(lambda sync: inspect(sync).get_foreign_keys("products"))
    return {str(index["name"]) for index in indexes} | {"fk" for key in keys}


async def test_a_first_load_that_stops_leaves_its_index_to_the_next_run(
    database: Database, feed: FeedServer
) -> None:
    """A first load goes without the products' exhibitor index until its last page."""

    def stop_after_a_page(kind: str, done: int, total: int | None) -> None:
        if kind == "products":
            feed.inject(FeedFault(kind="products", status=503, times=None))

    with pytest.raises(SyncFailed):
        await run(database, feed, progress=stop_after_a_page, limit=2)
    assert 0 < await count(database, Product) < 25
    left = await _product_indexes(database)
    assert "ix_products_exhibitor_id" not in left
    assert ("fk" in left) == database.is_sqlite  # SQLite cannot drop a foreign key
    feed.clear_faults()
    report = await run(database, feed)
    assert line(report, "products").startswith("products: ")
    assert await count(database, Product) == 25
    assert {"ix_products_exhibitor_id", "fk"} <= await _product_indexes(database)
