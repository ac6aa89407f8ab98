"""PostgreSQL's side of the bulk writes: `$n` parameters, values as asyncpg takes them.

Rows arrive by COPY into a temporary table, then one INSERT ... SELECT upserts them:
as 5,000 INSERT statements (executemany) they took the server several times longer.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncConnection

from catalog_sync import records
from catalog_sync.upsert_sqlite import replacing


def params(count: int, start: int = 1) -> str:
    return ", ".join(f"${n}" for n in range(start, start + count))


def among(ids: list[str]) -> tuple[str, tuple[list[str]]]:
    """`= ANY($1)` and its one array parameter: a condition on ids. With a parameter per
    id, asyncpg planned and bound 5,000 of them for each page's lookups."""
    return "= ANY($1)", (ids,)


async def upsert(
    conn: AsyncConnection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Insert or replace `rows` (by id) in the transaction `conn` holds open."""
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None and driver.is_in_transaction()  # the page's own, not autocommit
    staging, names = f"sync_{table}", ", ".join(columns)
    await driver.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {staging} (LIKE {table} INCLUDING DEFAULTS) "
        "ON COMMIT DELETE ROWS"
    )
    await driver.copy_records_to_table(staging, records=rows, columns=columns)
    await driver.execute(
        f"INSERT INTO {table} ({names}) SELECT {names} FROM {staging} "
        f"ON CONFLICT (id) DO UPDATE SET {replacing(columns)}"
    )


def instant(value: datetime) -> datetime:
    return value


def feed_instant(text: str) -> datetime:
    parsed = records.instant(text)
    assert parsed is not None  # records were checked before they reach the store
    return parsed


def money(value: Decimal | None) -> Decimal | None:
    return value


def flag(value: bool) -> bool:
    return value
