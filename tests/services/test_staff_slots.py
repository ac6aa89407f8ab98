"""Staff's own meeting slots: a day added whole or not at all, kept across syncs, removed
only when staff added them and nobody booked them; on both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.clock import Clock
from bot.db.engine import Database
from bot.errors import InvalidAnswer, SlotUnavailable, StaleAction
from bot.services import meetings, staff_slots
from bot.services.fair_calendar import FairCalendar
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog

FAIR = FairCalendar(((date(2026, 10, 15), date(2026, 10, 19)),), ZoneInfo("Asia/Shanghai"))
NOW = datetime(2026, 10, 15, 0, 0, tzinfo=UTC)  # 08:00 on the fair's first day
DAY = date(2026, 10, 16)


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> tuple[Database, Path]:
    base_catalog(tmp_path / "feed", products=4)
    await sync(database, str(tmp_path / "feed"), Clock())
    return database, tmp_path / "feed"


async def add(db: Database, day: date, hours: tuple[int, int], minutes: int) -> list[str]:
    async with db.write() as s:
        added = await staff_slots.add_day(s, "EX0001", day, hours, minutes, FAIR, NOW)
    return [row.id for row in added]


async def test_a_days_slots_on_the_fair_clock_survive_a_full_sync(
    catalog: tuple[Database, Path],
) -> None:
    db, feed = catalog
    ids = await add(db, DAY, (540, 720), 30)
    assert len(ids) == 6
    async with db.read() as s:
        rows = [r for r in await staff_slots.upcoming(s, "EX0001", NOW) if r.staff_added]
    assert rows[0].starts_at == datetime(2026, 10, 16, 1, 0, tzinfo=UTC)
    assert rows[-1].ends_at == datetime(2026, 10, 16, 4, 0, tzinfo=UTC)
    await sync(db, str(feed), Clock(), full=True)
    async with db.read() as s:
        kept = {r.id for r in await staff_slots.upcoming(s, "EX0001", NOW, limit=100)}
    assert set(ids) <= kept


@pytest.mark.parametrize(
    ("day", "hours", "minutes", "reason"),
    [
        (date(2026, 10, 25), (540, 600), 30, "not_fair_day"),
        (date(2026, 10, 15), (480, 540), 30, "slot_past"),
        (DAY, (540, 560), 30, "slot_length"),
        (DAY, (540, 600), 5, "slot_length"),
        (DAY, (0, 1439), 10, "too_many_slots"),
        (DAY, (600, 540), 30, "bad_hours"),
    ],
)
async def test_a_day_that_cannot_be_added_adds_nothing(
    catalog: tuple[Database, Path], day: date, hours: tuple[int, int], minutes: int, reason: str
) -> None:
    db, _ = catalog
    with pytest.raises(InvalidAnswer) as refused:
        await add(db, day, hours, minutes)
    assert refused.value.reason == reason
    async with db.read() as s:
        assert not [r for r in await staff_slots.upcoming(s, "EX0001", NOW) if r.staff_added]


async def test_overlaps_unavailable_and_removal(catalog: tuple[Database, Path]) -> None:
    db, _ = catalog
    first, *_ = await add(db, DAY, (540, 600), 30)
    with pytest.raises(InvalidAnswer) as refused:
        await add(db, DAY, (570, 630), 30)
    assert refused.value.reason == "slot_overlap"
    async with db.write() as s:
        await staff_slots.set_available(s, "EX0001", first, False)
    for exhibitor, slot in (("EX0002", first), ("EX0001", "no-such-slot")):
        with pytest.raises(StaleAction):
            async with db.write() as s:
                await staff_slots.set_available(s, exhibitor, slot, True)
        with pytest.raises(StaleAction):
            async with db.write() as s:
                await staff_slots.remove(s, exhibitor, slot)
    async with db.read() as s:
        feed_slot = next(
            r for r in await staff_slots.upcoming(s, "EX0001", NOW) if not r.staff_added
        )
        row = next(r for r in await staff_slots.upcoming(s, "EX0001", NOW) if r.id == first)
    assert not row.available
    with pytest.raises(StaleAction):  # a feed slot is made unavailable, never removed
        async with db.write() as s:
            await staff_slots.remove(s, "EX0001", feed_slot.id)
    async with db.write() as s:
        await staff_slots.remove(s, "EX0001", first)
    async with db.read() as s:
        assert first not in {r.id for r in await staff_slots.upcoming(s, "EX0001", NOW)}


async def test_a_slot_out_of_booking_is_offered_to_no_buyer(
    catalog: tuple[Database, Path],
) -> None:
    db, _ = catalog
    first, second = await add(db, DAY, (540, 600), 30)
    async with db.write() as s:
        await staff_slots.set_available(s, "EX0001", first, False)
    async with db.read() as s:
        offered = {slot.id for slot in await meetings.free_slots(s, "EX0001", NOW, limit=100)}
        assert second in offered and first not in offered
        with pytest.raises(SlotUnavailable):
            await meetings.offer(s, 1, first, None, NOW)
