"""The bot object, tolerant of Bot API servers that implement only the core methods.

python-telegram-bot deletes any webhook before it starts polling, and a server
without `deleteWebhook` answers 404, which the library reads as a bad token and
aborts. Such a server cannot have a webhook set either, so that failure is
logged and polling goes on. (A bad token fails earlier, at getMe.)
"""

from __future__ import annotations

import logging
import os
from typing import Any

from telegram.error import TelegramError
from telegram.ext import Defaults, ExtBot
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

# Opt in to python-telegram-bot's timedelta durations (RetryAfter.retry_after),
# the behaviour of its next major version, instead of a deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")


class FairBot(ExtBot[None]):
    async def delete_webhook(self, *args: Any, **kwargs: Any) -> bool:
        try:
            return await super().delete_webhook(*args, **kwargs)
        except TelegramError as error:
            log.warning("deleteWebhook failed (%s); polling without it", error)
            return False


def make_bot(token: str, api_url: str, defaults: Defaults) -> FairBot:
    """A bot for `token` on the Bot API server at `api_url` (its root, without /bot)."""
    return FairBot(
        token,
        base_url=f"{api_url}/bot",
        base_file_url=f"{api_url}/file/bot",
        defaults=defaults,
        request=HTTPXRequest(connection_pool_size=64),
        get_updates_request=HTTPXRequest(),
    )
