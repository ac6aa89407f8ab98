"""An exhibitor's meetings as its staff see them, on both engines: upcoming meetings and
requests of their own exhibitor only; cancelling a meeting frees its slot and tells the
buyer once; requests, others' meetings and past ones cannot be cancelled."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.meetings import MeetingStatus
from bot.db.outbox import OutboxMessage
from bot.errors import NotStaff, StaleAction
from bot.services import exhibitor_meetings, meeting_notices, meetings
from bot.services.meeting_notices import Letter, Notice, Request
from tests.auxil.meetings import RULES, buyers_and_staff, by_request

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502  # as tests.auxil.meetings.buyers_and_staff has them
LI, WANG, ZHOU = 611, 612, 621  # LI and WANG: staff of EX0001; ZHOU: of EX0002


def compose(notice: Notice, request: Request, language: str | None) -> Letter:
    return f"{notice}|{request.booking.id}|{language}", None


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
