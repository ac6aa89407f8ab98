"""Meeting requests on both engines: a request holds its slot; staff accept, decline or
propose another time; the buyer answers a proposal; unanswered ones lapse; the day's
limit; forged, late and concurrent answers; and the notices each change queues."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.meetings import Meeting
from bot.db.outbox import OutboxMessage
from bot.domain import BookingMode, MeetingStatus
from bot.errors import (
    DayLimit,
    MeetingOverlap,
    NotStaff,
    RequestAnswered,
    RequestClosed,
    SlotTaken,
    SlotUnavailable,
    StaleAction,
)
from bot.services import (
    exhibitor_settings,
    meeting_moves,
    meeting_notices,
    meeting_requests,
    meetings,
    privacy,
)
from bot.services.meeting_notices import Letter, Notice, Request
from tests.auxil.feed import stamp
from tests.auxil.meetings import RULES, buyers_and_staff, change_slots

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA, KEN = 501, 502  # as tests.auxil.meetings.buyers_and_staff has them
LI, WANG, ZHOU = 611, 612, 621  # LI and WANG: staff of EX0001; ZHOU: of EX0002
LATER = NOW + timedelta(hours=24)


def compose(notice: Notice, request: Request, language: str | None) -> Letter:
    """Notices as the tests read them: what, which meeting, in which language."""
    return Letter(f"{notice}|{request.booking.id}|{language}")


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    await buyers_and_staff(database, tmp_path / "feed")
    return database


async def _by_request(db: Database, exhibitor_id: str = "EX0001") -> None:
    async with db.write() as s:
        await exhibitor_settings.change(s, exhibitor_id, NOW, booking_mode=BookingMode.CONFIRM)


async def _book(
    db: Database, buyer: int, slot_id: str, rules: meetings.Rules = RULES
) -> meetings.Booking:
    async with db.write() as s:
        booking = await meetings.book(s, buyer, slot_id, None, NOW, rules)
        await meeting_requests.announce(s, booking, compose, NOW)
    return booking


async def _notices(db: Database) -> list[tuple[int, str]]:
    """(reader, "notice|meeting|language") of every queued meeting notice, in order."""
    async with db.read() as s:
        rows = await s.execute(
            select(OutboxMessage.chat_id, OutboxMessage.text)
            .where(OutboxMessage.kind == meeting_notices.KIND)
            .order_by(OutboxMessage.id)
        )
        return [(chat, text) for chat, text in rows.all()]


async def _row(db: Database, meeting_id: int) -> Meeting | None:
    async with db.read() as s:
        return await s.get(Meeting, meeting_id)


async def _free(db: Database, exhibitor_id: str = "EX0001") -> list[str]:
    async with db.read() as s:
        return [free.id for free in await meetings.free_slots(s, exhibitor_id, NOW)]


async def _proposed_av4(db: Database) -> meetings.Booking:
    """Ana's request for AV2, to which Li proposed AV4 instead."""
    await _by_request(db)
    request = await _book(db, ANA, "AV2")
    async with db.write() as s:
        await meeting_requests.propose(s, LI, request.id, "AV4", NOW, RULES, compose, NOW)
    return request


async def test_an_instant_booking_tells_every_member_of_the_exhibitor(
    catalog: Database,
) -> None:
    booking = await _book(catalog, ANA, "AV2")
    assert booking.status == MeetingStatus.CONFIRMED and booking.expires_at is None
    assert await _notices(catalog) == [
        (LI, f"booked|{booking.id}|zh_Hans"), (WANG, f"booked|{booking.id}|en"),
    ]  # fmt: skip
    async with catalog.read() as s:
        about = await s.execute(select(OutboxMessage.about_user_id).distinct())
        assert about.scalars().all() == [ANA], "/forget finds the notices by the buyer"


async def test_a_request_holds_its_slot_until_staff_accept_it(catalog: Database) -> None:
    await _by_request(catalog)
    async with catalog.read() as s:
        assert (await meetings.offer(s, ANA, "AV2", None, NOW)).by_request
    request = await _book(catalog, ANA, "AV2")
    assert request.status == MeetingStatus.REQUESTED and request.expires_at == LATER
    assert "AV2" not in await _free(catalog)
    with pytest.raises(SlotTaken):
        await _book(catalog, KEN, "AV2")
    async with catalog.write() as s:
        accepted = await meeting_requests.accept(s, WANG, request.id, NOW, compose, NOW)
    assert accepted.booking.status == MeetingStatus.CONFIRMED
    assert accepted.booking.expires_at is None and accepted.buyer_zone == "Europe/Madrid"
    assert accepted.buyer.buyer_code and accepted.buyer.full_name is None, "no consent given"
    assert await _notices(catalog) == [
        (LI, f"request|{request.id}|zh_Hans"), (WANG, f"request|{request.id}|en"),
        (ANA, f"accepted|{request.id}|es"),
    ]  # fmt: skip
    (mine,) = await _upcoming(catalog, ANA)
    assert mine.status == MeetingStatus.CONFIRMED


async def _upcoming(db: Database, buyer: int) -> list[meetings.Booking]:
    async with db.read() as s:
        return await meetings.upcoming(s, buyer, NOW)


async def test_a_declined_request_frees_the_slot_and_the_buyer_is_told(
    catalog: Database,
) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        await meeting_requests.decline(s, LI, request.id, NOW, compose, NOW)
    assert await _row(catalog, request.id) is None
    assert "AV2" in await _free(catalog)
    assert (await _notices(catalog))[-1] == (ANA, f"declined|{request.id}|es")
    async with catalog.write() as s:
        with pytest.raises(RequestClosed):
            await meeting_requests.accept(s, WANG, request.id, NOW, compose, NOW)


async def test_another_time_proposed_moves_the_request_and_the_buyer_takes_it(
    catalog: Database,
) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    async with catalog.read() as s:
        _, slots = await meeting_requests.alternatives(s, LI, request.id, NOW)
    assert [free.id for free in slots] == ["AV1", "AV3", "AV4"]
    async with catalog.write() as s:
        proposed = await meeting_requests.propose(
            s, LI, request.id, "AV4", NOW, RULES, compose, NOW
        )
    assert proposed.booking.status == MeetingStatus.PROPOSED
    assert proposed.asked == (request.starts_at, request.ends_at)
    assert proposed.booking.starts_at == datetime(2026, 10, 16, 7, 0, tzinfo=UTC)
    assert await _free(catalog) == ["AV1", "AV2", "AV3"], "the asked time is free, AV4 held"
    async with catalog.write() as s:
        with pytest.raises(RequestAnswered) as answered:
            await meeting_requests.accept(s, WANG, request.id, NOW, compose, NOW)
    assert not answered.value.mine
    async with catalog.write() as s:
        with pytest.raises(RequestClosed):  # someone else's proposal
            await meeting_requests.answer_proposal(s, KEN, request.id, True, NOW, compose, NOW)
    async with catalog.write() as s:
        taken = await meeting_requests.answer_proposal(s, ANA, request.id, True, NOW, compose, NOW)
    assert taken.booking.status == MeetingStatus.CONFIRMED and taken.booking.expires_at is None
    async with catalog.write() as s:
        with pytest.raises(RequestAnswered) as again:
            await meeting_requests.answer_proposal(s, ANA, request.id, True, NOW, compose, NOW)
    assert again.value.mine
    notices = await _notices(catalog)
    assert notices[-3:] == [
        (ANA, f"proposed|{request.id}|es"),
        (LI, f"taken_up|{request.id}|zh_Hans"), (WANG, f"taken_up|{request.id}|en"),
    ]  # fmt: skip


async def test_a_proposal_turned_down_frees_its_slot_and_staff_are_told(
    catalog: Database,
) -> None:
    request = await _proposed_av4(catalog)
    async with catalog.write() as s:
        await meeting_requests.answer_proposal(s, ANA, request.id, False, NOW, compose, NOW)
    assert await _row(catalog, request.id) is None
    assert await _free(catalog) == ["AV1", "AV2", "AV3", "AV4"]
    assert (await _notices(catalog))[-1] == (WANG, f"turned_down|{request.id}|en")


async def test_a_buyer_who_moves_a_proposal_asks_for_another_time_instead(
    catalog: Database,
) -> None:
    request = await _proposed_av4(catalog)
    async with catalog.write() as s:
        move = await meeting_moves.move(s, ANA, request.id, "AV1", NOW, RULES, compose, NOW)
    asked = move.after
    assert asked.status == MeetingStatus.REQUESTED and asked.id > request.id
    assert move.before.starts_at == datetime(2026, 10, 16, 7, 0, tzinfo=UTC), "the proposal"
    assert await _row(catalog, request.id) is None
    assert await _free(catalog) == ["AV2", "AV3", "AV4"], "AV1 held, the proposed time free"
    assert (await _notices(catalog))[-2:] == [
        (LI, f"request|{asked.id}|zh_Hans"), (WANG, f"request|{asked.id}|en"),
    ]  # fmt: skip
    async with catalog.write() as s:
        with pytest.raises(RequestClosed):  # the proposal's buttons are stale now
            await meeting_requests.answer_proposal(s, ANA, request.id, True, NOW, compose, NOW)
    async with catalog.write() as s:
        accepted = await meeting_requests.accept(s, WANG, asked.id, NOW, compose, NOW)
    assert accepted.booking.status == MeetingStatus.CONFIRMED


async def test_staff_are_told_of_a_cancelled_meeting_unless_its_slot_left_the_catalog(
    catalog: Database, tmp_path: Path
) -> None:
    kept, gone = await _book(catalog, ANA, "AV2"), await _book(catalog, ANA, "AV4")
    await change_slots(
        catalog, tmp_path / "feed", [{"id": "AV4", "deleted": True, "updated_at": stamp(60)}]
    )
    async with catalog.write() as s:
        for meeting in (kept, gone):
            cancelled = await meetings.cancel(s, ANA, meeting.id)
            await meeting_requests.withdrawn(s, cancelled, compose, NOW)
    cancellations = [n for n in await _notices(catalog) if n[1].startswith("cancelled")]
    assert cancellations == [
        (LI, f"cancelled|{kept.id}|zh_Hans"), (WANG, f"cancelled|{kept.id}|en"),
    ]  # fmt: skip


async def test_staff_of_another_exhibitor_and_strangers_change_nothing(
    catalog: Database,
) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    before = await _notices(catalog)
    for forger, refused in ((ZHOU, StaleAction), (KEN, NotStaff), (999, NotStaff)):
        async with catalog.write() as s:
            with pytest.raises(refused):
                await meeting_requests.accept(s, forger, request.id, NOW, compose, NOW)
            with pytest.raises(refused):
                await meeting_requests.decline(s, forger, request.id, NOW, compose, NOW)
            with pytest.raises(refused):
                await meeting_requests.propose(
                    s, forger, request.id, "AV5", NOW, RULES, compose, NOW
                )
    async with catalog.write() as s:
        with pytest.raises(SlotUnavailable):  # another exhibitor's slot
            await meeting_requests.propose(s, LI, request.id, "AV5", NOW, RULES, compose, NOW)
        with pytest.raises(SlotUnavailable):  # a past one
            await meeting_requests.propose(s, LI, request.id, "AV0", NOW, RULES, compose, NOW)
    instant = await _book(catalog, KEN, "AV5")  # EX0002 books instantly: nothing to answer
    async with catalog.write() as s:
        with pytest.raises(StaleAction):
            await meeting_requests.accept(s, ZHOU, instant.id, NOW, compose, NOW)
    row = await _row(catalog, request.id)
    assert row is not None and (row.status, row.slot_id) == (MeetingStatus.REQUESTED, "AV2")
    assert len(await _notices(catalog)) == len(before) + 1, "only ZHOU's instant notice"


async def test_a_proposal_of_a_taken_or_overlapping_time_is_refused(catalog: Database) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV1")
    await _book(catalog, KEN, "AV4")
    await _book(catalog, ANA, "AV5")  # EX0002, 08:15-08:45: overlaps AV2
    for slot_id, refused in (("AV4", SlotTaken), ("AV2", MeetingOverlap)):
        async with catalog.write() as s:
            with pytest.raises(refused):
                await meeting_requests.propose(
                    s, LI, request.id, slot_id, NOW, RULES, compose, NOW
                )
    row = await _row(catalog, request.id)
    assert row is not None and (row.status, row.slot_id) == (MeetingStatus.REQUESTED, "AV1")


async def test_a_request_withdrawn_by_the_buyer_cannot_be_accepted(catalog: Database) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        await meeting_requests.withdrawn(
            s, await meetings.cancel(s, ANA, request.id), compose, NOW
        )
    assert (await _notices(catalog))[-2:] == [
        (LI, f"withdrawn|{request.id}|zh_Hans"), (WANG, f"withdrawn|{request.id}|en"),
    ]  # fmt: skip
    async with catalog.write() as s:
        with pytest.raises(RequestClosed):
            await meeting_requests.accept(s, LI, request.id, NOW, compose, NOW)
        with pytest.raises(RequestClosed):
            await meeting_requests.propose(s, LI, request.id, "AV4", NOW, RULES, compose, NOW)
    assert "AV2" in await _free(catalog)


async def test_an_unanswered_request_lapses_frees_its_slot_and_the_buyer_is_told(
    catalog: Database,
) -> None:
    await _by_request(catalog)
    lapsing = await _book(catalog, ANA, "AV2")
    soon = datetime(2026, 10, 15, 0, 30, tzinfo=UTC)
    async with catalog.write() as s:  # AV1 begins before 24 hours have passed: it lapses then
        early = await meetings.book(s, KEN, "AV1", None, soon, RULES)
    assert early.expires_at == early.starts_at
    async with catalog.write() as s:
        with pytest.raises(RequestClosed):  # lapsed, though the job has not run yet
            await meeting_requests.accept(s, LI, lapsing.id, LATER, compose, LATER)
        assert await meeting_requests.expire(s, LATER - timedelta(seconds=1), compose, NOW) == 0
        assert await meeting_requests.expire(s, LATER, compose, NOW) == 1
    assert await _row(catalog, lapsing.id) is None and "AV2" in await _free(catalog)
    assert (await _notices(catalog))[-1] == (ANA, f"expired|{lapsing.id}|es")
    async with catalog.write() as s:
        assert await meeting_requests.expire(s, LATER, compose, NOW) == 0
    assert await _row(catalog, early.id) is not None


async def test_a_proposal_the_buyer_leaves_unanswered_lapses_too(catalog: Database) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    hour = NOW + timedelta(hours=1)
    async with catalog.write() as s:
        await meeting_requests.propose(s, LI, request.id, "AV4", hour, RULES, compose, NOW)
    async with catalog.write() as s:
        assert await meeting_requests.expire(s, LATER, compose, NOW) == 0, "24 h from the proposal"
        with pytest.raises(RequestClosed):
            await meeting_requests.answer_proposal(
                s, ANA, request.id, True, hour + RULES.answer_within, compose, NOW
            )
        assert await meeting_requests.expire(s, hour + RULES.answer_within, compose, NOW) == 1
    assert await _free(catalog) == ["AV1", "AV2", "AV3", "AV4"]


async def test_two_members_accepting_at_once_exactly_one_wins(catalog: Database) -> None:
    await _by_request(catalog)
    request = await _book(catalog, ANA, "AV2")
    other = Database(catalog.url)

    async def attempt(db: Database, member: int) -> str:
        try:
            async with db.write() as s:
                await meeting_requests.accept(s, member, request.id, NOW, compose, NOW)
        except RequestAnswered as answered:
            return "mine" if answered.mine else "colleague"
        return "accepted"

    try:
        results = await asyncio.gather(attempt(catalog, LI), attempt(other, WANG))
    finally:
        await other.dispose()
    assert sorted(results) == ["accepted", "colleague"]
    accepted = [n for n in await _notices(catalog) if n[1].startswith("accepted")]
    assert accepted == [(ANA, f"accepted|{request.id}|es")], "the buyer is told once"


async def test_a_buyer_over_the_days_limit_is_refused(catalog: Database) -> None:
    await _by_request(catalog)
    two = replace(RULES, per_day=2)
    await _book(catalog, ANA, "AV1", two)  # 09:00 on 15 October, fair clock
    request = await _book(catalog, ANA, "AV2", two)  # 16:00, a request: it counts
    with pytest.raises(DayLimit) as refused:
        await _book(catalog, ANA, "AV3", two)
    assert (refused.value.limit, refused.value.exhibitor_id) == (2, "EX0001")
    await _book(catalog, ANA, "AV4", two)  # 16 October: another fair day
    await _book(catalog, KEN, "AV3", two)  # the limit is each buyer's
    async with catalog.write() as s:
        await meeting_requests.decline(s, LI, request.id, NOW, compose, NOW)
    await _book(catalog, ANA, "AV2", two)  # a declined request no longer counts


async def test_a_proposal_keeps_to_the_buyers_limit_on_its_day(catalog: Database) -> None:
    await _by_request(catalog)
    one = replace(RULES, per_day=1)
    first = await _book(catalog, ANA, "AV2", one)  # 15 October
    async with catalog.write() as s:  # the same day: the request itself is not counted
        await meeting_requests.propose(s, LI, first.id, "AV1", NOW, one, compose, NOW)
    second = await _book(catalog, ANA, "AV4", one)  # 16 October
    async with catalog.write() as s:
        with pytest.raises(DayLimit):  # 15 October holds the first one
            await meeting_requests.propose(s, LI, second.id, "AV3", NOW, one, compose, NOW)


async def test_forgetting_a_buyer_takes_their_requests_and_notices(catalog: Database) -> None:
    await _by_request(catalog)
    await _book(catalog, ANA, "AV2")
    async with catalog.write() as s:
        assert (await privacy.forget(s, ANA)).deleted
    assert await _notices(catalog) == []
    assert "AV2" in await _free(catalog)
