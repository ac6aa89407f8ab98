"""SQLite for SQLAlchemy's aiosqlite dialect, run on the event loop's own thread.

aiosqlite runs every call (cursor, execute, fetch, close) on a thread of its own and
hands each result back through the event loop. Under load that made SQLite the
bottleneck, not because statements were slow (a few dozen microseconds each) but
because a write transaction holding the one writer's lock (`bot.db.engine`) waited a
full turn of a busy loop after each of its statements, so writers queued behind it:
`make bench-updates` measured the bot at two thirds of a core while updates waited.
Run inline, a transaction's statements follow each other at once, and the thread
handoffs (a quarter of the bot's CPU) are gone.

What the thread gave is kept where it matters:
- Waiting for another process's write lock never blocks the loop: the connection's
  busy timeout is zero, and a statement that finds the database busy is tried again
  after an asyncio sleep, until `timeout` seconds have passed (then SQLite's "database
  is locked", as before).
- A streamed result (`yield_per`: the search index load, a broadcast's recipients)
  lets other tasks run between its batches.

The classes give the dialect's adapter the part of aiosqlite's interface it uses.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

_T = TypeVar("_T")
# Busy, and busy while another connection recovers the WAL: both pass with time. Not
# SQLITE_BUSY_SNAPSHOT: a read snapshot that went stale never becomes writable.
_RETRYABLE = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_BUSY_RECOVERY}
_FIRST_PAUSE = 0.001
_LONGEST_PAUSE = 0.05


def connector(database: str, timeout: float, uri: bool = False) -> Callable[[], Awaitable[Any]]:
    """The `async_creator` of an engine on the SQLite file `database`."""

    async def connect() -> InlineConnection:
        connection = sqlite3.connect(
            database, timeout=0, isolation_level=None, check_same_thread=False, uri=uri
        )
        return InlineConnection(connection, timeout)

    return connect


class _Inline:
    """Stands in for aiosqlite's queue of calls: the dialect's isolation-level setter puts
    (future, function) on it; here the function runs at once."""

    def put_nowait(self, item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as error:
            future.set_exception(error)


class InlineConnection:
    """A sqlite3 connection with aiosqlite's awaitable methods."""

    def __init__(self, connection: sqlite3.Connection, timeout: float) -> None:
        self._conn = connection
        self._connection: sqlite3.Connection | None = connection
        self._tx = _Inline()
        self._timeout = timeout

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    def cursor(self) -> InlineCursor:
        return InlineCursor(self, self._conn.cursor())

    async def commit(self) -> None:
        await self.patiently(self._conn.commit)

    async def rollback(self) -> None:
        self._conn.rollback()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self._connection is not None:
            self._connection = None
            self._conn.close()

    async def patiently(self, call: Callable[..., _T], *args: Any) -> _T:
        """`call(*args)`, tried again while the database is busy, up to the timeout."""
        deadline: float | None = None
        pause = _FIRST_PAUSE
        while True:
            try:
                return call(*args)
            except sqlite3.OperationalError as error:
                if error.sqlite_errorcode not in _RETRYABLE:
                    raise
                now = time.monotonic()
                deadline = deadline or now + self._timeout
                if now >= deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, _LONGEST_PAUSE)


class InlineCursor:
    """A sqlite3 cursor with aiosqlite's awaitable methods."""

    def __init__(self, connection: InlineConnection, cursor: sqlite3.Cursor) -> None:
        self._connection = connection
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    async def execute(self, sql: str, parameters: Any = ()) -> InlineCursor:
        await self._connection.patiently(self._cursor.execute, sql, parameters)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> InlineCursor:
        rows = list(parameters)  # a generator could not be read again after a busy retry
        await self._connection.patiently(self._cursor.executemany, sql, rows)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> Sequence[Any]:
        """A batch of a streamed result; other tasks run before it is read."""
        await asyncio.sleep(0)
        return self._cursor.fetchmany(self._cursor.arraysize if size is None else size)

    async def fetchall(self) -> Sequence[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()
