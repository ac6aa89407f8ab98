"""An exhibitor's meetings as its staff see them, on both engines: upcoming meetings and
requests of their own exhibitor only; cancelling a meeting frees its slot and tells the
buyer once; requests, others' meetings and past ones cannot be cancelled. Moving one
goes to a free time of their own exhibitor when the buyer is free then, one event
updated (the sequence grows), the buyer told each time; forged, stale and clashing
moves change nothing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.outbox import OutboxMessage
from bot.domain import MeetingStatus
from bot.errors import MeetingOverlap, NotStaff, SlotTaken, SlotUnavailable, StaleAction
from bot.services import exhibitor_meetings, meeting_moves, meeting_notices, meetings
from bot.services.meeting_notices import Request
from tests.auxil.meetings import RULES, buyers_and_staff, by_request, compose

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502  # as tests.auxil.meetings.buyers_and_staff has them
LI, WANG, ZHOU = 611, 612, 621  # LI and WANG: staff of EX0001; ZHOU: of EX0002
AV2_START = datetime(2026, 10, 15, 8, 0, tzinfo=UTC)
AV4_START = datetime(2026, 10, 16, 7, 0, tzinfo=UTC)


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    await buyers_and_staff(database, tmp_path / "feed")
    return database


async def _book(db: Database, buyer: int, slot_id: str) -> int:
    async with db.write() as s:
        return (await meetings.book(s, buyer, slot_id, None, NOW, RULES)).id


async def _upcoming(db: Database, member: int, now: datetime = NOW) -> list[tuple[str, str]]:
    async with db.read() as s:
        found = await exhibitor_meetings.upcoming(s, member, now)
    return [(r.booking.exhibitor_id, r.booking.status) for r in found]


async def _cancel(db: Database, member: int, meeting: int, now: datetime = NOW) -> Request:
    async with db.write() as s:
        return await exhibitor_meetings.cancel(s, member, meeting, now, compose, NOW)


async def test_staff_see_their_exhibitors_meetings_and_requests_soonest_first(
    catalog: Database,
) -> None:
    await _book(catalog, ANA, "AV4")
    await _book(catalog, KEN, "AV5")
    await by_request(catalog)
    await _book(catalog, KEN, "AV1")
    assert await _upcoming(catalog, WANG) == [
        ("EX0001", MeetingStatus.REQUESTED), ("EX0001", MeetingStatus.CONFIRMED),
    ]  # fmt: skip
    assert await _upcoming(catalog, ZHOU) == [("EX0002", MeetingStatus.CONFIRMED)]
    assert await _upcoming(catalog, LI, datetime(2026, 10, 17, tzinfo=UTC)) == []
    async with catalog.read() as s:
        with pytest.raises(NotStaff):
            await exhibitor_meetings.upcoming(s, ANA, NOW)


async def test_a_member_cancels_a_meeting_the_buyer_is_told_once(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    for forger, refused in ((ZHOU, StaleAction), (KEN, NotStaff)):
        with pytest.raises(refused):
            await _cancel(catalog, forger, meeting)
    cancelled = await _cancel(catalog, LI, meeting)
    assert cancelled.booking.id == meeting and cancelled.buyer_zone == "Europe/Madrid"
    with pytest.raises(StaleAction):
        await _cancel(catalog, WANG, meeting)
    async with catalog.read() as s:
        assert "AV2" in [free.id for free in await meetings.free_slots(s, "EX0001", NOW)]
        told = await s.execute(
            select(OutboxMessage.chat_id, OutboxMessage.text).where(
                OutboxMessage.kind == meeting_notices.KIND
            )
        )
        assert told.all() == [(ANA, f"called_off|{meeting}|es")]


async def test_requests_and_past_meetings_are_not_cancelled_here(catalog: Database) -> None:
    past = await _book(catalog, ANA, "AV1")
    with pytest.raises(StaleAction):
        await _cancel(catalog, LI, past, now=datetime(2026, 10, 15, 1, 30, tzinfo=UTC))
    await by_request(catalog)
    request = await _book(catalog, KEN, "AV2")
    with pytest.raises(StaleAction):
        await _cancel(catalog, LI, request)
    assert [status for _, status in await _upcoming(catalog, LI)] == [
        MeetingStatus.CONFIRMED, MeetingStatus.REQUESTED,
    ]  # fmt: skip


async def _move(
    db: Database, member: int, meeting: int, slot_id: str, seen: int | None = None
) -> Request:
    """Move as the member's list shows the meeting now (`seen`: an older version)."""
    async with db.write() as s:
        if seen is None:
            found = await meetings.upcoming(s, ANA, NOW) + await meetings.upcoming(s, KEN, NOW)
            seen = next((b.sequence for b in found if b.id == meeting), 0)
        return await meeting_moves.move_by_staff(
            s, member, meeting, seen, slot_id, NOW, compose, NOW
        )


async def _notices(db: Database) -> list[tuple[int, str, list[str] | None]]:
    async with db.read() as s:
        found = await s.execute(
            select(OutboxMessage.chat_id, OutboxMessage.text, OutboxMessage.media)
            .where(OutboxMessage.kind == meeting_notices.KIND)
            .order_by(OutboxMessage.id)
        )
    return [(chat, text, media) for chat, text, media in found.all()]


async def test_staff_move_a_meeting_the_buyer_is_told_each_time(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    async with catalog.read() as s:
        request, slots = await meeting_moves.choices(s, LI, meeting, NOW)
    assert request.booking.starts_at == AV2_START
    assert [free.id for free in slots] == ["AV1", "AV3", "AV4"]
    moved = await _move(catalog, LI, meeting, "AV4")
    assert (moved.booking.starts_at, moved.booking.sequence) == (AV4_START, 1)
    assert moved.asked is not None and moved.asked[0] == AV2_START, "the old time, for the buyer"
    async with catalog.read() as s:
        free = [slot.id for slot in await meetings.free_slots(s, "EX0001", NOW)]
        (mine,) = await meetings.upcoming(s, ANA, NOW)
    assert free == ["AV1", "AV2", "AV3"], "the old time is free, the new one held"
    assert (mine.starts_at, mine.sequence, mine.booked_at) == (AV4_START, 1, NOW)
    with pytest.raises(StaleAction):
        await _move(catalog, WANG, meeting, "AV1", seen=0)  # chosen before the first move
    again = await _move(catalog, WANG, meeting, "AV1")
    assert again.booking.sequence == 2, "each move is a new version of the same event"
    told = await _notices(catalog)
    assert [(chat, text) for chat, text, _ in told] == [
        (ANA, f"rescheduled|{meeting}|es"), (ANA, f"rescheduled|{meeting}|es"),
    ]  # fmt: skip


async def test_a_forged_stale_or_clashing_move_changes_nothing(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    kens = await _book(catalog, KEN, "AV4")
    await _book(catalog, KEN, "AV5")  # EX0002, 15 Oct 08:15-08:45
    with pytest.raises(NotStaff):
        await _move(catalog, KEN, meeting, "AV1")  # a buyer, not staff
    with pytest.raises(StaleAction):
        await _move(catalog, ZHOU, meeting, "AV1")  # another exhibitor's staff
    with pytest.raises(StaleAction):
        await _move(catalog, LI, meeting, "AV5")  # another exhibitor's slot
    with pytest.raises(SlotUnavailable):
        await _move(catalog, LI, meeting, "AV0")  # a time in the past
    with pytest.raises(SlotTaken):
        await _move(catalog, LI, meeting, "AV4")  # Ken holds it
    with pytest.raises(MeetingOverlap):
        await _move(catalog, LI, kens, "AV3")  # 08:30-09:00: Ken meets EX0002 then (AV5)
    async with catalog.write() as s:
        await exhibitor_meetings.cancel(s, LI, meeting, NOW, compose, NOW)
    with pytest.raises(StaleAction):
        await _move(catalog, LI, meeting, "AV1")  # cancelled meanwhile
    assert [chat for chat, _, _ in await _notices(catalog)] == [ANA], "only the cancel was told"


async def test_requests_are_answered_not_moved(catalog: Database) -> None:
    await by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    with pytest.raises(StaleAction):
        await _move(catalog, LI, request, "AV4")


async def test_two_staff_moving_one_meeting_at_once_move_it_once(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    other = Database(catalog.url)

    async def attempt(db: Database, member: int, slot_id: str) -> str:
        try:
            await _move(db, member, meeting, slot_id, seen=0)
        except (StaleAction, SlotTaken):
            return "refused"
        return "moved"

    try:
        results = await asyncio.gather(attempt(catalog, LI, "AV4"), attempt(other, WANG, "AV1"))
    finally:
        await other.dispose()
    assert sorted(results) == ["moved", "refused"]
    async with catalog.read() as s:
        (mine,) = await meetings.upcoming(s, ANA, NOW)
    assert mine.sequence == 1
    assert len(await _notices(catalog)) == 1
