"""SQLite's side of the bulk writes: `?` parameters, values as sqlite3 stores them.

Instants are stored as SQLAlchemy stores them on SQLite (UTC, no offset), so
the ORM reads back what the sync wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from catalog_sync import records


def params(count: int, start: int = 1) -> str:
    return ", ".join("?" * count)


def among(ids: list[str]) -> tuple[str, tuple[str, ...]]:
    """`IN (?, ...)` and its parameters: a condition on ids."""
    return f"IN ({params(len(ids))})", tuple(ids)


async def upsert(
    conn: AsyncConnection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Insert or replace `rows` (by id), in one executemany."""
    await conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({params(len(columns))}) "
        f"ON CONFLICT (id) DO UPDATE SET {replacing(columns)}",
        rows,
    )


def replacing(columns: tuple[str, ...]) -> str:
    """The SET list of an upsert that takes every column but the id from the new row."""
    return ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")


def instant(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def feed_instant(text: str) -> str:
    """A feed timestamp as stored; the common `...Z` form is re-cut without parsing."""
    if len(text) == 20 and text[10] == "T" and text[19] == "Z":
        return f"{text[:10]} {text[11:19]}.000000"
    parsed = records.instant(text)
    assert parsed is not None  # records were checked before they reach the store
    return instant(parsed)


def money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def flag(value: bool) -> int:
    return int(value)
