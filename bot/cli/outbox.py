"""`python bot.py outbox`: a process that only delivers queued messages, beside `run`."""

from __future__ import annotations

import argparse

from bot.cli import runtime
from bot.clock import Clock
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "outbox",
        help="only deliver queued messages (a sender process beside `run`, on PostgreSQL)",
    ).set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    return runtime.run(_send_outbox(context.settings))


async def _send_outbox(settings: Settings) -> int:
    """Deliver the outbox until SIGINT/SIGTERM, sharing the rate with every other sender."""
    from bot.outbox_sender import deliver_outbox

    token = settings.require_token()
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
        stop = runtime.stop_event()
        await deliver_outbox(database, token, settings.api_url, Clock(), settings, stop)
    finally:
        await database.dispose()
    return 0
