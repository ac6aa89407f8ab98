"""Meetings as a service on both engines: free slots, races, overlaps, catalog changes."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.db.engine import Database
from bot.db.meetings import Meeting
from bot.errors import (
    AlreadyBooked,
    MeetingOverlap,
    NotRegistered,
    SlotTaken,
    SlotUnavailable,
    StaleAction,
)
from bot.services import meetings, privacy
from tests.auxil.feed import exhibitor, stamp, write
from tests.auxil.meetings import (
    RULES,
    both_see_the_slot_free,
    change_slots,
    slot,
    two_buyers,
)

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    await two_buyers(database, tmp_path / "feed")
    return database


async def _free(db: Database, exhibitor_id: str = "EX0001", now: datetime = NOW) -> list[str]:
    async with db.read() as s:
        return [free.id for free in await meetings.free_slots(s, exhibitor_id, now)]


async def _book(
    db: Database, buyer: int, slot_id: str, product_id: str | None = None
) -> meetings.Booking:
    async with db.write() as s:
        return await meetings.book(s, buyer, slot_id, product_id, NOW, RULES)


async def _upcoming(db: Database, buyer: int, now: datetime = NOW) -> list[meetings.Booking]:
    async with db.read() as s:
        return await meetings.upcoming(s, buyer, now)


async def test_free_slots_exclude_past_and_booked_ones(catalog: Database) -> None:
    assert await _free(catalog) == ["AV1", "AV2", "AV3", "AV4"]
    await _book(catalog, ANA, "AV2")
    assert await _free(catalog) == ["AV1", "AV3", "AV4"]
    later = datetime(2026, 10, 15, 1, 0, tzinfo=UTC)
    assert await _free(catalog, now=later) == ["AV3", "AV4"], "a slot that has begun is past"
    assert await _free(catalog, "EX0002") == ["AV5"]
    assert await _free(catalog, "NOPE") == []


async def test_an_exhibitor_who_takes_no_meetings_offers_no_slots(
    catalog: Database, tmp_path: Path
) -> None:
    write(tmp_path / "feed", "exhibitors", [exhibitor(2, 50, meetings=False)])
    await change_slots(catalog, tmp_path / "feed", [])
    assert await _free(catalog, "EX0002") == []
    with pytest.raises(SlotUnavailable):
        await _book(catalog, ANA, "AV5")


async def test_booking_keeps_a_copy_of_the_slot_exhibitor_and_product(catalog: Database) -> None:
    booking = await _book(catalog, ANA, "AV2", "P000000")
    assert (booking.state, booking.exhibitor_id) == ("booked", "EX0001")
    assert booking.starts_at == datetime(2026, 10, 15, 8, 0, tzinfo=UTC)
    assert booking.exhibitor("zh_Hans") == "制造商1有限公司"
    assert booking.product("es") == "LED strip model 0"
    other = await _book(catalog, KEN, "AV4", "P000001")
    assert other.product_id is None, "a product of another exhibitor is not this meeting's"


async def test_two_buyers_racing_for_one_slot_exactly_one_wins(
    catalog: Database, engine_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine_name == "postgres":
        both_see_the_slot_free(monkeypatch)
    other = Database(catalog.url)

    async def attempt(db: Database, buyer: int) -> str:
        try:
            async with db.write() as s:
                await meetings.book(s, buyer, "AV1", None, NOW, RULES)
        except SlotTaken:
            return "taken"
        return "booked"

    try:
        results = await asyncio.gather(attempt(catalog, ANA), attempt(other, KEN))
    finally:
        await other.dispose()
    assert sorted(results) == ["booked", "taken"]
    async with catalog.read() as s:
        count = select(func.count()).select_from(Meeting).where(Meeting.slot_id == "AV1")
        assert (await s.execute(count)).scalar_one() == 1


async def test_the_database_itself_refuses_a_second_meeting_in_a_slot(catalog: Database) -> None:
    first = await _book(catalog, ANA, "AV1")
    with pytest.raises(IntegrityError):
        async with catalog.write() as s:
            s.add(
                Meeting(
                    telegram_id=KEN, slot_id="AV1", exhibitor_id="EX0001", exhibitor_name={},
                    starts_at=first.starts_at, ends_at=first.ends_at, booked_at=NOW,
                )
            )  # fmt: skip


async def test_booking_twice_books_once_and_says_already_booked(catalog: Database) -> None:
    booking = await _book(catalog, ANA, "AV2")
    with pytest.raises(AlreadyBooked) as refused:
        await _book(catalog, ANA, "AV2")
    assert refused.value.meeting_id == booking.id
    with pytest.raises(SlotTaken):
        await _book(catalog, KEN, "AV2")
    async with catalog.read() as s:
        with pytest.raises(SlotTaken):
            await meetings.offer(s, KEN, "AV2", None, NOW)
        with pytest.raises(AlreadyBooked):
            await meetings.offer(s, ANA, "AV2", None, NOW)
    assert [b.id for b in await _upcoming(catalog, ANA)] == [booking.id]


async def test_overlapping_meetings_are_refused_back_to_back_ones_are_not(
    catalog: Database,
) -> None:
    first = await _book(catalog, ANA, "AV2")
    with pytest.raises(MeetingOverlap) as refused:
        await _book(catalog, ANA, "AV5")
    assert refused.value.meeting_id == first.id
    await _book(catalog, ANA, "AV3")
    assert await _free(catalog, "EX0002") == ["AV5"], "the refused slot stays free"


async def test_past_unknown_and_unregistered_bookings_are_refused(catalog: Database) -> None:
    with pytest.raises(SlotUnavailable):
        await _book(catalog, ANA, "AV0")
    with pytest.raises(SlotUnavailable):
        await _book(catalog, ANA, "NO-SUCH-SLOT")
    with pytest.raises(NotRegistered):
        await _book(catalog, 999, "AV1")


async def test_cancel_frees_the_slot_and_only_the_owner_may_cancel(catalog: Database) -> None:
    booking = await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        with pytest.raises(StaleAction):
            await meetings.cancel(s, KEN, booking.id)
    async with catalog.write() as s:
        cancelled = await meetings.cancel(s, ANA, booking.id)
    assert cancelled.id == booking.id
    assert "AV2" in await _free(catalog)
    async with catalog.write() as s:
        with pytest.raises(StaleAction):
            await meetings.cancel(s, ANA, booking.id)
    kens = await _book(catalog, KEN, "AV2")
    assert await _upcoming(catalog, ANA) == []
    assert kens.id > booking.id, "a new meeting never takes a cancelled one's id (buttons name it)"


async def test_past_meetings_are_not_upcoming(catalog: Database) -> None:
    await _book(catalog, ANA, "AV1")
    await _book(catalog, ANA, "AV4")
    during = datetime(2026, 10, 15, 1, 10, tzinfo=UTC)
    assert [b.exhibitor_id for b in await _upcoming(catalog, ANA, during)] == ["EX0001"] * 2
    after = datetime(2026, 10, 15, 1, 30, tzinfo=UTC)
    assert [b.starts_at.day for b in await _upcoming(catalog, ANA, after)] == [16]


async def test_a_deleted_or_moved_slot_keeps_the_meeting(
    catalog: Database, tmp_path: Path
) -> None:
    kept = await _book(catalog, ANA, "AV2")
    moved = await _book(catalog, ANA, "AV4")
    new_time = datetime(2026, 10, 17, 3, 0, tzinfo=UTC)
    await change_slots(
        catalog, tmp_path / "feed",
        [{"id": "AV2", "deleted": True, "updated_at": stamp(60)},
         {**slot("AV4", 1, new_time), "updated_at": stamp(61)}],
    )  # fmt: skip
    found = {b.id: b for b in await _upcoming(catalog, ANA)}
    assert found[kept.id].state == "withdrawn"
    assert found[kept.id].starts_at == kept.starts_at and found[kept.id].exhibitor("en")
    assert found[moved.id].state == "moved" and found[moved.id].starts_at == new_time
    assert found[moved.id].booked_starts_at == moved.starts_at
    await _book(catalog, ANA, "AV5")  # the withdrawn meeting no longer blocks its time


async def test_a_deleted_exhibitor_keeps_the_meeting_and_its_name(
    catalog: Database, tmp_path: Path
) -> None:
    booking = await _book(catalog, KEN, "AV5")
    write(tmp_path / "feed", "exhibitors", [{"id": "EX0002", "deleted": True,
                                             "updated_at": stamp(70)}])  # fmt: skip
    await change_slots(catalog, tmp_path / "feed", [])
    (withdrawn,) = await _upcoming(catalog, KEN)
    assert (withdrawn.id, withdrawn.state) == (booking.id, "withdrawn")
    assert withdrawn.exhibitor("ja") == "Maker 2 Co., Ltd."
    async with catalog.write() as s:
        await meetings.cancel(s, KEN, booking.id)
    assert await _upcoming(catalog, KEN) == []


async def test_forgetting_a_buyer_frees_their_slots(catalog: Database) -> None:
    await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        assert (await privacy.forget(s, ANA)).deleted
    assert "AV2" in await _free(catalog, now=NOW + timedelta(days=1))
