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
from datetime import timedelta

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENT
from bot.outbox_client import Flood, OutboxClient, Refused, Transient, Unreachable
from bot.services import outbox
from bot.services.outbox import Lease, Outcome, Pacing

log = logging.getLogger(__name__)

IDLE_POLL = 0.5  # seconds between looks at an empty outbox
IN_FLIGHT = 64  # concurrent requests (the client's connection pool)
EARLY = 0.003  # seconds a send may start before its slot (within the slots' JITTER margin)


class OutboxSender:
    """Delivers the outbox until stopped; several may run, in as many processes."""

    def __init__(
        self,
        db: Database,
        client: OutboxClient,
        clock: Clock,
        pacing: Pacing,
        owner: str | None = None,
    ) -> None:
        self.db, self.client, self.clock, self.pacing = db, client, clock, pacing
        self.owner = owner or f"sender-{secrets.token_hex(4)}"
        self._outcomes: list[Outcome] = []
        self._settle_needed = asyncio.Event()
        self._in_flight = asyncio.Semaphore(IN_FLIGHT)
        self._tasks: set[asyncio.Task[None]] = set()
        self._closing = False
        self._paused_until = 0.0  # loop time
        self._last_start = 0.0  # loop time of the last send started

    async def run(self, stop: asyncio.Event) -> None:
        """Lease, send and settle until `stop` is set; then give back what was not sent.

        Leasing runs ahead of sending (a queue of leased messages in slot order), so
        the next horizon is taken while this one goes out, never in a gap between them.
        """
        settler = asyncio.create_task(self._settle_loop())
        ahead: asyncio.Queue[Lease] = asyncio.Queue()
        dispatcher = asyncio.create_task(self._dispatch(ahead))
        try:
            while not stop.is_set():
                try:
                    wait = await self._lease_into(ahead)
                except Exception:  # the database or the network hiccuped: try again soon
                    log.exception("outbox lease failed")
                    wait = 1.0
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), wait)
        finally:
            dispatcher.cancel()  # leased and not started: `release` below gives them back
            with contextlib.suppress(asyncio.CancelledError):
                await dispatcher
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            self._closing = True  # every send has its outcome now: settle them, then stop
            self._settle_needed.set()
            await settler
            async with self.db.write() as session:
                await outbox.release(session, self.owner)

    async def _lease_into(self, ahead: asyncio.Queue[Lease]) -> float:
        """Lease the next slots onto `ahead`; returns how long to wait before leasing again."""
        async with self.db.write() as session:
            leased = await outbox.lease(session, self.owner, self.pacing, self.clock.wall())
        for lease in leased.messages:
            ahead.put_nowait(lease)
        if leased.messages:
            return 0.0
        if leased.wake_at is None:
            return IDLE_POLL
        return min(max((leased.wake_at - self.clock.wall()).total_seconds(), 0.01), IDLE_POLL)

    async def _dispatch(self, ahead: asyncio.Queue[Lease]) -> None:
        """Start each leased send at its slot, never closer to the last than the spacing."""
        loop = asyncio.get_running_loop()
        while True:
            lease = await ahead.get()
            offset = loop.time() - self.clock.wall().timestamp()  # wall time -> loop time
            at = max(lease.send_at.timestamp() + offset, self._last_start + self.pacing.spacing)
            if at - loop.time() > EARLY:  # sleeps are coarse: wake EARLY before the slot and
                await asyncio.sleep(at - loop.time() - EARLY)  # start what is due by then
            if loop.time() < self._paused_until:
                self._done(self._paused(lease))
                continue
            await self._in_flight.acquire()
            # on time, the schedule goes on from the slot; late, from now (no catching up)
            self._last_start = max(at, loop.time())
            task = asyncio.create_task(self._send(lease))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _send(self, lease: Lease) -> None:
        try:
            self._done(await self._deliver(lease))
        finally:
            self._in_flight.release()

    async def _deliver(self, lease: Lease) -> Outcome:
        try:
            message_id = await self.client.send(lease.chat_id, lease.text, lease.buttons)
        except Flood as error:
            self._paused_until = asyncio.get_running_loop().time() + error.retry_after
            log.warning(
                "Telegram asked to wait %.0f s (429); every sender pauses", error.retry_after
            )
            return self._paused(lease)
        except Unreachable as error:
            return self._outcome(lease, BLOCKED, error.description)
        except Refused as error:
            return self._outcome(lease, FAILED, error.description)
        except Transient as error:
            return outbox.retry_outcome(lease, error.description, self.clock.wall())
        now = self.clock.wall()
        return Outcome(lease.id, lease.chat_id, SENT, now, message_id=message_id)

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
                    await outbox.settle(session, self.owner, batch)
            except Exception:
                log.exception("settling %d outbox messages failed; retrying", len(batch))
                self._outcomes[:0] = batch
                await asyncio.sleep(0.5)
                continue
