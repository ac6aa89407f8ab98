"""PostgreSQL's chat locks: a session advisory lock per chat, on one connection of its own.

Why this shape: the lock must be held for a whole update, across the several
transactions its handler runs. Holding it on a pooled connection per update
would pin one connection per chat in flight: 64 chats on a pool of 15 would
take every connection for locks and leave none for the handlers' own sessions,
which then wait forever. So every lock of the process lives on one dedicated
connection (its own engine, outside the pool), with `pg_try_advisory_lock`,
which never blocks that connection: a chat another process holds is polled
with a short backoff while every other chat goes on. Lock and unlock are each
one round trip of a few hundred microseconds.

Keys: the single-bigint advisory key space, a fixed tag in the top 16 bits and
the chat id in the low 48 (Telegram chat ids need 42), so they cannot collide
with small integer keys or the two-integer key space other locks may use.

If the connection breaks, its session locks go with it: it is dropped and
reopened at once; if the fresh one fails too, the database is away, the failure
is logged and the update runs unlocked rather than waiting on an outage (its own
database work fails anyway).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, create_async_engine
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)

_TAG = 0x4348  # "CH"
_LOW = (1 << 48) - 1
_TRY = text("SELECT pg_try_advisory_lock(:key)")
_UNLOCK = text("SELECT pg_advisory_unlock(:key)")
FIRST_WAIT, LONGEST_WAIT = 0.002, 0.05  # seconds between tries on a chat held elsewhere


def lock_key(chat_id: int) -> int:
    """The signed 64-bit advisory key of a chat."""
    key = (_TAG << 48) | (chat_id & _LOW)
    return key - (1 << 64) if key >= 1 << 63 else key


class PostgresChatLocks:
    """Advisory locks per chat on one dedicated connection, shared by all updates."""

    def __init__(self, url: str) -> None:
        self._engine = create_async_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        self._conn: AsyncConnection | None = None
        self._generation = 0  # bumped whenever the connection (and its locks) is lost
        self._guard = asyncio.Lock()  # one statement at a time on the connection

    async def open(self) -> None:
        async with self._guard:
            await self._connection()

    async def close(self) -> None:
        async with self._guard:
            if self._conn is not None:
                await self._conn.close()
                self._conn = None
        await self._engine.dispose()

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        key = lock_key(chat_id)
        generation = await self._acquire(key)
        try:
            yield
        finally:
            if generation is not None:
                await self._release(key, generation)

    async def _acquire(self, key: int) -> int | None:
        """Take the lock, waiting for another process to let it go; the connection's
        generation it was taken on, or None when the database could not be reached."""
        wait, failures = FIRST_WAIT, 0
        while True:
            async with self._guard:
                try:
                    conn = await self._connection()
                    if await conn.scalar(_TRY, {"key": key}):
                        return self._generation
                except (DBAPIError, SQLAlchemyError, OSError) as error:
                    await self._lost(error)
                    failures += 1
                    if failures > 1:  # a fresh connection failed too: the database is away
                        log.warning("chat lock %s not taken, the update runs without it", key)
                        return None
                    continue  # an idle connection the server or a proxy closed: reopen
            await asyncio.sleep(wait)
            wait = min(wait * 2, LONGEST_WAIT)

    async def _release(self, key: int, generation: int) -> None:
        async with self._guard:
            if generation != self._generation or self._conn is None:
                return  # the connection that held it is gone, and the lock with it
            try:
                await self._conn.scalar(_UNLOCK, {"key": key})
            except (DBAPIError, SQLAlchemyError, OSError) as error:
                await self._lost(error)

    async def _connection(self) -> AsyncConnection:
        if self._conn is None:
            self._conn = await self._engine.connect()
        return self._conn

    async def _lost(self, error: Exception) -> None:
        """Forget a broken connection (under the guard); its locks went with it."""
        log.warning("the chat lock connection failed (%s); it is reopened on next use", error)
        conn, self._conn = self._conn, None
        self._generation += 1
        if conn is not None:
            with suppress(DBAPIError, SQLAlchemyError, OSError):
                await conn.invalidate()
