"""After a meeting, on both engines: followed up once when it ends (staff asked whether
the buyer came, the buyer asked to rate it); the first staff answer stands; ratings;
a no-show counts against the buyer's meetings a fair day, never below one."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.meetings import Meeting
from bot.db.outbox import OutboxMessage
from bot.domain import MeetingOutcome
from bot.errors import DayLimit, NotStaff, OutcomeRecorded, StaleAction
from bot.services import meeting_notices, meeting_outcomes, meetings
from bot.services.meeting_notices import Letter, Notice, Request
from tests.auxil.meetings import RULES, buyers_and_staff, by_request

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502  # as tests.auxil.meetings.buyers_and_staff has them
LI, WANG, ZHOU = 611, 612, 621  # LI and WANG: staff of EX0001; ZHOU: of EX0002
AV2_END = datetime(2026, 10, 15, 8, 30, tzinfo=UTC)


def compose(notice: Notice, request: Request, language: str | None) -> Letter:
    return Letter(f"{notice}|{request.booking.id}")


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    await buyers_and_staff(database, tmp_path / "feed")
    return database


async def _book(db: Database, buyer: int, slot_id: str, rules: meetings.Rules = RULES) -> int:
    async with db.write() as s:
        return (await meetings.book(s, buyer, slot_id, None, NOW, rules)).id


async def _follow_up(db: Database, now: datetime) -> int:
    async with db.write() as s:
        return await meeting_outcomes.follow_up_due(s, now, compose, NOW)


async def _asked(db: Database) -> list[tuple[int, str]]:
    async with db.read() as s:
        rows = await s.execute(
            select(OutboxMessage.chat_id, OutboxMessage.text)
            .where(OutboxMessage.kind == meeting_notices.KIND)
            .order_by(OutboxMessage.id)
        )
        return [(chat, text) for chat, text in rows.all()]


async def _record(db: Database, member: int, meeting: int, attended: bool) -> Request:
    async with db.write() as s:
        return await meeting_outcomes.record(s, member, meeting, attended)


async def test_a_meeting_is_followed_up_once_when_it_ends(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    assert await _follow_up(catalog, AV2_END - timedelta(seconds=1)) == 0
    assert await _follow_up(catalog, AV2_END) == 1
    assert await _follow_up(catalog, AV2_END + timedelta(hours=1)) == 0
    assert await _asked(catalog) == [
        (LI, f"ask_outcome|{meeting}"), (WANG, f"ask_outcome|{meeting}"),
        (ANA, f"ask_rating|{meeting}"),
    ]  # fmt: skip


async def test_a_request_never_confirmed_is_not_followed_up(catalog: Database) -> None:
    await by_request(catalog)
    await _book(catalog, ANA, "AV2")
    assert await _follow_up(catalog, AV2_END) == 0


async def test_the_first_members_outcome_stands(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    with pytest.raises(StaleAction):  # not followed up yet: no button was sent
        await _record(catalog, LI, meeting, attended=False)
    await _follow_up(catalog, AV2_END)
    for forger, refused in ((ZHOU, StaleAction), (KEN, NotStaff)):
        with pytest.raises(refused):
            await _record(catalog, forger, meeting, attended=True)
    recorded = await _record(catalog, LI, meeting, attended=False)
    assert recorded.booking.id == meeting and recorded.buyer_zone == "Europe/Madrid"
    with pytest.raises(OutcomeRecorded) as again:
        await _record(catalog, WANG, meeting, attended=True)
    assert not again.value.attended
    async with catalog.read() as s:
        row = await s.get(Meeting, meeting)
        assert row is not None and row.outcome == MeetingOutcome.NO_SHOW


async def test_the_buyer_rates_their_meeting_and_may_change_it(catalog: Database) -> None:
    meeting = await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        with pytest.raises(StaleAction):  # not over yet
            await meeting_outcomes.rate(s, ANA, meeting, 4)
    await _follow_up(catalog, AV2_END)
    for buyer, stars in ((KEN, 4), (ANA, 0), (ANA, 6)):
        async with catalog.write() as s:
            with pytest.raises(StaleAction):
                await meeting_outcomes.rate(s, buyer, meeting, stars)
    for stars in (4, 5):
        async with catalog.write() as s:
            await meeting_outcomes.rate(s, ANA, meeting, stars)
    async with catalog.read() as s:
        row = await s.get(Meeting, meeting)
        assert row is not None and row.rating == 5


async def test_a_no_show_counts_against_the_day_but_leaves_one(catalog: Database) -> None:
    missed = await _book(catalog, ANA, "AV1")
    await _follow_up(catalog, datetime(2026, 10, 15, 1, 30, tzinfo=UTC))
    await _record(catalog, WANG, missed, attended=False)
    two = replace(RULES, per_day=2)
    with pytest.raises(DayLimit):  # 15 October: AV1, and one fewer allowed
        await _book(catalog, ANA, "AV2", two)
    await _book(catalog, ANA, "AV4", replace(RULES, per_day=1))  # one a day, whatever
    async with catalog.read() as s:
        assert await meetings.no_shows(s, ANA) == 1
        assert await meetings.no_shows(s, KEN) == 0
