"""Scratch PostgreSQL databases for the benchmarks, on a server given by its URL."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.db.engine import Database


async def admin(server: str, statement: str) -> None:
    """One statement outside a transaction (CREATE and DROP DATABASE) on `server`."""
    connection_pool = Database(server, isolation_level="AUTOCOMMIT")
    try:
        async with connection_pool.engine.connect() as connection:
            await connection.execute(text(statement))
    finally:
        await connection_pool.dispose()


def database_url(server: str, name: str) -> str:
    """The URL of the database `name` on `server`."""
    return make_url(server).set(database=name).render_as_string(False)
