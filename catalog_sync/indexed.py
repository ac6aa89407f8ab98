"""A sync run that keeps the search index: what `bot.py sync` (and so the bot's
scheduled sync) runs, and what a benchmark or test wanting a synced index runs."""

from __future__ import annotations

from typing import Any

from bot.clock import Clock
from bot.db.engine import Database
from bot.search import catalog_index
from bot.search.index_worker import IndexWorker
from catalog_sync.runner import SyncFailed, SyncReport, sync


async def sync_indexed(
    database: Database, source: str, clock: Clock, *, full: bool = False, **options: Any
) -> SyncReport:
    """One run of `catalog_sync.runner.sync` (`options` passed on), the search index kept
    as its pages commit and saved when it ends (`catalog_index.start` and `finish`).

    A failed run committed pages too: its index is saved all the same before SyncFailed
    goes on up.
    """
    index = await catalog_index.start(database, full)
    try:
        try:
            report = await sync(database, source, clock, full=full, index=index, **options)
        except SyncFailed as failure:
            await catalog_index.finish(
                database, index, failure.report.run_id, rebuild=failure.report.swept
            )
            raise
        await catalog_index.finish(database, index, report.run_id, rebuild=report.swept)
        return report
    finally:
        if isinstance(index, IndexWorker):
            await index.abandon()
