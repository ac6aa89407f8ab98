"""The one command line, `python bot.py COMMAND`: a module per command.

Each module has `add_parser(commands)`, which declares the command and its
arguments and sets `command` to its `main(args, context)`; `main` returns the exit
code. A command reads the settings through its context, so a configuration error
becomes one line on stderr and exit code 2 wherever it is found.
"""

from __future__ import annotations

import argparse
import sys

from bot.cli import (
    badge,
    database,
    demo,
    demo_catalog,
    outbox,
    rewards,
    search,
    serve,
    staff,
    staff_invite,
    sync,
)
from bot.cli.runtime import Context
from bot.config import ConfigError
from bot.redaction import setup_logging

COMMANDS = (
    serve, outbox, database, demo, sync, demo_catalog, search, badge, staff_invite, staff,
    rewards,
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bot.py", description="Fair Concierge, a Telegram concierge for trade fair buyers."
    )
    commands = parser.add_subparsers(metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    parser.set_defaults(command=serve.main)  # no command: run the bot
    return execute(parser.parse_args(argv))


def execute(args: argparse.Namespace) -> int:
    """Run the parsed command with logging that redacts every secret."""
    context = Context(setup_logging())
    try:
        exit_code: int = args.command(args, context)
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    return exit_code
