"""Jobs that must run once per fair, however many bot processes serve it.

Every process schedules the same jobs; each run first holds the job's lease
(bot/services/leases.py) and the processes that do not hold it skip that run.
The holder renews the lease at every run, so `ttl` must outlast the time between
two runs; when the holder dies its lease expires and the next process to ask takes
the job over.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.services import leases
from handlers.context import FairContext

log = logging.getLogger(__name__)


async def holds(context: FairContext, name: str, ttl: float) -> bool:
    """Whether this process runs job `name` now (taking or renewing its lease)."""
    deps = context.deps
    try:
        async with deps.db.write() as session:
            return await leases.hold(
                session, name, deps.owner, timedelta(seconds=ttl), deps.clock.wall()
            )
    except Exception as error:
        if not deps.db.unavailable(error):
            raise
        log.warning("job %s skipped: the database is unavailable (%s)", name, error)
        return False


async def release(context: FairContext, name: str) -> None:
    """Give up the lease of a job that is over."""
    deps = context.deps
    async with deps.db.write() as session:
        await leases.release(session, name, deps.owner)


async def in_batches(
    context: FairContext,
    name: str,
    ttl: float,
    batch: int,
    step: Callable[[AsyncSession], Awaitable[int]],
) -> None:
    """Run job `name` if this process holds its lease: `step`, one write transaction each,
    until it handles less than a full `batch`. A failure is logged; the next run tries
    again, so each step must be safe to repeat (conditional changes, dedupe keys)."""
    if not await holds(context, name, ttl):
        return
    try:
        done = batch
        while done == batch:
            async with context.deps.db.write() as session:
                done = await step(session)
            if done:
                log.info("job %s: %d done", name, done)
    except Exception:
        log.exception("job %s failed", name)
