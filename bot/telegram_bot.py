"""The bot object: its replies retried through Telegram's 429s and 5xx, and tolerant of
Bot API servers that implement only the core methods.

Every call the handlers make (a reply, an edit, a callback answer) goes through
`ReplyRetries`: a 429 waits the `retry_after` Telegram asks for, a 5xx or a
connection error retries after a short growing pause, a few times. Then the error
goes on to the handler and the error handler, which logs it: a reply is never
lost without a trace. Why not python-telegram-bot's AIORateLimiter: it retries
only 429s, not 5xx or a dropped connection, and its throttle (30/s overall by
default) would cap the replies of a whole fair; interactive replies are answers
to what users just sent, so they are retried, not paced. The bot's own sends
(announcements, alerts) are paced by the outbox on its own client.
A timeout is not retried: the request may have arrived, and a second send would
show the user the reply twice. getUpdates bypasses all this (the updater retries).

python-telegram-bot deletes any webhook before it starts polling, and a server
without `deleteWebhook` answers 404, which the library reads as a bad token and
aborts. Such a server cannot have a webhook set either, so that failure is
logged and polling goes on. (A bad token fails earlier, at getMe.)
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import BaseRateLimiter, Defaults, ExtBot

from bot.telegram_request import AiohttpRequest

log = logging.getLogger(__name__)

# Opt in to python-telegram-bot's timedelta durations (RetryAfter.retry_after),
# the behaviour of its next major version, instead of a deprecation warning.
os.environ.setdefault("PTB_TIMEDELTA", "true")


RETRIES = 3  # after the first try: four tries in all
BACKOFF = (0.2, 0.5, 1.0)  # seconds before each retry after a 5xx or a network error
LONGEST_RETRY_AFTER = 30.0  # a 429 asking for longer fails now: the user has moved on


class ReplyRetries(BaseRateLimiter[None]):
    """Retries each Bot API call through 429 (honouring retry_after) and 5xx/network
    errors, a bounded number of times; never delays a call that has not failed."""

    def __init__(self, sleep: Callable[[float], Coroutine[Any, Any, None]] = asyncio.sleep):
        self._sleep = sleep

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        for attempt in range(RETRIES + 1):
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                wait = _seconds(error.retry_after)
                if attempt == RETRIES or wait > LONGEST_RETRY_AFTER:
                    raise
                log.warning("%s got 429, retrying in %.1f s", endpoint, wait)
            except (BadRequest, TimedOut):
                raise
            except NetworkError as error:
                if attempt == RETRIES:
                    raise
                wait = BACKOFF[attempt]
                log.warning("%s failed (%s), retrying in %.1f s", endpoint, error, wait)
            await self._sleep(wait)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _seconds(retry_after: float | timedelta) -> float:
    return retry_after.total_seconds() if isinstance(retry_after, timedelta) else retry_after


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
        request=AiohttpRequest(connection_pool_size=64),
        # getUpdates too: one call per update or two under load, each paying httpx's stack
        get_updates_request=AiohttpRequest(connection_pool_size=1),
        rate_limiter=ReplyRetries(),
    )
