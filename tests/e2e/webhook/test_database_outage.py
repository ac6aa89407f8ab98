"""PostgreSQL goes away and comes back: the webhook bot recovers by itself, losing nothing.

The bot reaches PostgreSQL through a TCP proxy that the test cuts for CUT seconds
(3 s here; production outages of 10 s or more behave the same, only with more
redeliveries). While it is cut, /healthz says 503 and the webhook answers the
updates 503, so the double (as Telegram) keeps them and sends them again; once it
is restored, every update is handled once, in order, and every reply is sent.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application, webhook
from bot.clock import Clock
from bot.db.engine import Database
from bot.deps import Deps
from bot.services import outbox
from bot.services.outbox import Outgoing
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.feed import base_catalog
from tests.auxil.heard import heard
from tests.auxil.outage import behind_proxy
from tests.auxil.talk import Talk
from tests.auxil.tcp_proxy import TcpProxy
from tests.auxil.wait import until
from tests.auxil.webhook import (
    health,
    webhook_env,
)

CUT = 3.0  # seconds PostgreSQL is away
SEARCHES = [4, 9, 2]


@pytest.fixture
async def cut_deps(
    deps: Deps, database: Database, port: int
) -> AsyncIterator[tuple[Deps, TcpProxy]]:
    """Deps whose database is reached through a TCP proxy that the test can cut."""
    async with behind_proxy(deps, database, webhook_env(port)) as cut:
        yield cut


async def test_postgresql_away_and_back_loses_no_update(
    cut_deps: tuple[Deps, TcpProxy], double: BotApiDouble, port: int, tmp_path: Path
) -> None:
    deps, proxy = cut_deps
    base_catalog(tmp_path / "feed")
    await sync(deps.db, str(tmp_path / "feed"), Clock())
    double.delivery.retry_delay = 0.1
    async with webhook(build_application(deps, TOKEN, double.url)):
        talk = Talk(double, deps, user_id=9201, first_name="Ana", language_code="en")
        await talk.command("start")
        await talk.expect("Canton Fair Online")
        await until(lambda: double.delivery.delivered() == [1], what="/start acknowledged")
        acknowledged = 1

        await proxy.cut()
        assert (await health(port))[0] == 503
        talk.mark = talk.user.mark()
        for n in SEARCHES:
            await talk.user.send_text(f"LED strip model {n}")
        first = acknowledged + 1
        refused = lambda: [a for a in double.delivery.attempts if a.update_id == first]  # noqa: E731
        await until(lambda: len(refused()) >= 3, what="the first update refused, and again")
        assert {a.status for a in refused()} == {503}
        assert len(double.delivery.delivered()) == acknowledged  # nothing acknowledged
        await asyncio.sleep(CUT - 0.5)  # the rest of the outage
        assert not [e for e in talk.user.events[talk.mark :] if e.message and e.message.from_bot]

        await proxy.restore()
        await until(
            lambda: len(heard(talk)) >= len(SEARCHES), timeout=30, what="every search answered"
        )
        assert heard(talk) == SEARCHES, talk.user.transcript()
        assert "went wrong" not in talk.user.transcript()
        total = acknowledged + len(SEARCHES)
        await until(lambda: len(double.delivery.delivered()) >= total, what="all acknowledged")
        delivered = double.delivery.delivered()
        assert len(delivered) == total
        assert set(Counter(delivered).values()) == {1}  # each update handled once
        status, state = await health(port)
        assert status == 200 and state["database"] is True

        async with deps.db.write() as session:  # the outbox sender carried on too
            await outbox.enqueue(session, [Outgoing(9201, "Back", "test")], deps.clock.wall())
        await until(lambda: any(m.text == "Back" for m in talk.user.bot_messages), what="Back")
