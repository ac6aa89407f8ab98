"""``BotApiDouble``: an aiohttp server that answers like Telegram's Bot API server.

Why: the bot under test is the real python-telegram-bot ``Application`` talking real HTTP
(``base_url=f"{double.url}/bot"``, ``base_file_url=f"{double.url}/file/bot"``), so its
request encoding, error mapping, polling loop and shutdown all run as in production. The
double decodes parameters by the vendored spec, answers in Telegram's envelope, records
every call (``requests``), checks every answer against the spec (``spec_violations``),
and lets tests inject faults and act as users (``add_user``).

Photos and documents sent by URL are downloaded, as Telegram downloads them, but only from
loopback and from the hosts in ``hosts`` (a host name mapped to a local base URL, e.g.
``{"demo.fair.invalid": "http://127.0.0.1:8080"}``); any other URL is refused without a
network attempt, with Telegram's "failed to get HTTP URL content" (see ``fetch``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import traceback
from collections.abc import Callable, Mapping
from datetime import datetime
from types import TracebackType
from typing import Any

from aiohttp import web

from bot.telegram_double import messaging, methods  # noqa: F401  (register the methods)
from bot.telegram_double.errors import ApiError
from bot.telegram_double.faults import Fault, FaultBook, FloodControl
from bot.telegram_double.media import Upload
from bot.telegram_double.registry import MethodEntry, find_method
from bot.telegram_double.spec import check_union, decode_params, load_spec
from bot.telegram_double.state import Chat, Event, World
from bot.telegram_double.user import DoubleUser
from bot.telegram_double.webhook import WebhookDelivery

_LOG = logging.getLogger(__name__)
_TOKEN_SHAPE = re.compile(r"\d+:[\w-]+")
MAX_BODY = 60 * 1024 * 1024  # documents up to 50 MB, like the real server


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


class BotApiDouble:
    """A Bot API server double plus the "people" who talk to the bot through it."""

    def __init__(
        self,
        token: str = "123456:TEST",
        bot_username: str = "FairConciergeBot",
        bot_first_name: str = "Fair Concierge",
        core_only: bool = False,
        clock: Callable[[], datetime] | None = None,
        check_answers: bool = True,
        hosts: Mapping[str, str] | None = None,
    ) -> None:
        self.token = token
        self.core_only = core_only
        # Checking every answer against the spec is for tests; a benchmark of the bot's
        # sending turns it off so that the double is not what it measures.
        self.check_answers = check_answers
        self.world = World(token, bot_username, bot_first_name, clock, hosts)
        self.faults = FaultBook()
        self.flood: FloodControl | None = None  # Telegram's flood control, when a test wants it
        self.requests: list[tuple[str, dict[str, Any]]] = []
        # (monotonic arrival time, method, chat_id) of every decoded call, to measure pacing
        self.arrivals: list[tuple[float, str, Any]] = []
        self.spec_violations: list[str] = []
        # While a webhook is set, updates go to it instead of getUpdates (see ``webhook``).
        self.delivery = WebhookDelivery(self.world)
        self.internal_errors: list[str] = []
        self.app = web.Application(client_max_size=MAX_BODY)
        self.app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        self.app.router.add_route("*", "/file/bot{token}/{path:.+}", self._handle_file)
        self._users: dict[int, DoubleUser] = {}
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    # ------------------------------------------------------------------ lifecycle

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``host:port`` (0 = a free port); returns ``self.url``."""
        if self._runner is not None:
            raise RuntimeError("BotApiDouble is already running")
        self.world.updates.closed = False
        runner = web.AppRunner(
            self.app, handler_cancellation=True, shutdown_timeout=1.0, access_log=None
        )
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        bound_host, bound_port = runner.addresses[0][:2]
        self._runner = runner
        self._url = f"http://{bound_host}:{bound_port}"
        self.delivery.start()
        return self._url

    async def stop(self) -> None:
        """Answer waiting long polls, then close the server."""
        self.world.updates.closed = True
        self.world.updates.wake()
        await self.delivery.stop()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> BotApiDouble:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        """``http://host:port`` of the running server."""
        if self._url is None:
            raise RuntimeError("BotApiDouble is not started")
        return self._url

    @property
    def bot_url(self) -> str:
        """What to pass as python-telegram-bot's ``base_url``."""
        return f"{self.url}/bot"

    @property
    def file_url(self) -> str:
        """What to pass as python-telegram-bot's ``base_file_url``."""
        return f"{self.url}/file/bot"

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.world.clock

    @clock.setter
    def clock(self, clock: Callable[[], datetime]) -> None:
        self.world.clock = clock

    @property
    def bot_user(self) -> dict[str, Any]:
        return dict(self.world.bot_user)

    # ------------------------------------------------------------------ test controls

    def inject(self, fault: Fault) -> Fault:
        """Make matching calls fail or slow down (see ``Fault``)."""
        return self.faults.add(fault)

    def clear_faults(self) -> None:
        self.faults.clear()

    def stall(self, seconds: float) -> None:
        """Read no request for `seconds`, then take all that waited at once (see FaultBook)."""
        self.faults.stall(seconds)

    def block(self, chat_id: int) -> None:
        """The user blocks the bot: sends to the chat get 403 until they write again."""
        self.world.chat(chat_id).blocked = True

    def unblock(self, chat_id: int) -> None:
        self.world.chat(chat_id).blocked = False

    def add_user(
        self,
        user_id: int,
        first_name: str,
        language_code: str | None = "en",
        last_name: str | None = None,
        username: str | None = None,
        *,
        started: bool = True,
    ) -> DoubleUser:
        """A Telegram user with a private chat (chat id == user id).

        ``started=False`` models someone who never opened the bot: sends to them get
        403 "bot can't initiate conversation with a user" until they write.
        """
        if user_id in self.world.chats:
            raise ValueError(f"user {user_id} already exists")
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        chat = Chat(user)
        chat.started = started
        self.world.chats[user_id] = chat
        self._users[user_id] = DoubleUser(self.world, chat)
        return self._users[user_id]

    def add_group(self, group_id: int, title: str) -> Chat:
        """A group chat the bot was added to (ids of groups are negative)."""
        if group_id >= 0 or group_id in self.world.chats:
            raise ValueError(f"group {group_id}: a new negative id is needed")
        chat = Chat({"id": group_id, "is_bot": False, "first_name": title}, title=title)
        self.world.chats[group_id] = chat
        return chat

    def user(self, user_id: int) -> DoubleUser:
        return self._users[user_id]

    @property
    def users(self) -> list[DoubleUser]:
        return list(self._users.values())

    def subscribe(self) -> asyncio.Queue[tuple[int, Event]]:
        """A queue receiving ``(chat_id, event)`` for every event in every chat."""
        queue: asyncio.Queue[tuple[int, Event]] = asyncio.Queue()
        self.world.subscribers.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[tuple[int, Event]]) -> None:
        if queue in self.world.subscribers:
            self.world.subscribers.remove(queue)

    def calls(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every request the bot made to ``method`` (any letter case)."""
        return [p for m, p in self.requests if m.lower() == method.lower()]

    # ------------------------------------------------------------------ HTTP

    async def _handle_api(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if not _TOKEN_SHAPE.fullmatch(token):
            return _error(ApiError(404))
        if token != self.token:
            return _error(ApiError(401))
        entry = find_method(request.match_info["method"], self.core_only)
        if entry is None:
            return _error(ApiError(404))
        raw: dict[str, Any] = {}
        files: dict[str, Upload] = {}
        try:
            raw, files = await _read_params(request)
            params = decode_params(entry.name, raw, files)
        except ApiError as exc:
            self.requests.append((entry.name, {**raw, **files}))
            return _error(exc)
        await self.faults.received()
        self.requests.append((entry.name, params))
        self.arrivals.append((time.monotonic(), entry.name, params.get("chat_id")))
        try:
            if self.flood is not None:
                self.flood.check(entry.name, params, time.monotonic())
            call = self._carry_out(entry, params)
            if self.faults.completing(entry.name, params):
                # Telegram finishes what it began: a client that hangs up cancels only
                # its wait for the answer.
                task = asyncio.ensure_future(call)
                task.add_done_callback(_observed)
                result = await asyncio.shield(task)
            else:
                result = await call
        except ApiError as exc:
            return _error(exc)
        except Exception:
            self.internal_errors.append(f"{entry.name}: {traceback.format_exc()}")
            _LOG.exception("Bot API double failed in %s", entry.name)
            return _error(ApiError(500))
        if self.check_answers:
            returns = load_spec().method(entry.name)["returns"]
            self.spec_violations += [f"{entry.name}: {p}" for p in check_union(returns, result)]
        return web.json_response({"ok": True, "result": result}, dumps=_dumps)

    async def _carry_out(self, entry: MethodEntry, params: dict[str, Any]) -> Any:
        await self.faults.apply(entry.name, params)
        return await entry.handler(self.world, params)

    async def _handle_file(self, request: web.Request) -> web.Response:
        stored = None
        if request.match_info["token"] == self.token:
            stored = self.world.files.by_path(request.match_info["path"])
        if stored is None:
            return _error(ApiError(404))
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )


def _observed(task: asyncio.Task[Any]) -> None:
    """A completed call nobody waited for: its error, if any, is its own business."""
    if not task.cancelled():
        task.exception()


def _error(exc: ApiError) -> web.Response:
    return web.json_response(exc.envelope(), status=exc.code, dumps=_dumps)


async def _read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    """Query string plus body: urlencoded, multipart (with files) or JSON."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, Upload] = {}
    if not request.can_read_body:
        return raw, files
    if request.content_type == "application/json":
        body = await request.read()
        try:
            data = json.loads(body) if body.strip() else {}
        except ValueError:
            raise ApiError(400, "Bad Request: can't parse JSON encoded request") from None
        if not isinstance(data, dict):
            raise ApiError(400, "Bad Request: JSON object expected")
        raw.update(data)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                files[key] = Upload(value.file.read(), value.filename, value.content_type)
            else:
                raw[key] = value
    return raw, files
