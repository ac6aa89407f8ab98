"""Charts drawn in worker processes, side by side, for the bot and the command line.

Drawing a chart is about 0.2 s of Python that holds the GIL: in a thread of the bot's
process it slowed every other update while /figures drew its eleven, and the eleven
took the sum of their times. Worker processes (one per core, at most `WORKERS`) draw
them in parallel while the bot's event loop only waits for the PNGs.

The workers start on first use, spawned rather than forked (a fork of a process that
runs an event loop and threads may copy a held lock), and import matplotlib and the
fonts once each. They run at a lower priority (`NICENESS`): on a busy machine the
bot's own updates and the database come before a chart. If a worker dies, the pool
is made anew for the next chart, and the chart it was drawing is drawn in a thread
instead: a chart is never lost to the pool.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from multiprocessing import get_context

from bot.charts import prepare, render
from bot.charts.model import Chart

log = logging.getLogger(__name__)

WORKERS = 4
NICENESS = 10


async def drawn(chart: Chart) -> bytes:
    """The chart as a PNG, drawn by a worker process."""
    try:
        return await asyncio.get_running_loop().run_in_executor(_workers(), render, chart)
    except BrokenProcessPool:
        log.warning("a chart worker died: the pool is started again")
        _workers.cache_clear()
        return await asyncio.to_thread(render, chart)


def warm() -> list[Future[None]]:
    """Start the workers and have each import matplotlib now, not on the first chart."""
    try:
        return [_workers().submit(prepare) for _ in range(workers())]
    except BrokenProcessPool:
        _workers.cache_clear()
        return [_workers().submit(prepare) for _ in range(workers())]


@cache
def _workers() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers(), mp_context=get_context("spawn"), initializer=_start_worker
    )


def _start_worker() -> None:
    os.nice(NICENESS)
    prepare()


def workers() -> int:
    """How many worker processes draw: one per core, at most `WORKERS`."""
    return max(1, min(WORKERS, os.cpu_count() or 1))
