"""Waiting for what a test expects to happen soon: poll for it, up to a generous deadline."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Wait, polling every 10 ms, until `condition()` holds."""
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what or condition}") from None
