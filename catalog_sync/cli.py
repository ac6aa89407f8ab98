"""`python bot.py sync` and `python -m catalog_sync`: one sync run from the command line.

The running bot starts this as a child process on its schedule, so a sync never
competes with update handling for the bot's event loop.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from bot.clock import Clock
from bot.config import CATALOG_MAX_PAGE_BYTES
from bot.db import migrate
from bot.db.engine import Database
from catalog_sync.indexed import sync_indexed
from catalog_sync.runner import SyncFailed

DEMO_CATALOG = Path("data/demo-catalog")
log = logging.getLogger("catalog_sync")


def default_source(source: str | None, demo_products: int) -> str:
    """The configured feed, or the bundled demo catalog (written on first use)."""
    if source:
        return source
    if not (DEMO_CATALOG / "products.jsonl").exists():
        from catalog_sync.demo.catalog import write_demo_catalog

        log.info("writing the demo catalog (%d products) to %s", demo_products, DEMO_CATALOG)
        write_demo_catalog(DEMO_CATALOG, demo_products, seed=1)
    return str(DEMO_CATALOG)


class TerminalProgress:
    """A live line per kind on a terminal; occasional log lines otherwise."""

    def __init__(self, stream: object = sys.stderr) -> None:
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.kind = ""
        self.logged = 0

    def __call__(self, kind: str, done: int, total: int | None) -> None:
        if kind != self.kind:
            self.kind, self.started, self.logged = kind, time.monotonic(), 0
        rate = done / max(time.monotonic() - self.started, 1e-6)
        if self.tty:
            share = min(1.0, done / total) if total else None
            bar = "█" * int(30 * share) + "░" * (30 - int(30 * share)) if share is not None else ""
            percent = f"{share:>4.0%}" if share is not None else ""
            print(
                f"\r{kind:<13} {bar} {percent} {done:>10,} records {rate:>9,.0f}/s",
                end="",
                file=self.stream,
                flush=True,  # type: ignore[call-overload]
            )
        elif done - self.logged >= 100_000:
            self.logged = done
            log.info("%s: %d records (%.0f/s)", kind, done, rate)

    def end(self) -> None:
        if self.tty and self.kind:
            print(file=self.stream)  # type: ignore[call-overload]


async def run_sync(
    database_url: str,
    source: str,
    full: bool,
    api_key: str | None,
    clock: Clock,
    max_page_bytes: int = CATALOG_MAX_PAGE_BYTES,
) -> int:
    """Exit code 0 after a complete run, 1 when it stopped (the report says how far)."""
    database = Database(database_url)
    progress = TerminalProgress()
    try:
        await migrate.upgrade(database)
        try:
            report = await sync_indexed(
                database, source, clock, api_key=api_key, full=full, progress=progress,
                max_page_bytes=max_page_bytes,
            )  # fmt: skip
        except SyncFailed as failure:
            progress.end()
            for line in failure.report.lines():
                print(line)
            print(f"sync failed: {failure}", file=sys.stderr)
            return 1
        progress.end()
        for line in report.lines():
            print(line)
        return 0
    finally:
        await database.dispose()
