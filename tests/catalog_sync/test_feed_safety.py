"""A feed that misbehaves or lies cannot hang the sync, flood it, steal its key or plant files.

Each test stands for a hole a review found: image values that are local paths, a cursor
that repeats, a page without end, a database error mid-run, a redirect to another host.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from bot.clock import Clock
from bot.db.catalog import Exhibitor, Product, SyncRun
from bot.db.engine import Database
from catalog_sync.cli import run_sync
from catalog_sync.directory_feed import FeedFault, FeedServer
from catalog_sync.directory_index import START, Position, encode_cursor
from catalog_sync.runner import SyncFailed
from tests.auxil.feed import (
    base_catalog,
    count,
    exhibitor,
    line,
    product,
    run,
    write,
)
from tests.auxil.tcp_proxy import TcpProxy

FIRST = encode_cursor("products", START)
AFTER_TEN = encode_cursor("products", Position(skip=10))


async def runs(db: Database) -> list[SyncRun]:
    async with db.read() as session:
        return list((await session.execute(select(SyncRun).order_by(SyncRun.id))).scalars())


async def test_image_values_that_are_not_web_urls_are_dropped(
    database: Database, feed: FeedServer, tmp_path: Path
) -> None:
    bad = [
        "/home/bot/.env", ".env", "file:///etc/passwd", "ftp://img.example/a.jpg",
        "https://user:secret@img.example/a.jpg", "https:///no-host.jpg", "http:img.example/a",
        "//img.example/a.jpg", "javascript:alert(1)", "https://img.example/a\n.jpg",
        "https://img.example:99999/a.jpg",
    ]  # fmt: skip
    good = ["https://img.example/a.jpg", "HTTP://img.example:8080/b.jpg?size=2"]
    products = [product(n, 1 + n % 2, n) for n in range(25)]
    products[3] = product(3, 2, 3, images=[bad[0], good[0], *bad[1:], good[1]])
    products[4] = product(4, 1, 4, images=["../../bot.db"])
    write(tmp_path / "feed", "products", products)
    write(tmp_path / "feed", "exhibitors", [
        exhibitor(1, 0, logo_url="file:///etc/shadow"),
        exhibitor(2, 1, logo_url="https://img.example/logo.png"),
    ])  # fmt: skip
    report = await run(database, feed)
    products_line = line(report, "products")
    assert products_line.startswith("products: 25 added, 0 updated, 0 deleted, 0 unchanged")
    assert "0 rejected; 12 image URLs dropped: P000003 ('/home/bot/.env')" in products_line
    assert "exhibitors: 2 added" in line(report, "exhibitors")
    assert "1 image URLs dropped: EX0001 ('file:///etc/shadow')" in line(report, "exhibitors")
    async with database.read() as session:
        three = await session.get(Product, "P000003")
        four = await session.get(Product, "P000004")
        logos = dict((await session.execute(select(Exhibitor.id, Exhibitor.logo_url))).all())
        row = (await session.execute(select(SyncRun))).scalar_one()
    assert three is not None and three.images == good
    assert four is not None and four.images == []
    assert logos == {"EX0001": None, "EX0002": "https://img.example/logo.png"}
    assert row.report["products"]["dropped_images"] == 12


async def test_a_cursor_that_never_moves_on_fails_the_run(
    database: Database, feed: FeedServer
) -> None:
    feed.inject(FeedFault(kind="products", next_cursor=FIRST, times=None))
    async with asyncio.timeout(10):
        with pytest.raises(SyncFailed, match="repeated the cursor"):
            await run(database, feed)
    assert [r.status for r in await runs(database)] == ["failed"]
    assert "products: the feed repeated the cursor" in ((await runs(database))[0].error or "")


async def test_a_cursor_cycle_fails_the_run(database: Database, feed: FeedServer) -> None:
    for cursor in (FIRST, AFTER_TEN, FIRST):
        feed.inject(FeedFault(kind="products", next_cursor=cursor))
    async with asyncio.timeout(10):
        with pytest.raises(SyncFailed, match=f"repeated the cursor '{FIRST}'"):
            await run(database, feed)
    products = [r for r in feed.requests if r.kind == "products"]
    assert len(products) == 3


async def test_an_oversized_streamed_page_fails_the_run(
    database: Database, feed: FeedServer
) -> None:
    feed.inject(FeedFault(kind="products", padding=3_000_000, times=None))
    with pytest.raises(SyncFailed, match="products: a page is larger than 1,000,000 bytes"):
        await run(database, feed, max_page_bytes=1_000_000)
    assert await count(database, Product) == 0
    assert [r.status for r in await runs(database)] == ["failed"]


async def test_a_page_announced_larger_than_the_cap_fails_the_run(
    database: Database, feed: FeedServer
) -> None:
    with pytest.raises(SyncFailed, match="categories: a page is larger than 200 bytes"):
        await run(database, feed, max_page_bytes=200)


async def test_pages_under_the_cap_still_pass_when_streamed(
    database: Database, feed: FeedServer
) -> None:
    feed.inject(FeedFault(kind="products", padding=100_000, times=None))
    report = await run(database, feed, max_page_bytes=1_000_000)
    assert line(report, "products").startswith("products: 25 added")


async def test_a_database_error_mid_run_marks_the_run_failed(
    database: Database, feed: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    async with database.write() as session:
        await session.execute(text("ALTER TABLE slots RENAME TO slots_gone"))
    code = await run_sync(database.url, feed.url, False, "secret-key", Clock())
    assert code == 1
    output = capsys.readouterr()
    assert "products: 25 added" in output.out
    assert "sync failed: database error:" in output.err and "slots" in output.err
    [row] = await runs(database)
    assert row.status == "failed" and row.finished_at is not None
    assert row.error is not None and row.error.startswith("database error:")
    assert row.report["products"]["added"] == 25


async def test_the_database_going_away_mid_run_is_recorded_once_it_is_back(
    database: Database, feed: FeedServer
) -> None:
    if database.is_sqlite:
        pytest.skip("cutting the connection needs a database server")
    url = make_url(database.url)
    assert url.host is not None and url.port is not None
    async with TcpProxy(url.host, url.port) as proxy:
        through = Database(url.set(port=proxy.port).render_as_string(hide_password=False))
        try:
            feed.inject(FeedFault(kind="products", delay=0.3, times=None))
            running = asyncio.create_task(run(through, feed))
            async with asyncio.timeout(10):
                while await count(database, Product) < 10:
                    await asyncio.sleep(0.02)
            await proxy.cut()  # between two pages: the next one cannot be written
            await asyncio.sleep(0.6)
            await proxy.restore()
            with pytest.raises(SyncFailed, match="database error"):
                await asyncio.wait_for(running, 20)
        finally:
            await through.dispose()
    [row] = await runs(database)
    assert row.status == "failed" and (row.error or "").startswith("database error")


async def test_a_cancelled_run_is_marked_interrupted(database: Database, feed: FeedServer) -> None:
    feed.inject(FeedFault(kind="products", delay=30))
    running = asyncio.create_task(run(database, feed))
    async with asyncio.timeout(10):
        while await count(database, Exhibitor) < 2:
            await asyncio.sleep(0.02)
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    [row] = await runs(database)
    assert (row.status, row.error) == ("failed", "interrupted before the run finished")


async def test_the_api_key_does_not_follow_a_redirect_to_another_host(
    database: Database, feed: FeedServer, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "elsewhere")
    async with FeedServer(tmp_path / "elsewhere") as elsewhere:
        feed.inject(FeedFault(kind="products", redirect=elsewhere.url))
        with pytest.raises(SyncFailed, match="redirected to another origin"):
            await run(database, feed)
        assert all("X-API-Key" not in r.headers for r in elsewhere.requests)
    assert [r.status for r in await runs(database)] == ["failed"]


async def test_a_redirect_within_the_feed_keeps_the_key(
    database: Database, feed: FeedServer
) -> None:
    feed.inject(FeedFault(kind="products", redirect=feed.url))
    report = await run(database, feed)
    assert line(report, "products").startswith("products: 25 added")
    assert [r.status for r in feed.requests if r.kind == "products"][:2] == [307, 200]
