"""The webhook server: Telegram POSTs each update here; `GET /healthz` says how we are.

Why our own server rather than python-telegram-bot's Updater webhook: that one
answers Telegram as soon as an update is queued. This one answers only after the
update was handled (through `app.update_processor`, whichever is installed), so

- Telegram, which sends a chat's next update only after the previous one was
  answered, keeps each chat's updates in order even across several processes;
- an update whose process dies, or whose handling found the database gone, is
  not acknowledged and Telegram delivers it again (503 for the latter, marked by
  the error handler through `Redelivery`), so nothing is lost.

Requests without the webhook's secret token are refused (403) before the body is
read; a body that is not an update is 400, one larger than `MAX_BODY` is 413.
A clean stop leaves the webhook set: the other processes behind it go on.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import time
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update

from bot.deps import Deps
from bot.redelivery import REDELIVERY_KEY, Redelivery
from handlers.context import DEPS_KEY, FairApplication

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "callback_query", "inline_query"]
MAX_BODY = 1024 * 1024  # an update is a few kilobytes; Telegram's largest fit well within
HEALTH_TIMEOUT = 2.0  # seconds the database has to answer SELECT 1


class WebhookServer:
    """Serves the webhook path and /healthz for one Application until `stop`."""

    def __init__(self, app: FairApplication) -> None:
        self.app = app
        self.deps: Deps = app.bot_data[DEPS_KEY]
        settings = self.deps.settings
        if settings.webhook_url is None:
            raise ValueError("no webhook URL")
        self.url = settings.webhook_url
        self.secret = settings.require_webhook_secret().encode()
        self.redelivery = Redelivery()
        self.handled = 0
        self._last_handled: float | None = None  # monotonic time of the last update handled
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Set the webhook (the same for every process: setting it again changes nothing)
        and listen on WEBHOOK_LISTEN:WEBHOOK_PORT."""
        settings = self.deps.settings
        self.app.bot_data[REDELIVERY_KEY] = self.redelivery
        await self.app.bot.set_webhook(
            self.url,
            secret_token=settings.webhook_secret,
            allowed_updates=ALLOWED_UPDATES,
            max_connections=settings.webhook_max_connections,
        )
        server = web.Application(client_max_size=MAX_BODY)
        server.router.add_post(urlsplit(self.url).path or "/", self._update)
        server.router.add_get("/healthz", self._health)
        self._runner = web.AppRunner(server, access_log=None, shutdown_timeout=10.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, settings.webhook_listen, settings.webhook_port).start()
        log.info(
            "webhook %s served on %s:%s (pid %s)",
            self.url, settings.webhook_listen, settings.webhook_port, os.getpid(),
        )  # fmt: skip

    async def stop(self) -> None:
        """Stop listening; requests being handled finish first. The webhook stays set."""
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _update(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self.secret):
            return web.Response(status=403)
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.Response(status=413)
        update = _parse(await request.read(), self.app)
        if update is None:
            return web.Response(status=400)
        if not self.app.running:
            return web.Response(status=503)
        await self.app.update_processor.process_update(update, self.app.process_update(update))
        if self.redelivery.take(update.update_id):
            return web.Response(status=503)
        self.handled += 1
        self._last_handled = time.monotonic()
        return web.Response(status=200)

    async def _health(self, request: web.Request) -> web.Response:
        reachable = await self.deps.db.ping(HEALTH_TIMEOUT)
        since = self._last_handled
        body = {
            "status": "ok" if reachable else "database unreachable",
            "database": reachable,
            "seconds_since_last_update": None if since is None else time.monotonic() - since,
            "updates_handled": self.handled,
            "pid": os.getpid(),
        }
        return web.json_response(body, status=200 if reachable else 503)


def _parse(body: bytes, app: FairApplication) -> Update | None:
    """The update in a request body, or None for anything Telegram would not send."""
    try:
        data: Any = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return None
    try:
        return Update.de_json(data, app.bot)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
