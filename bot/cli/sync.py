"""`python bot.py sync` (and `python -m catalog_sync`, as the bot's scheduler starts it):
one run mirroring the fair catalog into the database.

Settings come from the environment like everywhere else (DATABASE_URL, CATALOG_SOURCE,
CATALOG_API_KEY, CATALOG_MAX_PAGE_BYTES), so no secret appears on a command line.
"""

from __future__ import annotations

import argparse

from bot.batch_gc import collect_rarely
from bot.cli import runtime
from bot.clock import Clock
from catalog_sync.cli import default_source, run_sync


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser(
        "sync", help="mirror the fair catalog into the database (incremental unless --full)"
    )
    add_arguments(sync)
    sync.set_defaults(command=main)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--source", help="feed URL or JSON Lines directory (default: CATALOG_SOURCE)"
    )
    parser.add_argument("--full", action="store_true", help="read the whole feed again")


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    collect_rarely()
    settings = context.settings
    source = default_source(args.source or settings.catalog_source, settings.demo_products)
    run = run_sync(
        settings.database_url,
        source,
        args.full,
        settings.catalog_api_key,
        Clock(),
        max_page_bytes=settings.catalog_max_page_bytes,
    )
    return runtime.run(run)
