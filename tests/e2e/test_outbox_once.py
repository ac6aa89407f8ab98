"""The outbox sends each message once: slow answers, two senders, a database cut, a stall.

Each test counts, per chat, what the Bot API double received: every chat must have its
message exactly once, and every row must end settled as sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.outbox import QUEUED, SENDING, SENT, OutboxMessage
from bot.outbox_client import OutboxClient
from bot.outbox_sender import OutboxSender
from bot.services import outbox
from bot.services.outbox_delivery import Pacing
from bot.telegram_double import BotApiDouble
from bot.telegram_double.faults import Fault, FloodControl
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.outbox import drained, queue, users
from tests.auxil.tcp_proxy import TcpProxy
from tests.auxil.wait import until

CONNECTIONS = 8  # the sender's in-flight capacity: small, so that slow answers fill it


def per_chat(double: BotApiDouble, chats: list[int]) -> dict[int, int]:
    """How many messages each chat received."""
    return {chat: len(double.user(chat).bot_messages) for chat in chats}


async def drain(db: Database, senders: list[OutboxSender], timeout: float = 20) -> int:
    """Run the senders until nothing is pending, then stop them; returns the most
    messages that were leased (in `sending`) at any one look."""
    stop = asyncio.Event()
    running = [asyncio.create_task(sender.run(stop)) for sender in senders]
    most = 0
    try:
        async with asyncio.timeout(timeout):
            while True:
                async with db.read() as session:
                    counts = await outbox.counts(session)
                most = max(most, counts.get(SENDING, 0))
                if not counts.get(QUEUED) and not counts.get(SENDING):
                    break
                await asyncio.sleep(0.05)
    finally:
        stop.set()
        await asyncio.gather(*running)
    return most


async def sent_everything(db: Database, count: int) -> None:
    async with db.read() as session:
        assert await outbox.counts(session) == {SENT: count}


@pytest.mark.parametrize(("answer", "count"), [(1.0, 24), (4.0, CONNECTIONS)])
async def test_slow_answers_deliver_each_message_once(
    double: BotApiDouble, database: Database, clock: Clock, answer: float, count: int
) -> None:
    """Telegram answers in 1 s, or in 4 s; leases have a 2 s margin; 100/s. The sender
    leases no more than it has connections for, and no lease runs out under a send."""
    chats = users(double, count)
    await queue(database, chats, 1, clock)
    double.inject(Fault("sendMessage", delay=answer, times=None))
    async with OutboxClient(TOKEN, double.url, connections=CONNECTIONS) as client:
        sender = OutboxSender(database, client, clock, Pacing(rate=100, lease_ttl=2))
        most_leased = await drain(database, [sender])
    assert per_chat(double, chats) == dict.fromkeys(chats, 1)
    await sent_everything(database, count)
    assert most_leased <= CONNECTIONS, "leases do not pile up behind slow answers"


async def test_answers_too_slow_for_the_rate_hold_leasing_back_too(
    double: BotApiDouble, database: Database, clock: Clock
) -> None:
    """At 20/s with 1 s answers, a second as Telegram may count it holds a second of
    answers and a second of sends in flight: about 10 can start a second. With
    connections to spare, the sender still leases only what can start that soon."""
    chats = users(double, 30)
    await queue(database, chats, 1, clock)
    double.inject(Fault("sendMessage", delay=1.0, times=None))
    async with OutboxClient(TOKEN, double.url) as client:
        sender = OutboxSender(database, client, clock, Pacing(rate=20, lease_ttl=2))
        most_leased = await drain(database, [sender])
    assert per_chat(double, chats) == dict.fromkeys(chats, 1)
    await sent_everything(database, len(chats))
    assert most_leased <= 20, "no more leased than can start within the rate"


async def test_two_senders_with_slow_answers_send_each_message_once(
    double: BotApiDouble, database: Database, engine_name: str, clock: Clock
) -> None:
    """Scale-out on PostgreSQL: two senders, answers in 1 s, leases with a 1 s margin."""
    if engine_name != "postgres":
        pytest.skip("on SQLite one sender runs; several share an outbox on PostgreSQL")
    chats = users(double, 32)
    await queue(database, chats, 1, clock)
    double.inject(Fault("sendMessage", delay=1.0, times=None))
    pacing = Pacing(rate=100, lease_ttl=1)
    second = Database(database.url)
    try:
        async with (
            OutboxClient(TOKEN, double.url, connections=CONNECTIONS) as one,
            OutboxClient(TOKEN, double.url, connections=CONNECTIONS) as two,
        ):
            senders = [
                OutboxSender(database, one, clock, pacing),
                OutboxSender(second, two, clock, pacing),
            ]
            await drain(database, senders)
    finally:
        await second.dispose()
    assert per_chat(double, chats) == dict.fromkeys(chats, 1)
    await sent_everything(database, len(chats))
    async with database.read() as session:
        owners = await session.execute(select(OutboxMessage.lease_owner).distinct())
    assert len(owners.all()) == 2, "both senders sent"


async def test_a_database_cut_longer_than_the_lease_sends_each_message_once(
    double: BotApiDouble,
    database: Database,
    engine_name: str,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """PostgreSQL goes away for longer than a lease while sends are in flight and their
    answers come back. The sender logs, retries, and once the database is back settles
    what it sent before anything can lease those messages again."""
    if engine_name != "postgres":
        pytest.skip("the cut is a network cut between the sender and PostgreSQL")
    caplog.set_level(logging.ERROR, logger="bot.outbox_sender")
    url = make_url(database.url)
    chats = users(double, 40)
    await queue(database, chats, 1, clock)
    double.inject(Fault("sendMessage", delay=0.3, times=None))
    # a lease lasts 2.5 s past its slot: the longest answer (1.5 s) and a 1 s margin
    pacing = Pacing(rate=20, request_timeout=1.5, lease_ttl=1)
    async with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        cut_off = Database(url.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
        try:
            async with OutboxClient(TOKEN, double.url) as client:
                stop = asyncio.Event()
                sender = OutboxSender(cut_off, client, clock, pacing)
                running = asyncio.create_task(sender.run(stop))
                try:

                    def in_flight_now() -> int:
                        delivered = sum(per_chat(double, chats).values())
                        return len(double.calls("sendMessage")) - delivered

                    await until(
                        lambda: sum(per_chat(double, chats).values()) >= 5 and in_flight_now() > 0
                    )
                    await proxy.cut()
                    in_flight = in_flight_now()
                    await asyncio.sleep(3)
                    await proxy.restore()
                    await drained(database, 20, poll=0.05)
                    assert not running.done(), "the sender survived the cut"
                finally:
                    stop.set()
                    await running
        finally:
            await cut_off.dispose()
    assert in_flight > 0, "sends were in flight when the database went away"
    assert per_chat(double, chats) == dict.fromkeys(chats, 1)
    await sent_everything(database, len(chats))
    assert "retrying" in caplog.text


async def test_a_stalled_server_never_receives_more_than_the_rate_in_a_second(
    double: BotApiDouble, database: Database, clock: Clock
) -> None:
    """Telegram stops reading for 0.6 s (busy, a pause) and then takes what waited all at
    once. What the sender started meanwhile must not make any second of what Telegram
    received hold more than the rate: its flood control (strict here) refuses nothing."""
    double.flood = FloodControl(per_second=20, chat_interval=1.0)
    chats = users(double, 40)
    texts = await queue(database, chats, 1, clock)
    async with OutboxClient(TOKEN, double.url) as client:
        sender = OutboxSender(database, client, clock, Pacing(rate=20))
        draining = asyncio.create_task(drain(database, [sender]))
        await until(lambda: sum(per_chat(double, chats).values()) >= 12)
        double.stall(0.6)
        await draining
    assert Counter(m.text for chat in chats for m in double.user(chat).bot_messages) == Counter(
        texts
    )
    assert double.flood.refused == 0
    await sent_everything(database, len(chats))
