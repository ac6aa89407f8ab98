"""Several read sessions that see one and the same moment of the database.

The organizers' figures are a dozen independent queries; one after another on
PostgreSQL they took 1.3 s of a 3 s budget, while the server had cores to spare.
Read over several connections at once they would each see a different moment,
and a chart of registrations could disagree with the one of countries. So the
first session exports its snapshot (REPEATABLE READ, `pg_export_snapshot()`) and
the others import it (`SET TRANSACTION SNAPSHOT`): every query sees the same
committed state, as in one transaction.

SQLite's calls run on the event loop's thread (`bot.db.sqlite_inline`), so
several sessions would not read in parallel: there it is one session.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database

_SNAPSHOT_ID = re.compile(r"[0-9A-F]+-[0-9A-F]+(-[0-9]+)?")


@asynccontextmanager
async def shared_reads(db: Database, count: int) -> AsyncIterator[list[AsyncSession]]:
    """`count` read sessions on one snapshot (one session on SQLite), rolled back at the end."""
    async with AsyncExitStack() as stack:
        first = await stack.enter_async_context(db.read())
        if db.is_sqlite or count <= 1:
            yield [first]
            return
        await _repeatable(first)
        snapshot = str(await first.scalar(text("SELECT pg_export_snapshot()")))
        if not _SNAPSHOT_ID.fullmatch(snapshot):  # it is written into the statement below
            raise ValueError(f"unexpected snapshot id {snapshot!r}")
        sessions = [first]
        for _ in range(count - 1):
            session = await stack.enter_async_context(db.read())
            await _repeatable(session)
            await session.execute(text(f"SET TRANSACTION SNAPSHOT '{snapshot}'"))
            sessions.append(session)
        yield sessions


async def _repeatable(session: AsyncSession) -> None:
    """Begin the session's transaction at REPEATABLE READ (a snapshot is only shared there)."""
    await session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
