"""Webhook delivery: while a webhook is set, the double POSTs each update to it.

Why: a bot in webhook mode is only tested as deployed if its server is called the way
Telegram calls it. Telegram's Bot API server, once ``setWebhook`` is done:

- POSTs each update as JSON, with the ``X-Telegram-Bot-Api-Secret-Token`` header when
  the webhook has a ``secret_token``;
- keeps up to ``max_connections`` requests open at once, but queues the updates of one
  chat and sends the next only after the previous one was answered with a 2xx, so a
  chat's updates arrive one after another, in order, even at several bot processes;
- sends an update again, after a delay, when the answer is not a 2xx or there is none
  (connection refused, timeout), and reports the last error in ``getWebhookInfo``;
- answers getUpdates with 409 Conflict meanwhile (see ``methods.get_updates``).

The webhook's host is reached like a file URL (see ``fetch``): a host in the double's
``hosts`` maps to a local base URL, a loopback URL is used as it is, any other host is
unreachable, so a test sets ``https://bot.fair.invalid/telegram`` and maps that host to
its own server. ``attempts`` records every try, for tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any

import aiohttp

from bot.telegram_double.state import World

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
IDLE = 1.0  # seconds between looks when nothing wakes the loop


@dataclass(frozen=True)
class Attempt:
    """One POST of an update: the HTTP status, or None when no answer came."""

    update_id: int
    status: int | None
    error: str | None


def chat_key(update: dict[str, Any]) -> Any:
    """What Telegram queues an update under: its chat, else its sender, else itself."""
    for kind, payload in update.items():
        if kind == "update_id" or not isinstance(payload, dict):
            continue
        message = payload.get("message") if kind == "callback_query" else payload
        chat = (message or {}).get("chat") if isinstance(message, dict) else None
        if isinstance(chat, dict) and "id" in chat:
            return ("chat", chat["id"])
        sender = payload.get("from")
        if isinstance(sender, dict) and "id" in sender:
            return ("chat", sender["id"])
    return ("update", update["update_id"])


class WebhookDelivery:
    """Delivers pending updates to the webhook set in ``world``, as Telegram does."""

    def __init__(self, world: World, retry_delay: float = 0.2, timeout: float = 60.0) -> None:
        self.world = world
        self.retry_delay = retry_delay  # Telegram waits longer; tests want it short
        self.timeout = timeout
        self.attempts: list[Attempt] = []
        self._busy: set[Any] = set()  # chats with an update in flight or waiting to retry
        self._open = 0  # requests open now, at most the webhook's max_connections
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop_task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._running = False

    def start(self) -> None:
        self._running = True
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        self._loop_task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        self._running = False  # Python 3.11's wait_for can swallow a cancel: the loop checks
        tasks = [t for t in (self._loop_task, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._loop_task = None
        self._busy.clear()
        self._open = 0
        if self._session is not None:
            await self._session.close()
            self._session = None

    def delivered(self) -> list[int]:
        """Ids of the updates the webhook acknowledged (2xx), in the order it did."""
        return [a.update_id for a in self.attempts if a.status is not None and a.status < 300]

    async def _run(self) -> None:
        queue = self.world.updates
        while self._running:
            changed = queue.changed
            self._start_due()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), IDLE)

    def _start_due(self) -> None:
        """Start the oldest pending update of every idle chat, up to max_connections."""
        hook = self.world.webhook
        if not hook.get("url"):
            return
        limit = int(hook.get("max_connections") or 40)
        for update in self.world.updates.waiting():
            if self._open >= limit:
                return
            key = chat_key(update)
            if key in self._busy:
                continue
            self._busy.add(key)
            self._open += 1
            task = asyncio.create_task(self._deliver(update, key, dict(hook)))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(self, update: dict[str, Any], key: Any, hook: dict[str, Any]) -> None:
        try:
            attempt = await self._post(update, hook)
        finally:
            self._open -= 1  # a connection is free again, whatever the chat does next
            self.world.updates.wake()
        self.attempts.append(attempt)
        try:
            if attempt.error is None:
                self.world.updates.remove(update["update_id"])
                return
            if self.world.webhook.get("url") == hook["url"]:
                self.world.webhook["last_error_date"] = int(time.time())
                self.world.webhook["last_error_message"] = attempt.error
            await asyncio.sleep(self.retry_delay)  # the chat waits: its order is kept
        finally:
            self._busy.discard(key)
            self.world.updates.wake()

    async def _post(self, update: dict[str, Any], hook: dict[str, Any]) -> Attempt:
        update_id = update["update_id"]
        target = self.world.files.fetcher.target(hook["url"])
        if target is None or self._session is None:
            return Attempt(update_id, None, "Failed to resolve host: Name or service not known")
        headers = {"Content-Type": "application/json"}
        if hook.get("secret_token"):
            headers[SECRET_HEADER] = hook["secret_token"]
        body = json.dumps(update, ensure_ascii=False).encode()
        try:
            async with self._session.post(target, data=body, headers=headers) as response:
                await response.read()
                status = response.status
        except TimeoutError:
            return Attempt(update_id, None, "Read timeout expired")
        except aiohttp.ClientError:
            return Attempt(update_id, None, "Connection refused")
        if 200 <= status < 300:
            return Attempt(update_id, status, None)
        reason = response.reason or ""
        return Attempt(update_id, status, f"Wrong response from the webhook: {status} {reason}")
