"""Small typed helpers for statements that differ by engine or return counts.

SQLAlchemy types `execute()`'s result as a plain `Result`, which has no `rowcount`,
though an UPDATE or DELETE always returns a `CursorResult` that has it; and an
upsert needs the dialect's own `insert` (ON CONFLICT), PostgreSQL's or SQLite's.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any, cast

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult, Result
from sqlalchemy.ext.asyncio import AsyncSession


def affected(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed."""
    return int(cast(CursorResult[Any], result).rowcount or 0)


def dialect_of(session: AsyncSession) -> ModuleType:
    """The session's dialect module (`postgresql` or `sqlite`), for its upsert `insert`."""
    bind = session.bind
    assert bind is not None, "sessions are made by bot.db.engine.Database, always bound"
    return postgresql if bind.dialect.name == "postgresql" else sqlite
