"""A first load into an empty table goes without the table's secondary indexes.

SQLite kept `ix_products_exhibitor_id` up to date, row by row in random order, for a
third of the time it took to store the first million products; built once at the end
it costs a tenth of that. So the first page of a kind whose table is empty drops them
in its own transaction, and they are made again once the kind's last page is in.
A run that stops before then leaves them to the next run, which makes them first
(`restore`): meanwhile every query still answers, only reads by exhibitor scan.
"""

from __future__ import annotations

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.catalog import Product
from bot.db.engine import Database

TABLES: dict[str, Table] = {"products": Product.metadata.tables["products"]}


async def drop_if_empty(conn: AsyncConnection, kind: str) -> bool:
    """Drop the kind's secondary indexes if its table is empty; whether it did."""
    table = TABLES.get(kind)
    if table is None:
        return False
    found = await conn.exec_driver_sql(f"SELECT 1 FROM {table.name} LIMIT 1")
    if found.first() is not None:
        return False
    for index in table.indexes:
        await conn.run_sync(index.drop)
    return True


async def restore(db: Database, kinds: list[str]) -> None:
    """Make the secondary indexes of `kinds` (every kind's when empty) that are missing."""
    async with db.write() as session:
        conn = await session.connection()
        for kind in kinds or list(TABLES):
            for index in TABLES[kind].indexes:
                await conn.run_sync(index.create, True)
