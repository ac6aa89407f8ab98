"""Fault injection: make chosen Bot API calls fail or slow down, like the real server does.

Why: production bots meet flood control (429 with ``retry_after``), Telegram's occasional
500s, slow answers, a server that stops reading for a moment and users who blocked the
bot. Tests must be able to provoke each of them on purpose, for one method, one chat, a
number of times or forever.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from bot.telegram_double.errors import ApiError


@dataclass
class Fault:
    """One injected fault.

    ``method``: Bot API method name (case-insensitive), or None/"*" for every method.
    ``status``: HTTP status to answer with. Left as None it becomes 429 when ``retry_after``
    is given, 200 (a normal answer, only ``delay``-ed) when ``delay`` is given, else 500.
    ``times``: how many matching calls fail (None = forever). ``chat_id``: only calls whose
    ``chat_id`` parameter equals it. ``delay``: seconds to wait before answering.
    ``description``: the error text (Telegram's default for the status if None).
    ``probability``: the share of matching calls that fail (seeded, so a run repeats);
    a call the dice spare does not use up one of ``times``.
    ``completes``: the call is carried out even when its client hangs up before the
    answer, as Telegram does (a slow sendPhoto whose client timed out still posts the
    photo); without it the double abandons the call with its connection.
    """

    method: str | None = None
    status: int | None = None
    times: int | None = 1
    chat_id: int | str | None = None
    retry_after: int | None = None
    delay: float = 0.0
    description: str | None = None
    probability: float = 1.0
    completes: bool = False

    def __post_init__(self) -> None:
        if self.status is None:
            if self.retry_after is not None:
                self.status = 429
            else:
                self.status = 200 if self.delay > 0 else 500
        if self.status == 429 and self.retry_after is None:
            self.retry_after = 1

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method not in (None, "*") and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id

    def error(self) -> ApiError | None:
        """The refusal this fault produces, or None for a pure delay."""
        if self.status is None or 200 <= self.status < 300:
            return None
        retry = self.retry_after if self.status == 429 else None
        return ApiError(self.status, self.description, retry_after=retry)


class FaultBook:
    """The active faults, consumed in the order they were injected."""

    def __init__(self, seed: int = 1) -> None:
        self.faults: list[Fault] = []
        self._dice = random.Random(seed)
        self._stalled_until = 0.0  # time.monotonic()
        self._backlog = asyncio.Lock()

    def stall(self, seconds: float) -> None:
        """Take no request for `seconds` (a busy server, a collector's pause): what comes
        meanwhile waits, and is received all at once when the stall ends."""
        self._stalled_until = max(self._stalled_until, time.monotonic() + seconds)

    async def received(self) -> None:
        """Return once the server takes requests: at once, unless it is stalled; after a
        stall, in the order the requests came (the lock queues its waiters in order)."""
        if self._stalled_until <= time.monotonic():
            return
        async with self._backlog:
            wait = self._stalled_until - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)

    def add(self, fault: Fault) -> Fault:
        self.faults.append(fault)
        return fault

    def clear(self) -> None:
        self.faults.clear()

    def completing(self, method: str, params: dict[str, Any]) -> bool:
        """Whether the fault this call meets is one carried out whatever the client does."""
        found = next((f for f in self.faults if f.matches(method, params)), None)
        return found is not None and found.completes

    async def apply(self, method: str, params: dict[str, Any]) -> None:
        """Delay and/or raise for the first fault matching this call (using one of its times)."""
        for fault in self.faults:
            if not fault.matches(method, params):
                continue
            if fault.probability < 1.0 and self._dice.random() >= fault.probability:
                continue
            if fault.times is not None:
                fault.times -= 1
                if fault.times <= 0:
                    self.faults.remove(fault)
            if fault.delay > 0:
                await asyncio.sleep(fault.delay)
            error = fault.error()
            if error is not None:
                raise error
            return


#: Methods that post into a chat, which Telegram's flood control counts.
_POSTING = frozenset(
    m.lower()
    for m in ("sendMessage", "sendPhoto", "sendDocument", "sendSticker", "copyMessage",
              "forwardMessage", "sendMediaGroup")
)  # fmt: skip


@dataclass
class FloodControl:
    """Telegram's flood control, strictly: more than ``per_second`` posts in any second,
    or more than one post to a chat within ``chat_interval`` seconds, gets 429 with
    ``retry_after``. Off unless a test turns it on, to prove a sender holds the limits.
    ``refused`` counts the 429s it gave.
    """

    per_second: int = 30
    chat_interval: float = 1.0
    retry_after: int = 1
    refused: int = 0
    _recent: deque[float] = field(default_factory=deque)
    _last_post: dict[Any, float] = field(default_factory=dict)

    def check(self, method: str, params: dict[str, Any], now: float) -> None:
        if method.lower() not in _POSTING:
            return
        chat = params.get("chat_id")
        recent = self._recent
        while recent and recent[0] <= now - 1.0:
            recent.popleft()
        last = self._last_post.get(chat)
        if len(recent) >= self.per_second or (
            last is not None and now - last < self.chat_interval
        ):
            self.refused += 1
            raise ApiError(429, None, retry_after=self.retry_after)
        recent.append(now)
        self._last_post[chat] = now
