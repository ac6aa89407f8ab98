"""A buyer moving a meeting, on both engines: to a free slot of the same exhibitor, under a
booking's rules, one winner in a race, nothing of anyone else's."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from bot.db.catalog import Slot
from bot.db.engine import Database
from bot.errors import (
    DayLimit,
    MeetingOverlap,
    MoveNeedsRequest,
    SlotTaken,
    SlotUnavailable,
    StaleAction,
)
from bot.services import meeting_moves, meetings
from tests.auxil.meetings import (
    RULES,
    both_see_the_slot_free,
    by_request,
    compose,
    two_buyers,
)

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    await two_buyers(database, tmp_path / "feed")
    return database


async def _book(db: Database, buyer: int, slot_id: str) -> meetings.Booking:
    async with db.write() as s:
        return await meetings.book(s, buyer, slot_id, None, NOW, RULES)


async def _move(
    db: Database, buyer: int, meeting_id: int, slot_id: str, rules: meetings.Rules = RULES
) -> meeting_moves.Move:
    async with db.write() as s:
        return await meeting_moves.move(s, buyer, meeting_id, slot_id, NOW, rules, compose, NOW)


async def _free(db: Database, exhibitor_id: str = "EX0001") -> list[str]:
    async with db.read() as s:
        return [free.id for free in await meetings.free_slots(s, exhibitor_id, NOW)]


async def test_a_move_takes_the_new_slot_frees_the_old_and_counts_a_sequence(
    catalog: Database,
) -> None:
    booked = await _book(catalog, ANA, "AV2")
    first = await _move(catalog, ANA, booked.id, "AV4")
    assert first.before.starts_at == datetime(2026, 10, 15, 8, 0, tzinfo=UTC)
    after = first.after
    assert (after.id, after.starts_at, after.state) == (
        booked.id, datetime(2026, 10, 16, 7, 0, tzinfo=UTC), meetings.MeetingState.BOOKED,
    )  # fmt: skip
    assert (after.sequence, after.booked_at) == (1, booked.booked_at), "the same event, updated"
    assert await _free(catalog) == ["AV1", "AV2", "AV3"]
    second = await _move(catalog, ANA, booked.id, "AV1")
    assert second.after.sequence == 2
    assert await _free(catalog) == ["AV2", "AV3", "AV4"]
    async with catalog.write() as s:
        gone = await meetings.cancel(s, ANA, booked.id)
    assert gone.sequence == 2, "the cancellation's .ics takes the next one"


async def test_two_buyers_racing_for_one_slot_by_a_move_and_a_move_one_wins(
    catalog: Database, engine_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ana = await _book(catalog, ANA, "AV2")
    ken = await _book(catalog, KEN, "AV4")
    if engine_name == "postgres":
        both_see_the_slot_free(monkeypatch)
    other = Database(catalog.url)

    async def attempt(db: Database, buyer: int, meeting_id: int) -> str:
        try:
            await _move(db, buyer, meeting_id, "AV1")
        except SlotTaken:
            return "taken"
        return "moved"

    try:
        results = await asyncio.gather(attempt(catalog, ANA, ana.id), attempt(other, KEN, ken.id))
    finally:
        await other.dispose()
    assert sorted(results) == ["moved", "taken"]
    async with catalog.read() as s:
        mine = await meetings.upcoming(s, ANA, NOW)
        theirs = await meetings.upcoming(s, KEN, NOW)
    starts = sorted(b.starts_at for b in mine + theirs)
    assert starts[0] == datetime(2026, 10, 15, 1, 0, tzinfo=UTC), "one holds AV1"
    loser = theirs if results[0] == "moved" else mine
    assert loser[0].sequence == 0 and loser[0].starts_at != starts[0], "the loser keeps theirs"


async def test_a_forged_or_stale_move_changes_nothing(catalog: Database) -> None:
    ana = await _book(catalog, ANA, "AV2")
    with pytest.raises(StaleAction):
        await _move(catalog, KEN, ana.id, "AV4")  # another buyer's meeting
    with pytest.raises(StaleAction):
        await _move(catalog, ANA, ana.id, "AV5")  # another exhibitor's slot
    with pytest.raises(StaleAction):
        await _move(catalog, ANA, 999_999, "AV4")  # no such meeting
    with pytest.raises(SlotUnavailable):
        await _move(catalog, ANA, ana.id, "AV0")  # a slot in the past
    await _book(catalog, KEN, "AV4")
    with pytest.raises(SlotTaken):
        await _move(catalog, ANA, ana.id, "AV4")  # an old list: someone took it since
    async with catalog.write() as s:
        await meetings.cancel(s, ANA, ana.id)
    with pytest.raises(StaleAction):
        await _move(catalog, ANA, ana.id, "AV1")  # cancelled already
    assert await _free(catalog) == ["AV1", "AV2", "AV3"]


async def test_a_move_keeps_the_rules_of_a_booking(catalog: Database) -> None:
    ana = await _book(catalog, ANA, "AV1")  # EX0001, 15 Oct 01:00-01:30
    await _book(catalog, ANA, "AV5")  # EX0002, 15 Oct 08:15-08:45
    with pytest.raises(MeetingOverlap):
        await _move(catalog, ANA, ana.id, "AV2")  # 08:00-08:30 meets AV5
    one_a_day = replace(RULES, per_day=1)
    early = await _book(catalog, KEN, "AV3")  # 15 Oct
    later = await _book(catalog, KEN, "AV4")  # 16 Oct
    with pytest.raises(DayLimit):
        await _move(catalog, KEN, later.id, "AV2", one_a_day)  # 15 Oct has AV3 already
    moved = await _move(catalog, KEN, early.id, "AV2", one_a_day)
    assert moved.after.sequence == 1, "the meeting itself does not count against its day"


async def test_a_slot_staff_took_out_of_booking_is_not_offered_nor_taken(
    catalog: Database,
) -> None:
    ana = await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        await s.execute(update(Slot).where(Slot.id == "AV4").values(available=False))
    assert "AV4" not in await _free(catalog)
    with pytest.raises(SlotUnavailable):
        await _move(catalog, ANA, ana.id, "AV4")


async def test_an_exhibitor_who_confirms_bookings_has_meetings_moved_by_request_only(
    catalog: Database,
) -> None:
    ana = await _book(catalog, ANA, "AV2")
    await by_request(catalog)
    with pytest.raises(MoveNeedsRequest):
        await _move(catalog, ANA, ana.id, "AV4")
    assert await _free(catalog) == ["AV1", "AV3", "AV4"]
