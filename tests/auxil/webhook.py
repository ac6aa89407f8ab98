"""Helpers for webhook tests: where the double delivers, the secret."""

from __future__ import annotations

from bench.bot_process import free_port, health

HOOK_HOST = "bot.fair.invalid"  # the double maps it to a local port, as DNS would
HOOK_URL = f"https://{HOOK_HOST}/telegram"
SECRET = "test_webhook-Secret-0123"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

__all__ = ["HOOK_HOST", "HOOK_URL", "SECRET", "SECRET_HEADER", "free_port", "health"]


def webhook_env(port: int) -> dict[str, str]:
    """The WEBHOOK_* settings of a bot process serving on 127.0.0.1:`port`."""
    return {"WEBHOOK_URL": HOOK_URL, "WEBHOOK_PORT": str(port), "WEBHOOK_SECRET": SECRET}
