"""Chat locks on PostgreSQL: a lock connection the server closed is reopened at once, so
the chat stays locked against other processes."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from bot.db.chat_locks import chat_locks
from bot.db.engine import Database


async def test_a_lock_connection_the_server_closed_is_reopened(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite has no lock connection")
    mine, theirs = chat_locks(database), chat_locks(database)
    await mine.open()
    await theirs.open()
    try:
        async with mine.hold(7):
            pass
        admin = Database(database.url)  # the server ends every other session (a proxy, a timeout)
        try:
            async with admin.engine.connect() as conn:
                await conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                )
        finally:
            await admin.dispose()
        entered = asyncio.Event()

        async def other_process() -> None:
            async with theirs.hold(7):
                entered.set()

        async with mine.hold(7):
            waiting = asyncio.create_task(other_process())
            await asyncio.sleep(0.3)
            assert not entered.is_set(), "the chat was not locked after the reconnect"
        await asyncio.wait_for(waiting, timeout=5)
    finally:
        await mine.close()
        await theirs.close()
