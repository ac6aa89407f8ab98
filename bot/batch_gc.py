"""Garbage collection tuned for the batch processes: the catalog sync and its index worker.

A page of 5,000 products decodes into some 100,000 container objects. At CPython's
default threshold (a collection every 700 allocations) the collector ran hundreds of
times a page, each pass walking the pages still in flight: a quarter of the sync's
CPU. These processes make little cyclic garbage and live for one run, so they collect
a hundred times less often, and never walk what was loaded before the work began.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 50_000


def collect_rarely() -> None:
    """Freeze what is alive now (modules, settings) and collect young objects rarely."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, 20, 20)
