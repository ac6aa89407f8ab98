"""The deployments `bench.updates` measures: one polling process on SQLite, and two webhook
processes on PostgreSQL behind a round-robin proxy (nginx's upstream).

A mode is an async context manager over a work folder and a catalog size. On entry it
prepares a database holding the demo catalog, synced as the bot syncs it, with its
search index saved beside it; it yields a `Target`, whose `serve` starts the bot
processes of one run on a fresh copy of that database and yields their logs once they
take updates. On exit it removes what it created (the PostgreSQL databases).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.bot_process import BotProcess, free_port
from bench.postgres import admin, database_url
from bench.round_robin import RoundRobinProxy
from bot.clock import Clock
from bot.db import migrate
from bot.db.engine import Database
from catalog_sync.demo.catalog import write_demo_catalog
from catalog_sync.indexed import sync_indexed

TOKEN = "200000:BENCH-UPDATES"
POSTGRES_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"  # the server, by default
HOOK_HOST = "bot.fair.invalid"  # the double maps it to the proxy, as DNS would
HOOK_URL = f"https://{HOOK_HOST}/telegram"
PROCESSES = 2  # webhook processes behind the proxy
# Telegram's largest: the double keeps this many deliveries open at once, so that the
# bot, not the delivery, sets the pace.
MAX_CONNECTIONS = 100

# serve(run name, the double's URL, UPDATE_CONCURRENCY, a cProfile file or None): the bot
# processes of one run, yielding their log files once they take updates.
Serve = Callable[[str, str, int, str | None], AbstractAsyncContextManager[list[Path]]]


@dataclass
class Target:
    """The bot one mode runs, and the host names the double must reach it at."""

    serve: Serve
    hosts: dict[str, str] = field(default_factory=dict)


Mode = Callable[[Path, int], AbstractAsyncContextManager[Target]]


@asynccontextmanager
async def polling_sqlite(work: Path, products: int) -> AsyncIterator[Target]:
    """One `bot.py run` process polling the double, on an SQLite file."""
    template = work / "template.db"
    await _prepare(f"sqlite+aiosqlite:///{template}", work / "feed", products)

    @asynccontextmanager
    async def serve(
        name: str, api_url: str, concurrency: int, profile: str | None
    ) -> AsyncIterator[list[Path]]:
        database = work / f"{name}.db"
        for suffix in (".db", ".search", ".run"):
            shutil.copyfile(template.with_suffix(suffix), database.with_suffix(suffix))
        env = bot_env(api_url, f"sqlite+aiosqlite:///{database}", concurrency)
        async with running([BotProcess(env, work / f"bot-{name}.log", profile=profile)]) as logs:
            yield logs

    yield Target(serve)


@asynccontextmanager
async def webhook_postgres(work: Path, products: int) -> AsyncIterator[Target]:
    """`PROCESSES` `bot.py run --webhook` processes behind a round-robin proxy, on one
    PostgreSQL database of their own on the server at BENCH_POSTGRES_URL (else
    TEST_POSTGRES_URL, else `POSTGRES_URL`); the double delivers to the proxy."""
    server = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
    server = server or POSTGRES_URL
    prefix = f"bench_updates_{uuid.uuid4().hex[:8]}"
    template = f"{prefix}_template"
    ports = [free_port() for _ in range(PROCESSES)]

    @asynccontextmanager
    async def serve(
        name: str, api_url: str, concurrency: int, profile: str | None
    ) -> AsyncIterator[list[Path]]:
        database, folder = f"{prefix}_{name}", work / name
        (folder / "data").mkdir(parents=True)
        for suffix in (".search", ".run"):  # the index, where each process looks for it
            saved = (work / "data" / template).with_suffix(suffix)
            shutil.copyfile(saved, (folder / "data" / database).with_suffix(suffix))
        await admin(server, f'CREATE DATABASE "{database}" TEMPLATE "{template}"')
        env = {
            **bot_env(api_url, database_url(server, database), concurrency),
            "WEBHOOK_SECRET": f"bench-{prefix}", "WEBHOOK_MAX_CONNECTIONS": str(MAX_CONNECTIONS),
        }  # fmt: skip
        bots = [
            BotProcess(env, folder / f"bot{n}.log", HOOK_URL, port, profile if n == 0 else None)
            for n, port in enumerate(ports)
        ]
        try:
            async with running(bots) as logs:
                yield logs
        finally:
            await admin(server, f'DROP DATABASE "{database}" WITH (FORCE)')

    await admin(server, f'CREATE DATABASE "{template}"')
    try:
        with contextlib.chdir(work):  # a server database's index is saved under ./data/
            await _prepare(database_url(server, template), work / "feed", products)
        async with RoundRobinProxy([f"http://127.0.0.1:{port}" for port in ports]) as proxy:
            yield Target(serve, {HOOK_HOST: proxy.url})
    finally:
        await admin(server, f'DROP DATABASE "{template}" WITH (FORCE)')


MODES: dict[str, Mode] = {"polling_sqlite": polling_sqlite, "webhook_postgres": webhook_postgres}


def bot_env(api_url: str, database: str, concurrency: int) -> dict[str, str]:
    """The settings of a bot under test: the fair open today, no scheduled sync."""
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date()
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": api_url, "DATABASE_URL": database,
        "UPDATE_CONCURRENCY": str(concurrency), "BADGE_SECRET": "bench-secret-0123456789abcdef",
        "CATALOG_SYNC_INTERVAL": "0", "FAIR_START": today.isoformat(),
        "FAIR_END": (today + timedelta(days=9)).isoformat(), "REMINDER_INTERVAL": "600",
    }  # fmt: skip


@asynccontextmanager
async def running(bots: list[BotProcess]) -> AsyncIterator[list[Path]]:
    """The bots started and taking updates; stopped (SIGTERM) afterwards."""
    try:
        for bot in bots:
            await bot.start()
        await asyncio.gather(*(bot.until_ready() for bot in bots))
        yield [bot.log_path for bot in bots]
        for bot in bots:  # the CPU each used while taking updates, beside its log
            used = bot.cpu_seconds() - bot.cpu_at_ready
            bot.log_path.with_suffix(".cpu").write_text(f"{used:.3f}")
    finally:
        for bot in bots:
            with contextlib.suppress(AssertionError):  # never started
                await bot.stop()


async def _prepare(url: str, feed: Path, products: int) -> None:
    """A migrated database with the demo catalog and its search index saved beside it, as
    the sync leaves them; each run gets a copy."""
    database = Database(url)
    try:
        await migrate.upgrade(database)
        if not feed.exists():
            write_demo_catalog(feed, products)
        await sync_indexed(database, str(feed), Clock())
    finally:
        await database.dispose()
