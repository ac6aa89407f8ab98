"""`python -m catalog_sync`: the sync as the bot's scheduler starts it (a child process);
the same command as `python bot.py sync` (`bot.cli.sync`)."""

from __future__ import annotations

import argparse
import sys

from bot.cli import sync
from bot.cli.runtime import execute


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m catalog_sync")
    sync.add_arguments(parser)
    parser.set_defaults(command=sync.main)
    return execute(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
