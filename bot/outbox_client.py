"""The outbox's own Bot API client: sendMessage (and sendPhoto / sendDocument for a
message that carries one, or uploads a file the bot made), over one aiohttp connection pool.

Why not python-telegram-bot's Bot here: its httpx transport spends about a
millisecond of CPU a request (a pool scan and a failed import per request), which
caps one sender near 200 messages a second; paid broadcasts go up to 1,000. This
client speaks the same Bot API to the same server (Telegram's, a self-hosted one,
or the double) and turns Telegram's answers into the few outcomes the sender acts on.

A server with only the core methods answers 404 to sendPhoto and sendDocument: the
message then goes as its text alone (which names the file), logged, never lost.
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

TIMEOUT = 30.0  # seconds one request may take in all, unless the caller says otherwise
CONNECT_TIMEOUT = 10.0
#: Requests in flight at most (python-telegram-bot's pool holds as many): what the
#: sender may hold at once, so that at 1,000/s and slow answers it still leases ahead.
CONNECTIONS = 256


class SendError(Exception):
    """Telegram did not take the message; `description` is its reason."""

    def __init__(self, description: str) -> None:
        super().__init__(description)
        self.description = description


class Flood(SendError):
    """429: wait `retry_after` seconds before sending anything."""

    def __init__(self, description: str, retry_after: float) -> None:
        super().__init__(description)
        self.retry_after = retry_after


class Unreachable(SendError):
    """403, or 400 "chat not found": this chat will not take messages from the bot."""


class Refused(SendError):
    """Another 400: sending the same message again cannot succeed."""


class Transient(SendError):
    """A 5xx, a timeout or a broken connection: worth trying again later."""


class Missing(Transient):
    """404: the server has no such method (or is not the Bot API at all)."""


class OutboxClient:
    """sendMessage to the Bot API server at `api_url` (its root, without /bot), over at
    most `connections` connections: as many requests as may be in flight at once."""

    def __init__(self, token: str, api_url: str, connections: int = CONNECTIONS) -> None:
        self._root = f"{api_url}/bot{token}"
        self.connections = connections
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> OutboxClient:
        connector = aiohttp.TCPConnector(limit=self.connections)
        self._session = aiohttp.ClientSession(connector=connector)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def send(
        self,
        chat_id: int,
        text: str,
        buttons: list[list[tuple[str, str]]] | None = None,
        timeout: float = TIMEOUT,
        media: tuple[str, str] | tuple[str, str, str] | None = None,
    ) -> int:
        """Send an HTML message (with `media`, a photo or document captioned by it, or a file
        uploaded as a document: `bot.services.outbox.Media`); returns Telegram's message id
        or raises a SendError.

        Within `timeout` seconds (waiting for a connection included) it has Telegram's
        answer or raises Transient; Telegram may still have taken the message then."""
        if media is None:
            return await self._call(
                "sendMessage", {"chat_id": chat_id, "text": text}, buttons, timeout
            )
        method = "sendPhoto" if media[0] == "photo" else "sendDocument"
        body: dict[str, Any] = {"chat_id": chat_id, "caption": text}
        if len(media) == 3:
            body["document"] = (media[1], base64.b64decode(media[2]))
        else:
            body[media[0]] = media[1]
        try:
            return await self._call(method, body, buttons, timeout)
        except Missing as error:
            log.warning("%s is not served here (%s): sending the text alone", method, error)
        return await self._call(
            "sendMessage", {"chat_id": chat_id, "text": text}, buttons, timeout
        )

    async def _call(
        self,
        method: str,
        body: dict[str, Any],
        buttons: list[list[tuple[str, str]]] | None,
        timeout: float,
    ) -> int:
        assert self._session is not None, "use OutboxClient as an async context manager"
        body = {**body, "parse_mode": "HTML"}
        if buttons:
            body["reply_markup"] = {
                "inline_keyboard": [
                    [{"text": label, "callback_data": data} for label, data in row]
                    for row in buttons
                ]
            }
        try:
            limit = aiohttp.ClientTimeout(total=timeout, connect=CONNECT_TIMEOUT)
            url = f"{self._root}/{method}"
            async with self._session.post(url, timeout=limit, **_payload(body)) as response:
                answer = await response.json(content_type=None)
                status = response.status
        except (TimeoutError, aiohttp.ClientError, ValueError) as error:
            raise Transient(f"{type(error).__name__}: {error}") from error
        if isinstance(answer, dict) and answer.get("ok"):
            return int(answer["result"]["message_id"])
        raise _refusal(status, answer if isinstance(answer, dict) else {})


def _payload(body: dict[str, Any]) -> dict[str, Any]:
    """JSON, unless a field is a file to upload (a (name, bytes) pair): then a multipart
    form, with every other field as text (the reply markup as its JSON)."""
    files = {k: v for k, v in body.items() if isinstance(v, tuple)}
    if not files:
        return {"json": body}
    form = aiohttp.FormData()
    for key, value in body.items():
        if key in files:
            name, data = value
            form.add_field(key, data, filename=name, content_type="application/octet-stream")
        else:
            form.add_field(key, value if isinstance(value, str) else json.dumps(value))
    return {"data": form}


def _refusal(status: int, answer: dict[str, Any]) -> SendError:
    code = int(answer.get("error_code") or status)
    description = str(answer.get("description") or f"HTTP {status}")
    if code == 429:
        retry_after = (answer.get("parameters") or {}).get("retry_after", 1)
        return Flood(description, float(retry_after))
    if code == 403 or (code == 400 and "chat not found" in description.lower()):
        return Unreachable(description)
    if code == 400:
        return Refused(description)
    if code == 404:
        return Missing(description)
    return Transient(description)
