"""A feed that misbehaves or lies cannot hang the sync, flood it, steal its key or plant files.

Each test stands for a hole a review found: image values that are local paths, a cursor
that repeats, a page without end, a database error mid-run, a redirect to another host.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.catalog import Exhibitor, Product, SyncRun
from bot.db.engine import Database
from catalog_sync.fixture_index import START, Position, encode_cursor
from catalog_sync.fixture_server import FeedFault, FeedServer
from catalog_sync.runner import SyncFailed
from tests.catalog_sync.test_sync import (
    exhibitor,
    line,
    product,
    run,
    write,
)

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
