"""Two `bot.py run --webhook` processes on one PostgreSQL, behind a round-robin proxy.

The double delivers to the proxy (playing nginx), which spreads the updates over the
two processes. Buyers register and then send searches in bursts, all at once: each
buyer's replies come in order, each update is handled once, both processes take a
share, and the scheduled catalog sync runs in one process only.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.bot_process import BotProcess
from bench.round_robin import RoundRobinProxy
from bot.db.catalog import SyncRun
from bot.db.engine import Database
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.environment import TEST_ENV
from tests.auxil.feed import base_catalog
from tests.auxil.heard import heard
from tests.auxil.registration import register_in_chat
from tests.auxil.sync import until_finished
from tests.auxil.talk import Talk
from tests.auxil.wait import until
from tests.auxil.webhook import HOOK_HOST, HOOK_URL, SECRET, free_port, health

BUYERS = [
    (9101, "Ana García", "es", "España", "Madrid"),
    (9102, "Tom Lee", "en", "United States", "New York"),
    (9103, "Maria Souza", "pt-BR", "Brasil", "São Paulo"),
    (9104, "Jean Dupont", "fr", "France", "Paris"),
]
SEARCHES = [3, 11, 7, 19]  # "LED strip model N", sent in one burst by each buyer


@pytest.fixture
async def proxy(database: Database) -> AsyncIterator[RoundRobinProxy]:
    if database.is_sqlite:
        pytest.skip("several bot processes share PostgreSQL, not SQLite")
    ports = [free_port(), free_port()]
    async with RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports]) as server:
        yield server


@pytest.fixture
def double_hosts(proxy: RoundRobinProxy) -> dict[str, str]:
    return {HOOK_HOST: proxy.url}


def bot_env(double: BotApiDouble, database: Database, tmp_path: Path) -> dict[str, str]:
    base_catalog(tmp_path / "feed")
    return {
        **TEST_ENV, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": double.url,
        "DATABASE_URL": database.url, "WEBHOOK_SECRET": SECRET,
        "CATALOG_SOURCE": str(tmp_path / "feed"), "CATALOG_SYNC_INTERVAL": "1",
    }  # fmt: skip


async def buyer(double: BotApiDouble, deps: Deps, user_id: int, *details: str) -> Talk:
    """Register, then send every search at once (not waiting for the replies)."""
    name, language, country, zone = details
    talk = Talk(double, deps, user_id=user_id, first_name=name, language_code=language)
    await register_in_chat(talk, name, country, zone)
    talk.mark = talk.user.mark()
    for n in SEARCHES:
        await talk.user.send_text(f"LED strip model {n}")
    await until(lambda: len(heard(talk)) >= len(SEARCHES), timeout=60, what=f"{name}'s results")
    return talk


async def test_two_webhook_processes_serve_interleaved_buyers_in_order_once(
    double: BotApiDouble, deps: Deps, database: Database, proxy: RoundRobinProxy, tmp_path: Path
) -> None:
    env = bot_env(double, database, tmp_path)
    bots = []
    for n, backend in enumerate(proxy.backends):
        port = int(backend.rsplit(":", 1)[1])
        (tmp_path / f"bot{n}").mkdir()
        bots.append(BotProcess(env, tmp_path / f"bot{n}" / "bot.log", HOOK_URL, port))
    try:
        for bot in bots:
            await bot.start()
        await asyncio.gather(*(bot.until_ready() for bot in bots))
        talks = await asyncio.gather(*(buyer(double, deps, *b) for b in BUYERS))
        for talk in talks:
            assert heard(talk) == SEARCHES, talk.user.transcript()
        await until(lambda: double.world.updates.pending == 0, what="every update acknowledged")
        delivered = double.delivery.delivered()
        assert sorted(Counter(delivered).values()) == [1] * len(delivered)  # each one once
        handled = [(await health(bot.port))[1]["updates_handled"] for bot in bots]
        assert sum(handled) == len(delivered) and min(handled) > 0, handled
        await until_finished(deps)
        async with database.read() as session:
            runs = (await session.execute(select(func.count()).select_from(SyncRun))).scalar()
        assert runs == 1, "the scheduled sync ran in one process only"
        synced = lambda: [("catalog sync:" in bot.log()) for bot in bots]  # noqa: E731
        await until(lambda: any(synced()), what="the sync's report in a log")
        assert synced().count(True) == 1
    finally:
        codes = [await bot.stop() for bot in bots]
    assert codes == [0, 0], "\n".join(bot.log()[-3000:] for bot in bots)
    for bot in bots:
        assert "Traceback" not in bot.log(), bot.log()
    assert double.calls("getUpdates") == []
