"""An exhibitor's own settings, on both engines."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.db.engine import Database
from bot.domain import AlertMode, BookingMode
from bot.services import exhibitor_settings
from bot.services.exhibitor_settings import Preferences
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog

NOW = datetime(2026, 10, 14, 2, 0, tzinfo=UTC)


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    base_catalog(tmp_path / "feed", products=4)
    await sync(database, str(tmp_path / "feed"), Clock())
    return database


async def test_an_exhibitor_that_chose_nothing_has_the_defaults(catalog: Database) -> None:
    async with catalog.read() as s:
        assert await exhibitor_settings.get(s, "EX0001") == Preferences()


async def test_a_change_keeps_the_other_choices(catalog: Database) -> None:
    async with catalog.write() as s:
        await exhibitor_settings.change(s, "EX0001", NOW, booking_mode=BookingMode.CONFIRM)
    async with catalog.write() as s:
        changed = await exhibitor_settings.change(s, "EX0001", NOW, opens_at=540, closes_at=1080)
    assert changed == Preferences(BookingMode.CONFIRM, AlertMode.INSTANT, 540, 1080)
    async with catalog.read() as s:
        assert await exhibitor_settings.get(s, "EX0002") == Preferences()


async def test_two_changes_at_once_both_count(catalog: Database) -> None:
    async def set_field(**change: object) -> None:
        async with catalog.write() as s:
            await exhibitor_settings.change(s, "EX0001", NOW, **change)

    await asyncio.gather(
        set_field(booking_mode=BookingMode.CONFIRM), set_field(lead_alerts=AlertMode.DIGEST)
    )
    async with catalog.read() as s:
        found = await exhibitor_settings.get(s, "EX0001")
    assert (found.booking_mode, found.lead_alerts) == (BookingMode.CONFIRM, AlertMode.DIGEST)


async def test_an_unknown_setting_is_refused(catalog: Database) -> None:
    async with catalog.write() as s:
        with pytest.raises(TypeError):
            await exhibitor_settings.change(s, "EX0001", NOW, colour="red")
