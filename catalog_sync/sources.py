"""Fetching feed pages over HTTP, with retries that give up clearly.

Timeouts, connection drops, 5xx and 429 are retried with exponential backoff
and full jitter (a 429's Retry-After is honoured); anything else, or the last
failed try, raises `FeedError` naming the kind, the status and the attempts.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import aiohttp

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


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
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.policy = policy or RetryPolicy()
        self.limit = limit
        self.totals: dict[str, int] = {}  # records per kind, where the source knows them
        self._sleep = sleep
        headers = {"X-API-Key": api_key} if api_key else {}
        self._session = aiohttp.ClientSession(
            headers=headers,
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
        headers = {"If-None-Match": etag} if etag else {}
        url = f"{self.base_url}/v1/{kind}"
        problem = ""
        for attempt in range(self.policy.attempts):
            wait: float | None = None
            try:
                async with self._session.get(url, params=params, headers=headers) as response:
                    if response.status == 304:
                        return Fetched(None, etag)
                    if response.status == 200:
                        return Fetched(await response.read(), response.headers.get("ETag"))
                    problem = f"HTTP {response.status}"
                    if response.status not in RETRY_STATUSES:
                        raise FeedError(f"{kind}: {problem}: {(await response.text())[:200]}")
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


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None
