"""The outbox on both engines: idempotent queueing, paced leases, settling, expiry."""

from __future__ import annotations

import asyncio
import bisect
import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.models import User
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENDING, SENT, OutboxMessage
from bot.services import outbox, outbox_delivery
from bot.services.outbox import Outgoing
from bot.services.outbox_delivery import JITTER, MAX_ATTEMPTS, Outcome, Pacing

T0 = datetime(2026, 10, 16, 2, 0, tzinfo=UTC)


def messages(chats: range, kind: str = "test") -> list[Outgoing]:
    return [Outgoing(chat_id=c, text=f"hello {c}", kind=kind) for c in chats]


async def lease(
    db: Database, owner: str, pacing: Pacing, now: datetime, limit: int | None = None
) -> outbox_delivery.Leased:
    async with db.write() as session:
        return await outbox_delivery.lease(session, owner, pacing, now, limit)


async def settle(db: Database, outcomes: list[Outcome]) -> None:
    async with db.write() as session:
        await outbox_delivery.settle(session, outcomes)


async def statuses(db: Database) -> dict[int, str]:
    async with db.read() as session:
        rows = await session.execute(select(OutboxMessage.chat_id, OutboxMessage.status))
        return dict(rows.all())


async def test_a_dedupe_key_queues_a_message_once(database: Database) -> None:
    reminder = Outgoing(chat_id=1, text="Check in today", kind="reminder", dedupe_key="r:1")
    async with database.write() as session:
        assert await outbox.enqueue(session, [reminder, *messages(range(2, 4))], T0) == 3
    async with database.write() as session:
        assert await outbox.enqueue(session, [reminder], T0) == 0
    async with database.read() as session:
        assert await outbox.counts(session) == {QUEUED: 3}
        assert await outbox.pending(session) == 3


@pytest.mark.parametrize("rate", [1, 2, 30, 1000])
def test_slots_fill_any_second_up_to_the_rate_with_every_send_a_jitter_off(rate: int) -> None:
    spacing = Pacing(rate=rate).spacing
    slots = [i * spacing for i in range(rate * 3 + 2)]
    # Each send up to JITTER off its slot, the first late and the last early: any run of
    # slots spanning under 1 + 2 * JITTER seconds may land in one second.
    reach = 1 + 2 * JITTER - 1e-9
    most = max(bisect.bisect_left(slots, s + reach) - i for i, s in enumerate(slots))
    assert most == rate  # never above it, and no slot wasted below it
    assert 1 / spacing >= 0.98 * rate


async def test_leases_take_paced_slots_within_the_horizon(database: Database) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 41)), T0)
    pacing = Pacing(rate=20, horizon=0.5)
    first = await lease(database, "a", pacing, T0)
    assert 9 <= len(first.messages) <= 11
    slots = [m.send_at for m in first.messages]
    gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(slots)]
    assert slots[0] == T0 and min(gaps) >= pacing.spacing - 1e-6
    assert slots[-1] <= T0 + timedelta(seconds=0.5)
    again = await lease(database, "b", pacing, T0)  # the same instant: no slot is left
    assert again.messages == [] and again.wake_at is not None
    later = await lease(database, "b", pacing, T0 + timedelta(seconds=0.5))
    assert later.messages and later.messages[0].send_at >= slots[-1] + timedelta(
        seconds=pacing.spacing - 1e-6
    )
    assert not {m.id for m in first.messages} & {m.id for m in later.messages}


async def test_a_chat_gets_one_message_a_second_from_when_it_was_really_sent(
    database: Database,
) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(7, 8)) * 3, T0)
    pacing = Pacing(rate=30, per_chat=1.0)
    (first,) = (await lease(database, "a", pacing, T0)).messages
    assert (await lease(database, "a", pacing, T0 + timedelta(seconds=1.5))).messages == [], (
        "one message in flight per chat"
    )
    late = T0 + timedelta(seconds=0.2)  # its send started late
    await settle(database, [Outcome(first.id, 7, SENT, late, token=first.token, message_id=1)])
    assert (await lease(database, "a", pacing, T0 + timedelta(seconds=1.0))).messages == []
    assert (await lease(database, "a", pacing, late + timedelta(seconds=0.99))).messages == []
    taken = (await lease(database, "a", pacing, late + timedelta(seconds=1.02))).messages
    assert len(taken) == 1 and taken[0].send_at >= late + timedelta(seconds=1)


async def test_a_dead_sender_s_lease_expires_after_its_longest_answer_and_goes_again(
    database: Database,
) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 2)), T0)
    pacing = Pacing(rate=30, request_timeout=5, lease_ttl=10)
    (taken,) = (await lease(database, "dead", pacing, T0)).messages
    assert taken.until == T0 + timedelta(seconds=15) and await statuses(database) == {1: SENDING}
    assert (await lease(database, "alive", pacing, T0 + timedelta(seconds=14))).messages == []
    retaken = (await lease(database, "alive", pacing, T0 + timedelta(seconds=16))).messages
    assert [m.id for m in retaken] == [taken.id] and retaken[0].token != taken.token
    await settle(database, [Outcome(taken.id, 1, SENT, T0, token=taken.token)])  # too late
    assert await statuses(database) == {1: SENDING}
    await settle(database, [Outcome(taken.id, 1, SENT, T0, token=retaken[0].token)])
    assert await statuses(database) == {1: SENT}


async def test_a_settle_for_a_lease_the_same_sender_lost_and_took_again_changes_nothing(
    database: Database,
) -> None:
    """A sender whose lease expired while it held the message, and which leased the
    message again itself: only the second lease's settle counts."""
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 2)), T0)
    pacing = Pacing(rate=30, request_timeout=1, lease_ttl=1)
    (first,) = (await lease(database, "a", pacing, T0)).messages
    (second,) = (await lease(database, "a", pacing, T0 + timedelta(seconds=3))).messages
    assert second.id == first.id and second.token != first.token
    failed = outbox_delivery.retry_outcome(first, "NetworkError: boom", T0 + timedelta(seconds=3))
    await settle(database, [failed])
    async with database.read() as session:
        row = await session.get(OutboxMessage, first.id)
    assert row is not None and (row.status, row.attempts, row.error) == (SENDING, 0, None)
    await settle(database, [Outcome(second.id, 1, SENT, T0, token=second.token)])
    assert await statuses(database) == {1: SENT}


async def test_a_lease_takes_no_more_than_the_sender_can_start(database: Database) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 41)), T0)
    pacing = Pacing(rate=100, horizon=0.5)
    first = await lease(database, "a", pacing, T0, limit=3)
    assert len(first.messages) == 3
    later = await lease(database, "a", pacing, T0, limit=10)
    assert len(later.messages) == 10
    assert later.messages[0].send_at >= first.messages[-1].send_at + timedelta(
        seconds=pacing.spacing - 1e-6
    ), "the schedule goes on from the last slot taken, not from the horizon's end"


async def test_a_lease_given_back_is_queued_as_it_was_and_only_by_its_holder(
    database: Database,
) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 3)), T0)
    pacing = Pacing(rate=30)
    one, two = (await lease(database, "a", pacing, T0)).messages
    stale = replace(two, token="not-the-lease")
    async with database.write() as session:
        await outbox_delivery.give_back(session, [one, stale])
    async with database.read() as session:
        rows = {r.id: r for r in (await session.execute(select(OutboxMessage))).scalars()}
    given = rows[one.id]
    assert (given.status, given.attempts, given.lease_owner, given.not_before) == (
        QUEUED, 0, None, T0
    )  # fmt: skip
    assert rows[two.id].status == SENDING
    (again,) = (await lease(database, "b", pacing, T0 + timedelta(seconds=1))).messages
    assert again.id == one.id


async def test_blocked_chat_is_marked_and_loses_its_queue(database: Database) -> None:
    async with database.write() as session:
        session.add(User(telegram_id=5, language="en", created_at=T0, updated_at=T0))
        await outbox.enqueue(session, messages(range(5, 6)) * 2 + messages(range(6, 7)), T0)
    pacing = Pacing(rate=30)
    taken = (await lease(database, "a", pacing, T0)).messages
    to_five = next(m for m in taken if m.chat_id == 5)
    blocked = Outcome(to_five.id, 5, BLOCKED, T0, "Forbidden: blocked", token=to_five.token)
    await settle(database, [blocked])
    async with database.read() as session:
        user = await session.get(User, 5)
        counts = await outbox.counts(session)
    assert user is not None and user.blocked_at == T0
    assert counts[BLOCKED] == 2


async def test_retries_back_off_then_fail(database: Database) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 2)), T0)
    pacing = Pacing(rate=30)
    now = T0
    for attempt in range(MAX_ATTEMPTS):
        taken = (await lease(database, "a", pacing, now)).messages
        assert len(taken) == 1 and taken[0].attempts == attempt
        outcome = outbox_delivery.retry_outcome(taken[0], "NetworkError: boom", now)
        await settle(database, [outcome])
        if outcome.status == FAILED:
            break
        assert outcome.retry_at is not None and outcome.retry_at > now
        assert (await lease(database, "a", pacing, now)).messages == []
        now = outcome.retry_at + timedelta(seconds=1)
    assert await statuses(database) == {1: FAILED}


async def test_a_429_pauses_every_sender(database: Database) -> None:
    async with database.write() as session:
        await outbox.enqueue(session, messages(range(1, 4)), T0)
    pacing = Pacing(rate=30)
    taken = (await lease(database, "a", pacing, T0)).messages
    until = T0 + timedelta(seconds=2)
    paused = [
        Outcome(m.id, m.chat_id, QUEUED, T0, "429", until, paused=True, token=m.token)
        for m in taken
    ]
    await settle(database, paused)
    held = await lease(database, "b", pacing, T0 + timedelta(seconds=1))
    assert held.messages == [] and held.wake_at == until
    resumed = (await lease(database, "b", pacing, until)).messages
    assert len(resumed) == 3 and all(m.attempts == 0 for m in resumed)


async def test_two_leasers_at_once_share_the_rate_and_never_a_row(
    database: Database,
) -> None:
    second = Database(database.url)
    try:
        async with database.write() as session:
            await outbox.enqueue(session, messages(range(1, 201)), T0)
        pacing = Pacing(rate=100, horizon=0.5)
        a, b = await asyncio.gather(
            lease(database, "a", pacing, T0), lease(second, "b", pacing, T0)
        )
    finally:
        await second.dispose()
    ids = [m.id for m in a.messages + b.messages]
    assert len(ids) == len(set(ids))
    slots = sorted(m.send_at for m in a.messages + b.messages)
    assert len(slots) <= 0.5 * 100 + 1
    gaps = [(y - x).total_seconds() for x, y in itertools.pairwise(slots)]
    assert min(gaps) >= pacing.spacing - 1e-6
