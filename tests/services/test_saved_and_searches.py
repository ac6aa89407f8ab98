"""Saved products and the search log, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.clock import Clock
from bot.db.catalog import Search
from bot.db.engine import Database
from bot.errors import StaleAction
from bot.services import buyers, saved, searches, users
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog

NOW = datetime(2026, 10, 15, 2, 0, tzinfo=UTC)


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    base_catalog(tmp_path / "feed", products=5)
    await sync(database, str(tmp_path / "feed"), Clock())
    async with database.write() as s:
        await users.ensure(s, 1, "en", NOW)
    return database


async def test_saving_twice_keeps_one_and_lists_newest_first(catalog: Database) -> None:
    async with catalog.write() as s:
        assert await saved.save(s, 1, "P000001", NOW)
        assert not await saved.save(s, 1, "P000001", NOW)
        assert await saved.save(s, 1, "P000003", NOW + timedelta(minutes=1))
    async with catalog.read() as s:
        assert await saved.product_ids(s, 1) == ["P000003", "P000001"]
    async with catalog.write() as s:
        assert await saved.remove(s, 1, "P000003")
        assert not await saved.remove(s, 1, "P000003")
    with pytest.raises(StaleAction):
        async with catalog.write() as s:
            await saved.save(s, 1, "P999999", NOW)


async def test_searches_name_only_buyers_who_consented(catalog: Database) -> None:
    async with catalog.write() as s:
        await users.ensure(s, 2, "es", NOW)
        await buyers.create(
            s, 2,
            {"full_name": "Ana", "company": "Co", "country": "ES", "timezone": "Europe/Madrid",
             "email": "a@b.es", "interests": [], "consent": True},
            NOW,
        )  # fmt: skip
        await searches.record(s, 1, "en", "led strip", 12, NOW)
        await searches.record(s, 2, "es", "x" * 5000, 0, NOW)
    async with catalog.read() as s:
        rows = (await s.execute(select(Search).order_by(Search.id))).scalars().all()
    assert [(r.telegram_id, r.results) for r in rows] == [(None, 12), (2, 0)]
    assert len(rows[1].query) == 256
