"""Meeting reminders on both engines: a day before and a quarter of an hour before, once
each; none for a meeting booked inside a lead, a request, or a lead overtaken by the next;
at the slot's current time when the exhibitor moved it; at the new time, again, when the
buyer moved the meeting after its first reminder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.db.engine import Database
from bot.db.outbox import FAILED, QUEUED, OutboxMessage
from bot.services import meeting_moves, meeting_reminders, meeting_requests, meetings
from bot.services.meeting_reminders import Reminder
from tests.auxil.feed import stamp
from tests.auxil.meetings import (
    RULES,
    by_request,
    change_slots,
    slot,
    two_buyers,
)
from tests.auxil.meetings import compose as notice
from tests.auxil.outbox import rows_of

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502
AV2 = datetime(2026, 10, 15, 8, 0, tzinfo=UTC)
AV4 = datetime(2026, 10, 16, 7, 0, tzinfo=UTC)
DAY, QUARTER = timedelta(hours=24), timedelta(minutes=15)


def compose(reminder: Reminder, language: str | None) -> str:
    minutes = int(reminder.lead.total_seconds() // 60)
    return f"{reminder.booking.id}|{minutes}|{language}|{reminder.booking.starts_at:%d %H:%M}"


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    await two_buyers(database, tmp_path / "feed")
    return database


async def _book(db: Database, buyer: int, slot_id: str, now: datetime = NOW) -> int:
    async with db.write() as s:
        return (await meetings.book(s, buyer, slot_id, None, now, RULES)).id


async def _run(db: Database, now: datetime) -> int:
    async with db.write() as s:
        return await meeting_reminders.queue_due(s, now, compose, now)


async def _waiting(db: Database) -> list[tuple[Any, ...]]:
    """(status, error) of every reminder in the outbox, in order."""
    return await rows_of(db, meeting_reminders.KIND, OutboxMessage.status, OutboxMessage.error)


async def _reminders(db: Database) -> list[tuple[Any, ...]]:
    return await rows_of(db, meeting_reminders.KIND, OutboxMessage.chat_id, OutboxMessage.text)


async def test_a_day_before_and_a_quarter_of_an_hour_before_once_each(
    catalog: Database,
) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    assert await _run(catalog, AV2 - DAY - timedelta(minutes=1)) == 0
    assert await _run(catalog, AV2 - DAY) == 1
    assert await _run(catalog, AV2 - DAY) == 0, "a second run reminds no one again"
    assert await _run(catalog, AV2 - timedelta(minutes=20)) == 0
    assert await _run(catalog, AV2 - QUARTER) == 1
    assert await _run(catalog, AV2 - timedelta(minutes=5)) == 0
    assert await _reminders(catalog) == [
        (ANA, f"{meeting}|1440|es|15 08:00"), (ANA, f"{meeting}|15|es|15 08:00"),
    ]  # fmt: skip


async def test_no_reminder_for_a_lead_booked_inside_or_overtaken(catalog: Database) -> None:
    late = await _book(catalog, KEN, "AV4", now=AV4 - timedelta(hours=2))
    early = await _book(catalog, ANA, "AV2")
    assert await _run(catalog, AV4 - timedelta(hours=2)) == 1, "settled, not reminded"
    assert await _run(catalog, AV2 - timedelta(minutes=10)) == 2, "both leads of AV2 at once"
    assert await _run(catalog, AV4 - QUARTER) == 1
    assert await _reminders(catalog) == [
        (ANA, f"{early}|15|es|15 08:00"), (KEN, f"{late}|15|ja|16 07:00"),
    ]  # fmt: skip


async def test_a_request_is_not_reminded_until_it_is_a_meeting(catalog: Database) -> None:
    await by_request(catalog)
    await _book(catalog, ANA, "AV2")
    assert await _run(catalog, AV2 - QUARTER) == 0
    assert await _reminders(catalog) == []


async def test_a_moved_meeting_is_reminded_at_its_new_time(
    catalog: Database, tmp_path: Path
) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    later = AV2 + timedelta(days=1)
    await change_slots(
        catalog, tmp_path / "feed", [{**slot("AV2", 1, later), "updated_at": stamp(60)}]
    )
    assert await _run(catalog, AV2 - DAY) == 0
    assert await _run(catalog, later - DAY) == 1
    assert await _reminders(catalog) == [(ANA, f"{meeting}|1440|es|16 08:00")]


async def test_a_meeting_moved_after_its_reminder_is_reminded_again_at_its_new_time(
    catalog: Database,
) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    assert await _run(catalog, AV2 - DAY) == 1
    moved_at = AV2 - timedelta(hours=2)
    async with catalog.write() as s:
        await meeting_moves.move(s, ANA, meeting, "AV4", moved_at, RULES, notice, moved_at)
    # 15 Oct 07:45: a quarter before the old time, within a day of the new (16 Oct 07:00)
    assert await _run(catalog, AV2 - QUARTER) == 1, "the new time's day-before reminder"
    assert await _run(catalog, AV4 - DAY) == 0
    assert await _run(catalog, AV4 - QUARTER) == 1
    assert await _reminders(catalog) == [
        (ANA, f"{meeting}|1440|es|15 08:00"), (ANA, f"{meeting}|1440|es|16 07:00"),
        (ANA, f"{meeting}|15|es|16 07:00"),
    ]  # fmt: skip


async def test_a_reminder_not_sent_yet_is_never_sent_once_the_meeting_is_cancelled(
    catalog: Database,
) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    other = await _book(catalog, KEN, "AV4")
    assert await _run(catalog, AV4 - DAY) == 2, "both queued; a busy outbox holds them"
    async with catalog.write() as s:
        cancelled = await meetings.cancel(s, ANA, meeting)
        await meeting_requests.withdrawn(s, cancelled, notice, NOW)
    withdrawn = (FAILED, "meeting cancelled or moved")
    assert await _waiting(catalog) == [withdrawn, (QUEUED, None)], "Ken's is still due"
    async with catalog.write() as s:
        await meeting_moves.move(s, KEN, other, "AV1", NOW, RULES, notice, NOW)
    assert await _waiting(catalog) == [withdrawn, withdrawn], "a moved one names the old time"
