"""Helpers for webhook tests: where the double delivers, the secret, waiting on a condition."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from bench.bot_process import free_port, health

HOOK_HOST = "bot.fair.invalid"  # the double maps it to a local port, as DNS would
HOOK_URL = f"https://{HOOK_HOST}/telegram"
SECRET = "test_webhook-Secret-0123"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

__all__ = ["HOOK_HOST", "HOOK_URL", "SECRET", "SECRET_HEADER", "free_port", "health", "until"]


def webhook_env(port: int) -> dict[str, str]:
    """The WEBHOOK_* settings of a bot process serving on 127.0.0.1:`port`."""
    return {"WEBHOOK_URL": HOOK_URL, "WEBHOOK_PORT": str(port), "WEBHOOK_SECRET": SECRET}


async def until(condition: Callable[[], bool], timeout: float = 10.0, what: str = "") -> None:
    """Wait, polling every 10 ms, until `condition()` holds."""
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what or condition}") from None
