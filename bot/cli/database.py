"""`python bot.py db upgrade`: apply the migrations (every process also does at start)."""

from __future__ import annotations

import argparse

from bot.cli import runtime
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="database maintenance: db upgrade applies migrations")
    db.add_argument("action", choices=["upgrade"])
    db.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    return runtime.run(_upgrade(context.settings))


async def _upgrade(settings: Settings) -> int:
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
    finally:
        await database.dispose()
    print(f"database is up to date: {database.engine.url.render_as_string(hide_password=True)}")
    return 0
