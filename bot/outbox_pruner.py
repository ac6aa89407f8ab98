"""Pruning the outbox inside every process that sends it (`run` and `outbox`).

Each pass deletes, in batches of short transactions, the settled messages older
than the retention (`bot.services.retention.prune`), at start and then every few
minutes. Pruning is idempotent, so several processes doing it at once only
repeat each other's empty passes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.db.engine import Database
from bot.services import retention

log = logging.getLogger(__name__)

EVERY = 300.0  # seconds between passes


async def prune_outbox(
    db: Database, clock: Clock, days: int, stop: asyncio.Event, every: float = EVERY
) -> None:
    """Prune now and then every `every` seconds until `stop` is set."""
    while not stop.is_set():
        before = clock.wall() - timedelta(days=days)
        try:
            pruned = await prune_before(db, before)
        except Exception:  # the database hiccuped: the next pass does it
            log.exception("pruning the outbox failed")
        else:
            if pruned:
                log.info("pruned %d outbox messages settled before %s", pruned, before)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


async def prune_before(db: Database, before: datetime) -> int:
    """One pass: batch after batch, each its own transaction, until none is left."""
    total = 0
    while True:
        async with db.write() as session:
            pruned = await retention.prune(session, before)
        total += pruned
        if pruned < retention.PRUNE_BATCH:
            return total
