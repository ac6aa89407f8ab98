"""The async engine and the session factory, tuned per engine.

SQLite is the embedded default: WAL so readers never wait for the writer,
foreign keys on, a busy timeout, and write transactions that start with
`BEGIN IMMEDIATE`. A deferred transaction that reads and then writes takes the
write lock late and fails with "database is locked" whatever the busy timeout,
so every write session takes the lock up front. PostgreSQL needs none of this.

SQLite has one writer at a time, and a connection that finds the write lock taken
waits in SQLite's busy handler, which sleeps in steps of up to 100 ms: with dozens
of updates writing at once, writers slept while the lock was free and the slowest
waited past the busy timeout ("database is locked"). So the writers of one
process queue on an asyncio lock instead, handed on the moment the last commits;
the busy timeout is left for other processes (a CLI command) writing meanwhile.
SQLite's calls run on the event loop's thread (`bot.db.sqlite_inline` says why).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import await_only

from bot.db import sqlite_inline

BUSY_TIMEOUT = 30.0  # seconds a SQLite statement waits for another process's write lock
POSTGRES_POOL_SIZE, POSTGRES_MAX_OVERFLOW = 30, 10  # per process: two fit in 100 connections


class Database:
    """One engine, with `read()` and `write()` sessions, each one transaction."""

    def __init__(self, url: str, **engine_options: Any) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        if self.is_sqlite:
            engine_options.setdefault("async_creator", _sqlite_connector(url))
        else:
            # Enough connections for the updates handled at once: a pool of 5 made most
            # sessions under load open a connection and close it again (each new one
            # preparing its statements anew).
            engine_options.setdefault("pool_size", POSTGRES_POOL_SIZE)
            engine_options.setdefault("max_overflow", POSTGRES_MAX_OVERFLOW)
        self.engine: AsyncEngine = create_async_engine(url, **engine_options)
        if self.is_sqlite:
            _tune_sqlite(self.engine)
        else:
            _ping_postgres(self.engine)
        self._reads = async_sessionmaker(self.engine, expire_on_commit=False)
        self._writes = async_sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )
        # SQLite's one writer, queued in this process (see the module's docstring).
        self._writer: AbstractAsyncContextManager[object] = (
            asyncio.Lock() if self.is_sqlite else nullcontext()
        )

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A read-only unit of work (a deferred transaction, rolled back at the end)."""
        async with self._reads() as session:
            yield session

    @asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncSession]:
        """A write transaction: committed when the block ends, rolled back on error.

        Never open one inside another: on SQLite the inner would wait for the outer."""
        async with self._writer, self._writes() as session, session.begin():
            yield session

    async def ping(self, timeout: float) -> bool:
        """Whether the database answers `SELECT 1` within `timeout` seconds (/healthz)."""
        try:
            async with asyncio.timeout(timeout), self.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (TimeoutError, OSError, DBAPIError):
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()

    @staticmethod
    def unavailable(error: BaseException | None) -> bool:
        """Whether `error` says the database could not be reached or was busy, not that a
        statement was wrong: the same work may succeed if it is simply tried again later."""
        if isinstance(error, OSError | TimeoutError):
            return True
        if not isinstance(error, DBAPIError):
            return False
        code = str(getattr(error.orig, "pgcode", "") or getattr(error.orig, "sqlstate", "") or "")
        return (
            error.connection_invalidated
            or isinstance(error.orig, OSError | TimeoutError)
            or code.startswith(("08", "57P"))  # PostgreSQL: connection lost, shutting down
            or "database is locked" in str(error.orig)
        )


def _sqlite_connector(url: str) -> Callable[[], Awaitable[Any]]:
    """Connections to the URL's SQLite file (its folder made if missing), run inline."""
    parsed = make_url(url)
    database = parsed.database or ":memory:"
    uri = parsed.query.get("uri") in ("true", "1")
    if database != ":memory:" and not uri:
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    return sqlite_inline.connector(database, BUSY_TIMEOUT, uri=uri)


def _ping_postgres(engine: AsyncEngine) -> None:
    """pool_pre_ping in one round trip: a connection that died while pooled (PostgreSQL
    restarted, a failover, a proxy that dropped it) is replaced at checkout instead of
    failing the next request. SQLAlchemy's own asyncpg ping is three round trips (BEGIN,
    SELECT, ROLLBACK), an eighth of the bot's CPU under load; a simple query
    is one, and is safe behind pgbouncer too."""

    @event.listens_for(engine.sync_engine, "checkout")
    def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        try:
            await_only(dbapi_connection.driver_connection.execute("SELECT 1"))
        except Exception as error:  # any failure here means the connection is gone
            raise DisconnectionError("the pooled connection did not answer") from error


def _tune_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy so that BEGIN below is ours.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
