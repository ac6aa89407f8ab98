"""Updates handled concurrently, each chat's in order, each user within a flood limit.

python-telegram-bot's default handles one update at a time: one buyer who sends
forty messages makes everyone else wait. Its `concurrent_updates` alone would
let a buyer's second message overtake the first and race its flow state. This
processor runs many chats at once and each chat's updates one after another,
in the order Telegram delivered them.

How the Application calls it: its fetcher takes updates off the queue in order
and starts one task per update, which awaits `process_update(update, coroutine)`;
that takes a slot of the base class's semaphore and calls `do_process_update`.
Nothing there yields before `do_process_update` runs while slots are free, so
tasks reach it in delivery order; there each update synchronously joins its
chat's lane (a FIFO lock), which fixes the order. The base semaphore is made
large: a chat's queued updates would otherwise hold its slots while waiting
their turn, and a flooding chat could fill them all. The real bound,
`concurrency`, is taken only by an update whose turn has come.

For each update, in order: the flood gate (counted on arrival), the chat's
lane in this process, the chat's lock across processes (`bot.db.chat_locks`),
a slot, and then the handlers. A lane is dropped as soon as no update of its
chat is waiting, so the bookkeeping holds only chats with work in flight.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.db.chat_locks import ChatLocks, LocalChatLocks
from bot.flood import FloodGate, Verdict

log = logging.getLogger(__name__)

# The base class's bound: far above any burst, so that it never makes a task wait.
_UNBOUNDED = 1 << 20


@dataclass
class _Lane:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    users: int = 0  # updates of the chat that joined and have not finished


class FairUpdateProcessor(BaseUpdateProcessor):
    """At most `concurrency` updates at once; one at a time per chat, in order."""

    def __init__(
        self,
        concurrency: int,
        locks: ChatLocks | None = None,
        flood: FloodGate | None = None,
        on_flood: Callable[[Update], Awaitable[None]] | None = None,
        now: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(max_concurrent_updates=_UNBOUNDED)
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)
        self._lanes: dict[int, _Lane] = {}
        self._locks = locks or LocalChatLocks()
        self._flood = flood
        self.on_flood = on_flood  # what a user who went over the limit gets, once
        # run after each update, still in its chat's turn (polling: `bot.redelivery`)
        self.after: Callable[[object], Awaitable[None]] | None = None
        self._now = now or time.monotonic

    @property
    def lanes(self) -> int:
        """Chats with an update in flight or waiting (for tests of the bookkeeping)."""
        return len(self._lanes)

    async def initialize(self) -> None:
        await self._locks.open()

    async def shutdown(self) -> None:
        await self._locks.close()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            verdict = self._admit(update)
            if verdict is not Verdict.DROP:
                await self._in_lane(update, coroutine, verdict)
        finally:
            _discard(coroutine)

    async def _in_lane(self, update: object, coroutine: Awaitable[Any], verdict: Verdict) -> None:
        key = _chat_key(update)
        if key is None:
            async with self._slots:
                await self._run(update, coroutine, verdict)
            return
        lane = self._lanes.get(key)
        if lane is None:
            lane = self._lanes[key] = _Lane()
        lane.users += 1
        try:
            async with lane.lock, self._locks.hold(key), self._slots:
                await self._run(update, coroutine, verdict)
        finally:
            lane.users -= 1
            if lane.users == 0:
                del self._lanes[key]

    async def _run(self, update: object, coroutine: Awaitable[Any], verdict: Verdict) -> None:
        if verdict is Verdict.PASS:
            await coroutine
            if self.after is not None:
                await self.after(update)
        elif self.on_flood is not None and isinstance(update, Update):
            try:
                await self.on_flood(update)
            except Exception:  # the notice is a courtesy: never let it stop the lane
                log.exception("the flood notice for update %s failed", update.update_id)

    def _admit(self, update: object) -> Verdict:
        user = update.effective_user if isinstance(update, Update) else None
        if self._flood is None or user is None:
            return Verdict.PASS
        assert isinstance(update, Update)
        verdict = self._flood.admit(user.id, self._now(), update.update_id)
        if verdict is Verdict.WARN:
            log.info("user %s is sending too fast; the rest of the burst is dropped", user.id)
        return verdict


def _chat_key(update: object) -> int | None:
    """The chat an update belongs to (a callback query: its message's chat); the user's
    id for updates without a chat (inline queries); None for anything else."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


def _discard(coroutine: Awaitable[Any]) -> None:
    """Close the handling coroutine if it never started (dropped, replaced by the flood
    notice, or cancelled while waiting its turn at shutdown): no "never awaited" warning."""
    if (
        inspect.iscoroutine(coroutine)
        and inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED
    ):
        coroutine.close()
