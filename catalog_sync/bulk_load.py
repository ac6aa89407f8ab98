"""A first load into an empty table goes without the table's secondary indexes and, on
PostgreSQL, its foreign keys.

SQLite kept `ix_products_exhibitor_id` up to date, row by row in random order, for 40%
of its inserting time at 200,000 products; built once at the end it took an eighth of
that. PostgreSQL checked each product's exhibitor in a trigger of its own, a third of
its inserting time; added at the end the key is checked in one join. (SQLite cannot
drop a foreign key; its check costs little.) The sync checks every product's exhibitor
itself (`Store._known_exhibitors`), so the rows are the same either way.

So the first page of a kind whose table is empty drops them in its own transaction,
and they are made again once the kind's last page is in. A run that stops before then
leaves them to the next run, which makes them first (`restore`); meanwhile every query
still answers, reads by exhibitor scan, and only a sync deletes exhibitors.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, inspect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.schema import AddConstraint

from bot.db.catalog import Product
from bot.db.engine import Database

TABLES: dict[str, Table] = {"products": Product.metadata.tables["products"]}


async def drop_if_empty(conn: AsyncConnection, kind: str) -> bool:
    """Drop what the kind's table goes without while empty; whether it did."""
    table = TABLES.get(kind)
    if table is None:
        return False
    found = await conn.exec_driver_sql(f"SELECT 1 FROM {table.name} LIMIT 1")
    if found.first() is not None:
        return False
    await conn.run_sync(_drop, table)
    return True


async def restore(db: Database, kinds: list[str]) -> None:
    """Make what `kinds` (every kind when empty) went without, where it is missing."""
    async with db.write() as session:
        conn = await session.connection()
        for kind in kinds or list(TABLES):
            await conn.run_sync(_create, TABLES[kind])


def _drop(conn: Connection, table: Table) -> None:
    for index in table.indexes:
        index.drop(conn)
    if conn.dialect.name == "postgresql":
        for key in inspect(conn).get_foreign_keys(table.name):
            conn.exec_driver_sql(f'ALTER TABLE {table.name} DROP CONSTRAINT "{key["name"]}"')


def _create(conn: Connection, table: Table) -> None:
    for index in table.indexes:
        index.create(conn, checkfirst=True)
    if conn.dialect.name == "postgresql":
        keys = inspect(conn).get_foreign_keys(table.name)
        present = {tuple(key["constrained_columns"]) for key in keys}
        for constraint in table.foreign_key_constraints:
            if tuple(constraint.column_keys) not in present:
                conn.execute(AddConstraint(constraint))

