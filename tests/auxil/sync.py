"""Whether the catalog sync (from the command line or the schedule) has completed."""

from __future__ import annotations

import asyncio

from bot.deps import Deps
from bot.services import catalog


async def finished(deps: Deps) -> bool:
    """Whether a sync run has completed (the scheduled one, here)."""
    async with deps.db.read() as session:
        last = (await catalog.status(session)).last_sync
    return last is not None and last.status == "ok"


async def until_finished(deps: Deps) -> None:
    """Wait up to 30 s for a sync run to complete."""
    async with asyncio.timeout(30):
        while not await finished(deps):
            await asyncio.sleep(0.05)
