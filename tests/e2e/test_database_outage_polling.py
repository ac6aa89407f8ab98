"""PostgreSQL goes away and comes back under a polling bot: nothing is lost.

Telegram does not send a polled update again, so the bot itself handles an update
again once the database is back: the buyer's messages sent during the outage are
answered after it, in order, once each, with no apology in between.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.db.engine import Database
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog
from tests.auxil.heard import heard
from tests.auxil.outage import behind_proxy
from tests.auxil.running import running_bot
from tests.auxil.talk import Talk
from tests.auxil.tcp_proxy import TcpProxy
from tests.auxil.wait import until

CUT = 3.0  # seconds PostgreSQL is away
SEARCHES = [4, 9, 2]


@pytest.fixture
async def cut_deps(deps: Deps, database: Database) -> AsyncIterator[tuple[Deps, TcpProxy]]:
    async with behind_proxy(deps, database) as cut:
        yield cut


async def test_postgresql_away_and_back_under_polling_loses_no_update(
    cut_deps: tuple[Deps, TcpProxy], double: BotApiDouble, tmp_path: Path
) -> None:
    deps, proxy = cut_deps
    base_catalog(tmp_path / "feed")
    await sync(deps.db, str(tmp_path / "feed"), Clock())
    async with running_bot(deps, double):
        talk = Talk(double, deps, user_id=9301, first_name="Ana", language_code="en")
        await talk.command("start")
        await talk.expect("Canton Fair Online")

        await proxy.cut()
        talk.mark = talk.user.mark()
        for n in SEARCHES:
            await talk.user.send_text(f"LED strip model {n}")
        await asyncio.sleep(CUT)
        assert heard(talk) == []

        await proxy.restore()
        await until(
            lambda: len(heard(talk)) >= len(SEARCHES), timeout=30, what="every search answered"
        )
        await asyncio.sleep(0.5)  # time for a reply too many to show up
        assert heard(talk) == SEARCHES, talk.user.transcript()
        assert "went wrong" not in talk.user.transcript()
