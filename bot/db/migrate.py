"""Apply the Alembic migrations to a database, from code (no alembic.ini needed).

`python bot.py db upgrade` and `run` call `upgrade`, and the tests migrate each
fresh schema the same way, so the schema tested is the schema shipped. A
database already at `HEAD` is left alone without importing Alembic, which
would cost a sync run or a bot start most of a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from bot.db.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0022_search_tallies"  # the newest revision; a test checks it against Alembic's own view


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


async def current(database: Database) -> str | None:
    """The revision the database is at, or None for a database never migrated."""
    try:
        async with database.read() as session:
            return (
                await session.execute(text("SELECT version_num FROM alembic_version"))
            ).scalar()
    except DBAPIError:
        return None


async def upgrade(database: Database, revision: str = "head") -> None:
    """Bring the schema to `revision`, in one transaction where the engine allows."""
    if revision == "head" and await current(database) == HEAD:
        return
    from alembic import command

    async with database.engine.begin() as connection:
        await connection.run_sync(lambda sync: command.upgrade(alembic_config(sync), revision))
