"""Whether the catalog sync (from the command line or the schedule) has completed."""

from __future__ import annotations

import asyncio

from bot.deps import Deps
from bot.services import catalog
from bot.services.catalog import LastSync


async def finished(deps: Deps) -> bool:
    """Whether a sync run has completed (the scheduled one, here)."""
    last = await _last(deps)
    return last is not None and last.status == "ok"


async def until_finished(deps: Deps, timeout: float = 60) -> None:
    """Wait for a sync run to complete: the scheduled one starts a child process, slow
    to start on a machine busy with other tests, so the deadline is generous."""
    try:
        async with asyncio.timeout(timeout):
            while not await finished(deps):
                await asyncio.sleep(0.05)
    except TimeoutError:
        raise AssertionError(f"no sync completed; the last: {await _last(deps)}") from None


async def _last(deps: Deps) -> LastSync | None:
    async with deps.db.read() as session:
        return (await catalog.status(session)).last_sync
