"""SQLite run on the event loop's thread: waiting for another process's write lock or
reading a long stream never stops the other tasks, and a lock held too long still
ends in SQLite's own "database is locked". SQLite only: PostgreSQL has no such layer."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from bot.db import engine as engine_module
from bot.db.engine import Database
from bot.db.models import User

MOMENT = datetime(2026, 10, 15, tzinfo=UTC)


@pytest.fixture
async def sqlite_db(tmp_path: Path, migrated_sqlite: Path) -> AsyncIterator[Database]:
    path = tmp_path / "inline.db"
    path.write_bytes(migrated_sqlite.read_bytes())
    database = Database(f"sqlite+aiosqlite:///{path}")
    yield database
    await database.dispose()


def _other_process_writing(database: Database) -> sqlite3.Connection:
    """A connection of its own holding the write lock, as a CLI command or the sync would."""
    path = database.engine.url.database
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def _user(telegram_id: int) -> User:
    return User(
        telegram_id=telegram_id,
        language="en",
        language_chosen=False,
        created_at=MOMENT,
        updated_at=MOMENT,
    )


async def _ticks_while(work: asyncio.Task[object]) -> int:
    """How many times a task that sleeps 10 ms ran while `work` was unfinished."""
    ticks = 0
    while not work.done():
        await asyncio.sleep(0.01)
        ticks += 1
    return ticks


async def test_a_write_waits_for_another_process_without_stopping_other_tasks(
    sqlite_db: Database,
) -> None:
    other = _other_process_writing(sqlite_db)

    async def write() -> None:
        async with sqlite_db.write() as session:
            session.add(_user(1))

    writing = asyncio.create_task(write())
    asyncio.get_running_loop().call_later(0.5, other.rollback)
    ticks = await _ticks_while(writing)
    await writing
    other.close()
    assert ticks >= 20  # the loop kept turning for the half second the lock was held
    async with sqlite_db.read() as session:
        assert (await session.execute(select(func.count(User.telegram_id)))).scalar_one() == 1


async def test_a_lock_held_past_the_timeout_ends_in_database_is_locked(
    tmp_path: Path, migrated_sqlite: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT", 0.3)
    path = tmp_path / "locked.db"
    path.write_bytes(migrated_sqlite.read_bytes())
    database = Database(f"sqlite+aiosqlite:///{path}")
    other = _other_process_writing(database)
    try:
        with pytest.raises(OperationalError, match="database is locked"):
            async with database.write() as session:
                session.add(_user(1))
    finally:
        other.close()
        await database.dispose()


async def test_a_long_stream_lets_other_tasks_run_between_batches(sqlite_db: Database) -> None:
    async with sqlite_db.write() as session:
        session.add_all(_user(n) for n in range(1, 2001))

    async def read_all() -> int:
        count = 0
        async with sqlite_db.read() as session:
            rows = await session.stream(select(User.telegram_id).execution_options(yield_per=100))
            async for _ in rows:
                count += 1
        return count

    ran = 0

    async def other_task() -> None:
        nonlocal ran
        while True:
            await asyncio.sleep(0)
            ran += 1

    other = asyncio.create_task(other_task())
    await asyncio.sleep(0)
    assert await read_all() == 2000
    other.cancel()
    assert ran >= 10  # it ran between the twenty batches
