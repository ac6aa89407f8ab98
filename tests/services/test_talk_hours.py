"""Business hours and staff presence for live talks, on both engines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.handoff import Staff
from bot.errors import InvalidAnswer
from bot.services import exhibitor_settings, staff, talk_hours, users
from bot.services.talk_hours import is_open, next_opening, parse_hours
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog

FAIR = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 10, 15, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    base_catalog(tmp_path / "feed", products=4)
    await sync(database, str(tmp_path / "feed"), Clock())
    return database


def test_hours_within_a_day_and_past_midnight() -> None:
    assert is_open(None, None, 3 * 60)
    assert is_open(540, 1080, 540) and not is_open(540, 1080, 1080)
    assert not is_open(540, 1080, 539)
    assert is_open(22 * 60, 2 * 60, 23 * 60) and is_open(22 * 60, 2 * 60, 60)
    assert not is_open(22 * 60, 2 * 60, 12 * 60)


def test_the_next_opening_is_today_or_tomorrow_on_the_fair_clock() -> None:
    assert next_opening(600, NOW, FAIR) == datetime(2026, 10, 15, 2, 0, tzinfo=UTC)
    assert next_opening(480, NOW, FAIR) == datetime(2026, 10, 16, 0, 0, tzinfo=UTC)
    assert next_opening(540, NOW, FAIR) == datetime(2026, 10, 16, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("09:00-18:00", (540, 1080)),
        ("9-18", (540, 1080)),
        ("22:30 – 02:00", (1350, 120)),  # noqa: RUF001 - staff type en dashes too
    ],
)
def test_hours_as_staff_type_them(typed: str, minutes: tuple[int, int]) -> None:
    assert parse_hours(typed) == minutes


@pytest.mark.parametrize("typed", ["", "9", "09:00-09:00", "25-26", "9:75-18", "nine-five"])
def test_hours_that_make_no_sense_are_refused(typed: str) -> None:
    with pytest.raises(InvalidAnswer):
        parse_hours(typed)


async def test_presence_counts_only_staff_at_the_desk(catalog: Database) -> None:
    async with catalog.write() as s:
        for member in (7001, 7002):
            await users.ensure(s, member, "en", NOW)
            await staff.link(s, member, (await staff.invite(s, "EX0001", NOW)).code, NOW)
        (await s.get(Staff, 7002)).available = False  # type: ignore[union-attr]
    async with catalog.read() as s:
        here = await talk_hours.presence(s, "EX0001", NOW, FAIR)
        assert here == talk_hours.Presence(True, 1, None) and here.answering
        assert not (await talk_hours.presence(s, "EX0002", NOW, FAIR)).answering
    async with catalog.write() as s:
        await exhibitor_settings.change(s, "EX0001", NOW, opens_at=600, closes_at=1080)
    async with catalog.read() as s:
        closed = await talk_hours.presence(s, "EX0001", NOW, FAIR)
    assert closed == talk_hours.Presence(False, 1, datetime(2026, 10, 15, 2, 0, tzinfo=UTC))
    assert not closed.answering
