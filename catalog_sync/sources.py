"""Fetching feed pages over HTTP, with retries that give up clearly.

Timeouts, connection drops, 5xx and 429 are retried with exponential backoff
and full jitter (a 429's Retry-After is honoured); anything else, or the last
failed try, raises `FeedError` naming the kind, the status and the attempts.

What the feed cannot make the client do: read a page without end (bodies are
streamed up to `max_page_bytes`), or send the API key to another origin (a
redirect is followed only within the feed's own scheme, host and port).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import aiohttp
from yarl import URL

from bot.config import CATALOG_MAX_PAGE_BYTES

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5


class FeedError(Exception):
    """The feed could not be read (after the last retry, or a refusal not worth retrying)."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 30.0
    timeout: float = 60.0

    def backoff(self, attempt: int) -> float:
        """Full jitter: a random wait up to base * 2^attempt, capped."""
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


@dataclass(frozen=True)
class Fetched:
    """A page's body, or None when the server answered 304 Not Modified."""

    body: bytes | None
    etag: str | None


class HttpFeed:
    """The feed at `base_url` (endpoints at /v1/<kind>), read with one shared session."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        policy: RetryPolicy | None = None,
        limit: int = 1000,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_page_bytes: int = CATALOG_MAX_PAGE_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy or RetryPolicy()
        self.limit = limit
        self.max_page_bytes = max_page_bytes
        self.totals: dict[str, int] = {}  # records per kind, where the source knows them
        self._sleep = sleep
        # Sent per request, never as a session default, so only the feed's origin gets it.
        self._key = {"X-API-Key": api_key} if api_key else {}
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.policy.timeout),
            connector=aiohttp.TCPConnector(limit=4),
        )

    async def close(self) -> None:
        await self._session.close()

    async def fetch(
        self, kind: str, cursor: str | None, etag: str | None = None, limit: int | None = None
    ) -> Fetched:
        """One page of `kind` after `cursor`, retried as the contract asks."""
        params = {"limit": str(limit or self.limit)}
        if cursor:
            params["cursor"] = cursor
        headers = {**self._key, **({"If-None-Match": etag} if etag else {})}
        url = URL(f"{self.base_url}/v1/{kind}").update_query(params)
        problem = ""
        for attempt in range(self.policy.attempts):
            wait: float | None = None
            try:
                async with self._get(kind, url, headers) as response:
                    if response.status == 304:
                        return Fetched(None, etag)
                    if response.status == 200:
                        body = await self._body(kind, cursor, response)
                        return Fetched(body, response.headers.get("ETag"))
                    problem = f"HTTP {response.status}"
                    if response.status not in RETRY_STATUSES:
                        text = (await response.content.read(200)).decode(errors="replace")
                        raise FeedError(f"{kind}: {problem}: {text}")
                    wait = _retry_after(response.headers.get("Retry-After"))
            except (
                TimeoutError,
                aiohttp.ClientConnectionError,
                aiohttp.ClientPayloadError,
            ) as error:
                problem = f"{type(error).__name__} {error}".strip()
            if attempt + 1 < self.policy.attempts:
                await self._sleep(wait if wait is not None else self.policy.backoff(attempt))
        raise FeedError(f"{kind}: gave up after {self.policy.attempts} attempts: {problem}")

    @contextlib.asynccontextmanager
    async def _get(
        self, kind: str, url: URL, headers: dict[str, str]
    ) -> AsyncIterator[aiohttp.ClientResponse]:
        """The answer to GET `url`, following redirects by hand: within the feed's origin
        only, since each hop carries the API key (a redirect elsewhere is refused)."""
        origin = _origin(url)
        for _ in range(MAX_REDIRECTS + 1):
            async with self._session.get(url, headers=headers, allow_redirects=False) as response:
                location = response.headers.get("Location")
                if response.status not in REDIRECT_STATUSES or location is None:
                    yield response
                    return
                url = response.url.join(URL(location))
                if _origin(url) != origin:
                    raise FeedError(
                        f"{kind}: the feed redirected to another origin ({url.origin()}); "
                        "refusing to send the API key there: point CATALOG_SOURCE at it instead"
                    )
        raise FeedError(f"{kind}: more than {MAX_REDIRECTS} redirects")

    async def _body(
        self, kind: str, cursor: str | None, response: aiohttp.ClientResponse
    ) -> bytes:
        """The page's body, streamed and given up past `max_page_bytes`."""
        cap = self.max_page_bytes
        too_big = (
            f"{kind}: a page is larger than {cap:,} bytes (after cursor {cursor!r}); "
            "raise CATALOG_MAX_PAGE_BYTES if the feed's pages are really that large"
        )
        if (response.content_length or 0) > cap:
            raise FeedError(too_big)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.content.iter_any():
            size += len(chunk)
            if size > cap:
                raise FeedError(too_big)
            chunks.append(chunk)
        return b"".join(chunks)


def _origin(url: URL) -> tuple[str, str | None, int | None]:
    """Scheme, host and port (the default one when not given): what "same origin" compares."""
    return url.scheme, url.host, url.port


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
