"""python-telegram-bot's requests over aiohttp: the replies, and getUpdates.

Why: profiling the bot under load (`make bench-updates`) showed the httpx/httpcore/
anyio stack spending about a sixth of the bot's CPU on its Bot API calls, every
reply paying it. aiohttp, which the project already uses for the outbox and the
double, does the same request for a fraction of that. getUpdates, once per update or
two under load, paid the same, so it goes over aiohttp too (a long poll's read
timeout is the one python-telegram-bot passes: the default plus the poll's timeout).
This is the transport only: errors map to python-telegram-bot's (TimedOut,
NetworkError) as HTTPXRequest maps them, so `ReplyRetries` and every handler see the
same exceptions.
"""

from __future__ import annotations

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_DEFAULT = 5.0  # seconds, HTTPXRequest's defaults for connect, read and write
_FORM = {"Content-Type": "application/x-www-form-urlencoded"}


class AiohttpRequest(BaseRequest):
    """A pooled aiohttp session doing python-telegram-bot's Bot API calls."""

    def __init__(self, connection_pool_size: int = 64, timeout: float = _DEFAULT) -> None:
        self._pool_size = connection_pool_size
        self._timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | object | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        timeout = aiohttp.ClientTimeout(
            sock_connect=self._seconds(connect_timeout),
            sock_read=self._seconds(read_timeout),
        )
        body = _body(request_data)
        headers = _FORM if isinstance(body, bytes) else None
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    def _seconds(self, value: float | object | None) -> float | None:
        """A timeout python-telegram-bot passed, or ours where it left the default."""
        if value is None or isinstance(value, int | float):
            return value
        return self._timeout


def _body(request_data: RequestData | None) -> aiohttp.FormData | bytes | None:
    """Form fields, url-encoded, or multipart when there are files to upload.

    The url-encoded body is built here: aiohttp's FormData makes a multipart writer (and a
    uuid4 boundary) for every request, a twentieth of the bot's CPU per reply."""
    if request_data is None:
        return None
    if not request_data.contains_files:
        return request_data.url_encoded_parameters().encode()
    fields = request_data.json_parameters
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mime) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime)
    return form
