"""The outbox sender: delivers queued messages within Telegram's limits, one per process.

It leases a short horizon of paced slots (`bot.services.outbox.lease`), starts each
send at its slot (never closer to the previous one than the slot spacing, so a late
start cannot become a burst), and settles the outcomes in small transactions as
they arrive.

Telegram's answers: 429 pauses every sender for `retry_after` (the pause is stored,
so other processes see it at their next lease) and puts this process's unsent
leases back; 403, or 400 "chat not found", marks the user blocked and drops what is
queued for them; another 400 fails the message (retrying cannot fix it); 5xx and
network errors retry with backoff, then fail.

Exactly once, nearly: a message is settled as sent only after Telegram answered.
If the process dies between Telegram accepting a message and that commit, the
lease expires and the message is sent again. That window is one in-flight request
plus one settle transaction; settles are committed as soon as the previous one is
done, not batched by time, to keep it as short as it can be.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import Callable
from datetime import timedelta

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENT
from bot.services import outbox
from bot.services.outbox import Lease, Outcome, Pacing

log = logging.getLogger(__name__)

IDLE_POLL = 0.5  # seconds between looks at an empty outbox
IN_FLIGHT = 64  # concurrent requests (the bot's connection pool)


class OutboxSender:
    """Delivers the outbox until stopped; several may run, in as many processes."""

    def __init__(
        self,
        db: Database,
        bot: Bot,
        clock: Clock,
        pacing: Pacing,
        owner: str | None = None,
        on_settled: Callable[[list[Outcome]], None] | None = None,
    ) -> None:
        self.db, self.bot, self.clock, self.pacing = db, bot, clock, pacing
        self.owner = owner or f"sender-{secrets.token_hex(4)}"
        self.on_settled = on_settled
        self._outcomes: list[Outcome] = []
        self._settle_needed = asyncio.Event()
        self._in_flight = asyncio.Semaphore(IN_FLIGHT)
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._paused_until = 0.0  # loop time
        self._last_start = 0.0  # loop time of the last send started

    async def run(self, stop: asyncio.Event) -> None:
        """Lease, send and settle until `stop` is set; then give back what was not sent."""
        settler = asyncio.create_task(self._settle_loop())
        try:
            while not stop.is_set():
                try:
                    wait = await self._round()
                except Exception:  # the database or the network hiccuped: try again soon
                    log.exception("outbox round failed")
                    wait = 1.0
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), wait)
        finally:
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            self._closing = True  # every send has its outcome now: settle them, then stop
            self._settle_needed.set()
            await settler
            async with self.db.write() as session:
                await outbox.release(session, self.owner)

    async def _round(self) -> float:
        """Lease and start one horizon of sends; returns how long to wait before the next."""
        async with self.db.write() as session:
            leased = await outbox.lease(session, self.owner, self.pacing, self.clock.wall())
        if not leased.messages:
            if leased.wake_at is None:
                return IDLE_POLL
            return min(max((leased.wake_at - self.clock.wall()).total_seconds(), 0.01), IDLE_POLL)
        loop = asyncio.get_running_loop()
        for lease in leased.messages:
            at = loop.time() + (lease.send_at - self.clock.wall()).total_seconds()
            at = max(at, self._last_start + self.pacing.spacing)
            await asyncio.sleep(max(0.0, at - loop.time()))
            if loop.time() < self._paused_until:
                self._done(self._paused(lease))
                continue
            await self._in_flight.acquire()
            self._last_start = loop.time()
            task = asyncio.create_task(self._send(lease))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return 0.0

    async def _send(self, lease: Lease) -> None:
        try:
            self._done(await self._deliver(lease))
        finally:
            self._in_flight.release()

    async def _deliver(self, lease: Lease) -> Outcome:
        markup = None
        if lease.buttons:
            markup = InlineKeyboardMarkup(
                [
                    [InlineKeyboardButton(t, callback_data=d) for t, d in row]
                    for row in lease.buttons
                ]
            )
        try:
            sent = await self.bot.send_message(lease.chat_id, lease.text, reply_markup=markup)
        except RetryAfter as error:
            seconds = _seconds(error.retry_after)
            self._paused_until = asyncio.get_running_loop().time() + seconds
            log.warning("Telegram asked to wait %.0f s (429); every sender pauses", seconds)
            return self._paused(lease)
        except Forbidden as error:
            return self._outcome(lease, BLOCKED, str(error))
        except BadRequest as error:
            text = str(error)
            status = BLOCKED if "chat not found" in text.lower() else FAILED
            return self._outcome(lease, status, text)
        except TelegramError as error:
            return outbox.retry_outcome(
                lease, f"{type(error).__name__}: {error}", self.clock.wall()
            )
        now = self.clock.wall()
        return Outcome(lease.id, lease.chat_id, SENT, now, message_id=sent.message_id)

    def _outcome(self, lease: Lease, status: str, error: str) -> Outcome:
        return Outcome(lease.id, lease.chat_id, status, self.clock.wall(), error)

    def _paused(self, lease: Lease) -> Outcome:
        """Back to the queue until the pause ends; a 429 is pacing, not a failed attempt."""
        loop = asyncio.get_running_loop()
        wait = max(0.0, self._paused_until - loop.time())
        now = self.clock.wall()
        retry_at = now + timedelta(seconds=wait)
        return Outcome(lease.id, lease.chat_id, QUEUED, now, "429", retry_at, paused=True)

    def _done(self, outcome: Outcome) -> None:
        self._outcomes.append(outcome)
        self._settle_needed.set()

    async def _settle_loop(self) -> None:
        """Commit outcomes as they come: whatever arrived while the last commit ran."""
        while True:
            if not self._outcomes:
                if self._closing:
                    return
                self._settle_needed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._settle_needed.wait(), 0.2)
                continue
            batch, self._outcomes = self._outcomes, []
            try:
                async with self.db.write() as session:
                    await outbox.settle(session, self.owner, batch, self.pacing)
            except Exception:
                log.exception("settling %d outbox messages failed; retrying", len(batch))
                self._outcomes[:0] = batch
                await asyncio.sleep(0.5)
                continue
            if self.on_settled is not None:
                self.on_settled(batch)


def _seconds(value: object) -> float:
    """retry_after as seconds (python-telegram-bot gives a timedelta or an int)."""
    total = getattr(value, "total_seconds", None)
    return float(total() if callable(total) else value)  # type: ignore[arg-type]
