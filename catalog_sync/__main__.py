"""`python -m catalog_sync`: the sync as the bot's scheduler starts it (a child process).

Settings come from the environment like everywhere else (DATABASE_URL,
CATALOG_SOURCE, CATALOG_API_KEY, CATALOG_MAX_PAGE_BYTES), so no secret appears on
a command line.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.clock import Clock
from bot.config import ConfigError, Settings
from bot.redaction import setup_logging
from catalog_sync.cli import default_source, run_sync


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m catalog_sync")
    parser.add_argument("--source", help="feed URL or JSON Lines directory")
    parser.add_argument("--full", action="store_true", help="read everything again")
    args = parser.parse_args(argv)
    redactor = setup_logging()
    try:
        settings = Settings.from_env()
        redactor.remember(*settings.secrets)
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2
    source = default_source(args.source or settings.catalog_source, settings.demo_products)
    run = run_sync(
        settings.database_url,
        source,
        args.full,
        settings.catalog_api_key,
        Clock(),
        max_page_bytes=settings.catalog_max_page_bytes,
    )
    return asyncio.run(run)


if __name__ == "__main__":
    sys.exit(main())
