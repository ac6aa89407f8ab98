"""`python bot.py COMMAND`: the parser of every command, and the dispatch.

Each command's module has `add_parser(commands)`, which declares the command and its
arguments and sets `command` to its `main(args, context)`; `main` returns the exit
code. A command reads the settings through its context, so a configuration error
becomes one line on stderr and exit code 2 wherever it is found.
"""

from __future__ import annotations

import argparse

from bot.cli import (
    badge,
    database,
    demo,
    demo_catalog,
    figures,
    outbox,
    rewards,
    search,
    serve,
    staff,
    staff_invite,
    sync,
)
from bot.cli.runtime import execute

COMMANDS = (
    serve, outbox, database, demo, sync, demo_catalog, search, badge, staff_invite, staff,
    rewards, figures,
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the command (no command: run the bot)."""
    parser = argparse.ArgumentParser(
        prog="bot.py", description="Fair Concierge, a Telegram concierge for trade fair buyers."
    )
    commands = parser.add_subparsers(metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    parser.set_defaults(command=serve.main, webhook=None)  # no command: run the bot
    return execute(parser.parse_args(argv))
