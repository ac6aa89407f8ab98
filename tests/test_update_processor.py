"""The update processor: chats in parallel, each chat in order, the flood gate, and the
chat locks across processes (PostgreSQL) without running out of connections."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from telegram import Chat, Message, Update, User

from bot.db.chat_locks import chat_locks
from bot.db.engine import Database
from bot.flood import FloodGate, Verdict
from bot.update_processor import FairUpdateProcessor

Interval = tuple[float, float]


def message(update_id: int, chat_id: int) -> Update:
    user = User(chat_id, "Buyer", is_bot=False)
    chat = Chat(chat_id, Chat.PRIVATE)
    sent = Message(update_id, datetime(2026, 10, 15, tzinfo=UTC), chat, from_user=user, text="x")
    return Update(update_id, message=sent)


async def feed(
    processor: FairUpdateProcessor,
    updates: list[Update],
    work: Callable[[Update], Awaitable[None]],
) -> None:
    """What the Application does: one task per update, started in delivery order."""
    tasks = [asyncio.create_task(processor.process_update(u, work(u))) for u in updates]
    await asyncio.gather(*tasks)


async def test_each_chat_in_order_and_chats_at_once() -> None:
    processor = FairUpdateProcessor(concurrency=8)
    done: list[tuple[int, int]] = []
    running: set[int] = set()
    overlap: list[int] = []

    async def work(update: Update) -> None:
        chat = update.effective_chat.id  # type: ignore[union-attr]
        if chat in running:
            overlap.append(chat)
        running.add(chat)
        await asyncio.sleep(0.02 if chat == 1 else 0)
        running.discard(chat)
        done.append((chat, update.update_id))

    updates = [message(n, 1) for n in range(1, 6)] + [message(100, 2)]
    await feed(processor, updates, work)
    assert [u for c, u in done if c == 1] == [1, 2, 3, 4, 5]
    assert done.index((2, 100)) < done.index((1, 1)), "chat 2 did not wait for chat 1"
    assert overlap == []
    assert processor.lanes == 0, "idle chats leave nothing behind"


async def test_no_more_than_the_concurrency_at_once() -> None:
    processor = FairUpdateProcessor(concurrency=3)
    running, most = 0, 0

    async def work(_: Update) -> None:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.01)
        running -= 1

    await feed(processor, [message(n, n) for n in range(20)], work)
    assert most == 3


def test_flood_gate_warns_once_per_window_and_forgets_idle_users() -> None:
    gate = FloodGate(rate=5, window=10.0)
    verdicts = [gate.admit(1, 0.0) for _ in range(8)]
    assert verdicts == [Verdict.PASS] * 5 + [Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert gate.admit(2, 0.1) is Verdict.PASS, "another user is not slowed"
    assert gate.admit(1, 2.0) is Verdict.PASS  # a token back after window / rate seconds
    assert gate.admit(1, 2.1) is Verdict.DROP, "still the same burst: no second notice"
    assert gate.admit(1, 11.0) is Verdict.PASS
    for user in range(100, 1100):
        gate.admit(user, 12.0)
    gate.admit(5000, 40.0)
    assert gate.tracked == 1, "users quiet for a window are forgotten"


def test_an_update_delivered_again_is_counted_once() -> None:
    """Telegram redelivers an unacknowledged webhook update (the database was away):
    thirty deliveries of one update are not a flood, and its user is not slowed."""
    gate = FloodGate(rate=5, window=10.0)
    assert {gate.admit(1, n / 10, update_id=42) for n in range(30)} == {Verdict.PASS}
    verdicts = [gate.admit(1, 3.0, update_id=43 + n) for n in range(6)]
    assert verdicts == [Verdict.PASS] * 5 + [Verdict.WARN]


async def _intervals_per_chat(
    db: Database, processors: list[FairUpdateProcessor], chats: int
) -> dict[int, list[Interval]]:
    """Each processor gets two updates of every chat, each doing database work."""
    seen: dict[int, list[Interval]] = {}
    loop = asyncio.get_running_loop()

    async def work(update: Update) -> None:
        chat = update.effective_chat.id  # type: ignore[union-attr]
        start = loop.time()
        async with db.write() as session:
            await session.execute(text("SELECT 1"))
            await asyncio.sleep(0.005)
        seen.setdefault(chat, []).append((start, loop.time()))

    for processor in processors:
        await processor.initialize()
    try:
        batches = [
            feed(p, [message(n * 1000 + i, c) for c in range(chats) for n in (1, 2)], work)
            for i, p in enumerate(processors)
        ]
        await asyncio.wait_for(asyncio.gather(*batches), timeout=30)
    finally:
        for processor in processors:
            await processor.shutdown()
    return seen


async def test_64_chats_on_a_pool_of_two_connections(database: Database) -> None:
    small = Database(database.url, pool_size=2, max_overflow=0, pool_timeout=10)
    try:
        processor = FairUpdateProcessor(concurrency=64, locks=chat_locks(small))
        seen = await _intervals_per_chat(small, [processor], chats=64)
    finally:
        await small.dispose()
    assert sum(len(v) for v in seen.values()) == 128


async def test_two_processes_never_run_one_chat_at_once(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite serves one process; its in-process order is the whole story")
    processors = [
        FairUpdateProcessor(concurrency=16, locks=chat_locks(database)) for _ in range(2)
    ]
    seen = await _intervals_per_chat(database, processors, chats=8)
    for chat, intervals in seen.items():
        ordered = sorted(intervals)
        assert len(ordered) == 4
        for (_, end), (start, _) in itertools.pairwise(ordered):
            assert start >= end, f"chat {chat}: two processes ran it at once"
