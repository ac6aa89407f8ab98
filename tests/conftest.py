"""Shared fixtures: a fresh database on each engine, settings, the clock, the catalogs.

Every test that asks for `database` runs on SQLite, and again on PostgreSQL
when TEST_POSTGRES_URL is set; each gets a clean, migrated database of its own,
copied from one migrated once per run (once per process under pytest-xdist: each
worker has its own template and databases, named uniquely, and its own tmp_path).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bench.postgres import admin, database_url
from bot.clock import Clock
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.deps import Deps
from bot.i18n import I18n
from bot.telegram_double import BotApiDouble
from tests.auxil.database_pool import DatabasePool
from tests.auxil.environment import BOT_TOKEN, TEST_ENV, TEST_NOW

# python-telegram-bot warns (an error under filterwarnings=error) when it builds a
# RetryAfter without this opt-in to timedelta durations.
os.environ.setdefault("PTB_TIMEDELTA", "true")
POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def engine_name(request: pytest.FixtureRequest) -> str:
    if request.param == "postgres" and not POSTGRES_URL:
        pytest.skip("TEST_POSTGRES_URL is not set")
    return str(request.param)


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated once; each test starts from a copy (migrating every
    test's database would cost a fifth of a second each)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    asyncio.run(_migrate(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def migrated_postgres() -> Iterator[DatabasePool | None]:
    """One PostgreSQL database migrated once, the template of each test's database
    (copied ahead of the tests by the pool)."""
    if not POSTGRES_URL:
        yield None
        return
    name = f"template_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(f'CREATE DATABASE "{name}"'))
    try:
        asyncio.run(_migrate(_postgres_url(name)))
        pool = DatabasePool(POSTGRES_URL, name)
        try:
            yield pool
        finally:
            pool.close()
    finally:
        asyncio.run(_admin(f'DROP DATABASE "{name}" WITH (FORCE)'))


async def _migrate(url: str) -> None:
    db = Database(url)
    try:
        await migrate.upgrade(db)
    finally:
        await db.dispose()


async def _admin(statement: str) -> None:
    assert POSTGRES_URL is not None
    await admin(POSTGRES_URL, statement)


def _postgres_url(name: str) -> str:
    assert POSTGRES_URL is not None
    return database_url(POSTGRES_URL, name)


@pytest.fixture
async def database(
    engine_name: str,
    tmp_path: Path,
    migrated_sqlite: Path,
    migrated_postgres: DatabasePool | None,
) -> AsyncIterator[Database]:
    """A migrated, empty database on the engine under test, dropped afterwards."""
    if engine_name == "sqlite":
        path = tmp_path / "test.db"
        shutil.copyfile(migrated_sqlite, path)
        db = Database(f"sqlite+aiosqlite:///{path}")
        yield db
        await db.dispose()
        return
    assert migrated_postgres is not None
    # A database of its own (not a schema) keeps the URL plain, so the CLI can be
    # pointed at it through DATABASE_URL like any operator would.
    name = await asyncio.to_thread(migrated_postgres.take)
    db = Database(_postgres_url(name))
    try:
        yield db
    finally:
        await db.dispose()
        migrated_postgres.give_back(name)


@pytest.fixture
def settings(database: Database) -> Settings:
    return Settings.from_env({**TEST_ENV, "DATABASE_URL": database.url}, env_file=None)


@pytest.fixture
def clock() -> Clock:
    clock = Clock()
    clock.freeze(TEST_NOW)
    return clock


@pytest.fixture(scope="session")
def i18n() -> I18n:
    return I18n()


@pytest.fixture
def deps(settings: Settings, clock: Clock, database: Database, i18n: I18n) -> Deps:
    return Deps(settings=settings, clock=clock, db=database, i18n=i18n)


@pytest.fixture
def double_hosts() -> dict[str, str]:
    """Host names the double downloads photos from, each mapped to a local base URL.

    None by default: a photo given by any other URL is refused, as Telegram refuses one
    it cannot reach. A test module overrides this to serve some.
    """
    return {}


@pytest.fixture
async def double(double_hosts: dict[str, str]) -> AsyncIterator[BotApiDouble]:
    server = BotApiDouble(token=BOT_TOKEN, hosts=double_hosts)
    await server.start()
    yield server
    await server.stop()
    assert server.spec_violations == []
