"""The outbox sender against the Bot API double over HTTP: limits, faults, restarts, kill -9."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.models import User
from bot.db.outbox import BLOCKED, SENDING, SENT, OutboxMessage
from bot.outbox_client import OutboxClient
from bot.outbox_sender import OutboxSender
from bot.services import broadcasts, outbox
from bot.services.outbox_delivery import Pacing
from bot.telegram_double import BotApiDouble
from bot.telegram_double.faults import Fault, FloodControl
from tests.auxil.broadcasts import add_buyers, confirm, draft
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.environment import TEST_ENV
from tests.auxil.outbox import drained, queue, users

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def telegram(double: BotApiDouble) -> AsyncIterator[OutboxClient]:
    async with OutboxClient(TOKEN, double.url) as client:
        yield client


async def deliver(db: Database, sender: OutboxSender, timeout: float = 30) -> None:
    """Run the sender until nothing is pending, then stop it."""
    stop = asyncio.Event()
    running = asyncio.create_task(sender.run(stop))
    try:
        await asyncio.sleep(0.1)
        await drained(db, timeout)
    finally:
        stop.set()
        await running


def received(double: BotApiDouble) -> Counter[str]:
    return Counter(m.text for u in double.users for m in u.bot_messages)


async def test_every_message_once_within_telegram_s_limits(
    double: BotApiDouble, telegram: OutboxClient, database: Database, clock: Clock
) -> None:
    double.flood = FloodControl(per_second=30, chat_interval=1.0)
    chats = users(double, 20)
    texts = await queue(database, chats, 3, clock)
    # 25/s under Telegram's 30: room for a loaded test machine delaying some requests
    await deliver(database, OutboxSender(database, telegram, clock, Pacing(rate=25)))
    assert received(double) == Counter(texts)
    assert double.flood.refused == 0
    for chat in chats:  # each chat's messages arrive in the order they were queued
        got = [m.text for m in double.user(chat).bot_messages]
        assert got == [f"notice {n} for {chat}" for n in range(3)]
    posts = [t for t, method, _ in double.arrivals if method == "sendMessage"]
    assert posts[-1] - posts[0] >= 2.3  # 60 messages at 25/s cannot take less than 2.4 s


async def test_429_and_blocked_users_lose_nothing_and_double_nothing(
    double: BotApiDouble, telegram: OutboxClient, database: Database, clock: Clock
) -> None:
    chats = users(double, 12)
    async with database.write() as session:
        session.add(User(telegram_id=chats[0], language="en", created_at=clock.now(),
                         updated_at=clock.now()))  # fmt: skip
    double.block(chats[0])
    double.inject(Fault("sendMessage", retry_after=1, times=3))
    double.inject(Fault("sendMessage", status=500, times=2))
    texts = await queue(database, chats, 2, clock)
    await deliver(database, OutboxSender(database, telegram, clock, Pacing(rate=30)))
    delivered = received(double)
    assert set(delivered.values()) == {1}
    assert set(delivered) == {t for t in texts if not t.endswith(f"for {chats[0]}")}
    async with database.read() as session:
        counts = await outbox.counts(session)
        user = await session.get(User, chats[0])
    assert counts == {SENT: 22, BLOCKED: 2}
    assert user is not None and user.blocked_at is not None


async def test_a_clean_stop_gives_back_what_was_not_sent(
    double: BotApiDouble, telegram: OutboxClient, database: Database, clock: Clock
) -> None:
    chats = users(double, 30)
    texts = await queue(database, chats, 2, clock)
    stop = asyncio.Event()
    first = OutboxSender(database, telegram, clock, Pacing(rate=20))
    running = asyncio.create_task(first.run(stop))
    async with asyncio.timeout(20):
        while sum(received(double).values()) < 5:
            await asyncio.sleep(0.01)
    stop.set()
    await running
    async with database.read() as session:
        counts = await outbox.counts(session)
    assert SENDING not in counts and 5 <= counts[SENT] < len(texts)
    await deliver(database, OutboxSender(database, telegram, clock, Pacing(rate=30)))
    assert received(double) == Counter(texts)


async def test_kill_9_mid_broadcast_then_restart_reaches_everyone_once(
    double: BotApiDouble, database: Database, tmp_path: Path
) -> None:
    """An organizer's announcement to 300 buyers; the bot process dies hard mid-way.
    Once restarted, every buyer has it. A buyer can have it twice only if Telegram
    took it while the dead process had not recorded it yet: exactly the rows left
    in `sending` whose buyer had it at the kill."""
    chats = users(double, 300)
    await add_buyers(database, dict.fromkeys(chats, "en"))
    created = await confirm(database, await draft(database, broadcasts.ONE, ["<b>Hall 5</b>"]))
    assert created.total == len(chats)
    env = {
        **os.environ, **TEST_ENV, "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": double.url, "DATABASE_URL": database.url, "OUTBOX_RATE": "100",
        # the dead process's leases expire soon after: 2 s for an answer, then 1 s
        "OUTBOX_REQUEST_TIMEOUT": "2", "OUTBOX_LEASE_SECONDS": "1",
    }  # fmt: skip

    async def start() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, str(ROOT / "bot.py"), "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip

    def reached() -> Counter[int]:
        """How many times each buyer received the announcement."""
        return Counter(
            chat for chat in chats for m in double.user(chat).bot_messages if "Hall 5" in m.text
        )

    process = await start()
    async with asyncio.timeout(60):
        while sum(reached().values()) < 100:
            await asyncio.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    await process.wait()
    at_kill = reached()
    async with database.read() as session:
        rows = await session.execute(select(OutboxMessage.chat_id, OutboxMessage.status))
        window = {chat for chat, status in rows.all() if status == SENDING and chat in at_kill}
    assert 0 < len(at_kill) < len(chats)
    restarted = await start()
    try:
        await drained(database, 90, poll=0.2)
    finally:
        restarted.send_signal(signal.SIGTERM)
        await asyncio.wait_for(restarted.wait(), timeout=30)
    final = reached()
    assert set(final) == set(chats), "every buyer has the announcement"
    twice = {chat for chat, n in final.items() if n > 1}
    assert twice <= window and max(final.values()) <= 2
    async with database.read() as session:
        assert await outbox.counts(session, created.id) == {SENT: len(chats)}


async def test_two_sender_processes_share_one_outbox_and_its_limits(
    double: BotApiDouble, database: Database, engine_name: str, tmp_path: Path
) -> None:
    """Scale-out on PostgreSQL: two `bot.py outbox` processes hold the global rate and
    the per-chat rate together, and send each message once. They are configured at 24/s
    against Telegram's 40: the double stamps each request when its busy process gets to
    it, so on a loaded machine (a parallel test run) requests sent apart arrive bunched;
    two senders that did not share the rate would still send 48/s and be refused."""
    if engine_name != "postgres":
        pytest.skip("on SQLite one sender runs; several share an outbox on PostgreSQL")
    double.flood = FloodControl(per_second=40, chat_interval=1.0)
    chats = users(double, 100)
    texts = await queue(database, chats, 2, Clock())
    env = {
        **os.environ, **TEST_ENV, "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": double.url, "DATABASE_URL": database.url, "OUTBOX_RATE": "24",
    }  # fmt: skip
    command = (sys.executable, str(ROOT / "bot.py"), "outbox")
    quiet = asyncio.subprocess.DEVNULL
    senders = [
        await asyncio.create_subprocess_exec(
            *command, cwd=tmp_path, env=env, stdout=quiet, stderr=quiet
        )
        for _ in range(2)
    ]
    try:
        await drained(database, 60, poll=0.2)
    finally:
        for process in senders:
            process.send_signal(signal.SIGTERM)
        for process in senders:
            assert await asyncio.wait_for(process.wait(), timeout=30) == 0
    assert received(double) == Counter(texts)
    assert double.flood.refused == 0
    async with database.read() as session:
        owners = await session.execute(select(OutboxMessage.lease_owner).distinct())
    assert len({owner for (owner,) in owners.all()}) == 2, "both processes sent"
    posts = [t for t, method, _ in double.arrivals if method == "sendMessage"]
    assert posts[-1] - posts[0] >= (len(texts) - 24) / 24


async def test_a_file_the_bot_made_is_uploaded_with_its_caption_and_buttons(
    double: BotApiDouble, minimal: BotApiDouble, database: Database, clock: Clock
) -> None:
    """An .ics queued with a notice arrives as a document named as queued, its bytes intact,
    the notice its caption; a core-only server gets the notice alone, sent once."""
    data = "BEGIN:VCALENDAR\r\nSUMMARY:Reunión 会议\r\nEND:VCALENDAR\r\n".encode()
    for server in (double, minimal):
        (chat,) = users(server, 1)
        message = outbox.Outgoing(
            chat, "<b>Moved</b> to Friday", "test", buttons=[[("Open", "x|y")]],
            media=outbox.upload("meeting-1-1.ics", data),
        )  # fmt: skip
        async with database.write() as session:
            await outbox.enqueue(session, [message], clock.wall())
        async with OutboxClient(TOKEN, server.url) as client:
            await deliver(database, OutboxSender(database, client, clock, Pacing(rate=25)))
        (got,) = server.user(chat).bot_messages
        assert got.text == "Moved to Friday" and [b["text"] for b in got.buttons] == ["Open"]
        if server is minimal:
            assert got.document is None
            continue
        assert (got.document, got.document_name) == (data, "meeting-1-1.ics")
