"""PostgreSQL test databases copied from the migrated template, emptied and reused between
tests, in a thread of their own.

CREATE DATABASE ... TEMPLATE costs a few tenths of a second on the server, and DROP
DATABASE more: PostgreSQL 15 forces a checkpoint on every drop, over a second each
under the suite's load. So a database a test gives back is emptied instead (every
table truncated, its identities restarted, the rows the migrations seeded put back)
and handed to a later test under a new name, as fresh as a copy: its schema is checked
against the template's first, and one that differs (a test that changed the schema, or one that
cannot be emptied) is dropped and replaced by a new copy. All of it happens in the
thread, overlapping the tests.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import column, insert, table, text
from sqlalchemy.ext.asyncio import AsyncConnection

from bench.postgres import admin, database_url
from bot.db.engine import Database

AHEAD = 2  # copies kept ready: a test rarely waits, few sit unused at the end
_STOP = None
# What the schema of a database is: its tables' columns and its indexes, and where its
# migrations stand.
_SCHEMA = text(
    "SELECT (SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' "
    "ORDER BY table_name, column_name) FROM information_schema.columns "
    "WHERE table_schema = 'public'), "
    "(SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
    "WHERE schemaname = 'public'), "
    "(SELECT string_agg(version_num, ',') FROM alembic_version)"
)
_TABLES = text(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
    "AND tablename <> 'alembic_version' ORDER BY tablename"
)


@dataclass(frozen=True)
class _Template:
    """What a fresh copy holds: its schema, its tables, and the rows migrations seeded."""

    schema: tuple[Any, ...]
    tables: tuple[str, ...]
    seeded: dict[str, list[dict[str, Any]]]


class DatabasePool:
    """Fresh databases like `template` on `server`, one per `take()`, each handed back to
    `give_back()` to be emptied for a later test; `close()` drops them all."""

    def __init__(self, server: str, template: str) -> None:
        self.server, self.template = server, template
        self._ready: queue.Queue[str | BaseException] = queue.Queue()
        self._returned: queue.Queue[str | None] = queue.Queue()  # given back, then _STOP
        self._names: set[str] = set()  # every database made, to drop at close
        self._failed: BaseException | None = None  # a drop that failed, raised at close
        self._thread = threading.Thread(target=self._work, name="test-databases", daemon=True)
        self._thread.start()

    def take(self, timeout: float = 60) -> str:
        """The name of a database as fresh as a copy of the template."""
        ready = self._ready.get(timeout=timeout)
        if isinstance(ready, BaseException):
            raise ready
        return ready

    def give_back(self, name: str) -> None:
        """Empty `name` soon, for another test (its connections are forced off)."""
        self._returned.put(name)

    def close(self) -> None:
        """Drop every database made; stop the thread."""
        self._returned.put(_STOP)
        self._thread.join()
        asyncio.run(self._drop_all(sorted(self._names)))
        if self._failed is not None:
            raise self._failed

    def _work(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        template = await self._read_template()
        for _ in range(AHEAD):
            await self._copy()
        while (name := await asyncio.to_thread(self._returned.get)) is not _STOP:
            try:
                await self._empty(name, template)
                fresh = await self._rename(name)
            except Exception:  # a schema changed, a lock held: a new copy instead
                await self._drop_all([name])
                await self._copy()
            else:
                self._ready.put(fresh)

    async def _read_template(self) -> _Template:
        db = Database(database_url(self.server, self.template))
        try:
            async with db.engine.connect() as connection:
                tables = tuple((await connection.execute(_TABLES)).scalars())
                seeded = {}
                for name in tables:
                    rows = (await connection.execute(text(f'SELECT * FROM "{name}"'))).all()
                    if rows:
                        seeded[name] = [dict(row._mapping) for row in rows]
                return _Template(await _schema(connection), tables, seeded)
        finally:
            await db.dispose()

    async def _copy(self) -> None:
        name = f"test_{uuid.uuid4().hex[:12]}"
        try:
            await admin(self.server, f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        except Exception as error:
            self._ready.put(error)  # raised in the test that takes it
        else:
            self._names.add(name)
            self._ready.put(name)

    async def _empty(self, name: str, template: _Template) -> None:
        """Truncate every table of `name` and seed it again, if its schema is the
        template's; raise otherwise."""
        await admin(
            self.server,
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()",
        )
        db = Database(database_url(self.server, name))
        try:
            async with db.engine.begin() as connection:
                await connection.execute(text("SET LOCAL lock_timeout = '5s'"))
                if await _schema(connection) != template.schema:
                    raise RuntimeError(f"{name}: the schema is not the template's")
                every = ", ".join(f'"{t}"' for t in template.tables)
                await connection.execute(text(f"TRUNCATE {every} RESTART IDENTITY CASCADE"))
                for seeded, rows in template.seeded.items():
                    into = table(seeded, *(column(c) for c in rows[0]))
                    await connection.execute(insert(into), rows)
        finally:
            await db.dispose()

    async def _rename(self, name: str) -> str:
        """A new name for an emptied database: each test's URL is its own, as with a copy,
        so nothing a process keeps by URL (a search index, say) outlives its test."""
        fresh = f"test_{uuid.uuid4().hex[:12]}"
        await admin(self.server, f'ALTER DATABASE "{name}" RENAME TO "{fresh}"')
        self._names.discard(name)
        self._names.add(fresh)
        return fresh

    async def _drop_all(self, names: list[str]) -> None:
        for name in names:
            try:
                await admin(self.server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception as error:
                self._failed = error
            self._names.discard(name)


async def _schema(connection: AsyncConnection) -> tuple[Any, ...]:
    return tuple((await connection.execute(_SCHEMA)).one())
