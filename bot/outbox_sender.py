"""The outbox sender: delivers queued messages within Telegram's limits, one per process.

Leasing. It leases a short horizon of paced slots (`bot.services.outbox_delivery.lease`), but
never more than it can start in time: the messages it holds (leased and not started,
or in flight) are never more than its client's connections, so each has a connection
free at its slot, and it leases no more than the rate window below lets start within
the horizon (or a quarter of the lease margin, if shorter). With slow answers the
sender leases as answers come back, instead of piling up leases that would run out
before they could start.

Starting. Each send starts at its slot (up to `EARLY` before it), never closer to the
previous start than the slot spacing (a late start does not catch up), and never while
the second before it holds `rate` sends as Telegram may have received them (`_Window`),
so a stall on the way that lets requests in together cannot make a second of more than
the rate. The price: with answers taking L seconds, at most rate / (1 + L) go out a
second (L is a few ms against a local server, a tenth of a second or so against
Telegram). The window is this process's; several processes share the rate by the slot
schedule.
A send starts only while its lease has the request timeout and half its margin left
(`Pacing.request_timeout`, `Pacing.lease_ttl`), else it is given back, queued as it
was. The client gives up on a request after `request_timeout`: every send is answered,
or given up, while its lease holds, with half the margin left to record the outcome.

Settling. Outcomes are committed as they arrive, in small transactions (each as soon
as the previous one is done, not batched by time). Leasing takes the same turn and
first records, in its own transaction, whatever outcomes wait: after the database was
away for longer than a lease, the sender cannot take back (under a new lease) a
message it sent during the outage before that send is recorded.

Telegram's answers: 429 pauses every sender for `retry_after` (the pause is stored,
so other processes see it at their next lease) and puts this process's unsent
leases back; 403, or 400 "chat not found", marks the user blocked and drops what is
queued for them; another 400 fails the message (retrying cannot fix it); 5xx and
network errors retry with backoff, then fail.

Exactly once, nearly: a message is settled as sent only after Telegram answered, and
a settle counts only for the lease that still holds the message. Two windows remain.
If the process dies between Telegram accepting a message and that commit, the lease
expires and the message is sent again; the window is one in-flight request plus one
settle transaction. The same holds when the database is away from this process (and
not from another sender) for longer than half a lease's margin: the other sender may
take the message again once the lease expires. And a request that gets no answer
within `request_timeout` may still have been taken by Telegram: it is retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import secrets
from collections import deque
from datetime import timedelta

from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENT
from bot.outbox_client import Flood, OutboxClient, Refused, Transient, Unreachable
from bot.outbox_pruner import prune_outbox
from bot.services import outbox_delivery
from bot.services.outbox_delivery import Lease, Outcome, Pacing

log = logging.getLogger(__name__)

IDLE_POLL = 0.5  # seconds between looks at an empty outbox
RETRY = 0.5  # seconds before trying the database again after an error
#: Seconds a send may start before its slot, within the slots' JITTER margin (the rest
#: is the network's). The dispatcher sleeps until then: an event loop busy with answers
#: and transactions wakes it late, and time lost past its slot is never made up (so no
#: second bunches), so the earlier it wakes the fewer slots it loses. At 1,000/s, 3 ms
#: lost 7% of the rate; 6 ms, under 2%.
EARLY = 0.006


def pacing_from(settings: Settings) -> Pacing:
    """The outbox's pacing as configured."""
    return Pacing(
        rate=settings.outbox_rate,
        lease_ttl=settings.outbox_lease_seconds,
        request_timeout=settings.outbox_request_timeout,
    )


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
        self._capacity = client.connections
        self._held = 0  # leases taken and not answered or given back yet
        self._room_wanted = False  # the lease loop waits for answers to free connections
        self._wake = asyncio.Event()  # stop, or room to lease again
        self._outcomes: list[Outcome] = []
        self._returned: list[Lease] = []  # given back, to record
        self._settle_needed = asyncio.Event()
        self._turn = asyncio.Lock()  # one transaction of this sender's at a time
        self._window = _Window(max(1, math.floor(pacing.rate)))
        self._start_by = timedelta(seconds=pacing.request_timeout + pacing.lease_ttl / 2)
        self._reach = min(pacing.horizon, pacing.lease_ttl / 4)  # lease what starts by then
        # with sends waiting, lease no fewer at a time: a lease transaction costs a few ms
        self._batch = max(1, min(self._capacity // 4, int(self._reach / pacing.spacing) // 2))
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
        relay = asyncio.create_task(self._wake_on(stop))
        try:
            while not stop.is_set():
                try:
                    wait = await self._lease_into(ahead)
                except Exception:  # the database or the network hiccuped: try again soon
                    log.exception("outbox lease failed; retrying")
                    wait = RETRY
                if wait > 0:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), wait)
        finally:
            relay.cancel()
            dispatcher.cancel()  # leased and not started: `release` below gives them back
            with contextlib.suppress(asyncio.CancelledError):
                await dispatcher
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            self._closing = True  # every send has its outcome now: settle them, then stop
            self._settle_needed.set()
            await settler
            async with self.db.write() as session:
                await outbox_delivery.release(session, self.owner)

    async def _wake_on(self, stop: asyncio.Event) -> None:
        await stop.wait()
        self._wake.set()

    async def _lease_into(self, ahead: asyncio.Queue[Lease]) -> float:
        """Lease the next slots onto `ahead`; returns how long to wait before leasing again."""
        self._wake.clear()
        paused = self._paused_until - asyncio.get_running_loop().time()
        if paused > 0:  # Telegram said wait (429): lease nothing that would be given back
            return min(paused, IDLE_POLL)
        free = self._capacity - self._held
        waiting = self._held - self._window.in_flight
        room = self._window.room(free, waiting, self.pacing.spacing, self._reach)
        self._room_wanted = room == free  # the connections, not the window, set the room
        if room == 0 or (room < self._batch and waiting):
            # woken when answers free connections; the window frees with time
            return IDLE_POLL if self._room_wanted else min(IDLE_POLL, self.pacing.spacing)
        leased = await self._commit(lease=room)
        self._held += len(leased.messages)
        for lease in leased.messages:
            ahead.put_nowait(lease)
        if leased.messages:
            return 0.0
        if leased.wake_at is None:
            return IDLE_POLL
        return min(max((leased.wake_at - self.clock.wall()).total_seconds(), 0.01), IDLE_POLL)

    async def _commit(self, lease: int = 0) -> outbox_delivery.Leased:
        """One transaction: record the outcomes waiting, then lease up to `lease` more."""
        async with self._turn:
            outcomes, returned = self._outcomes, self._returned
            self._outcomes, self._returned = [], []
            try:
                async with self.db.write() as session:
                    await outbox_delivery.settle(session, outcomes)
                    await outbox_delivery.give_back(session, returned)
                    if not lease:
                        return outbox_delivery.Leased()
                    now = self.clock.wall()
                    return await outbox_delivery.lease(
                        session, self.owner, self.pacing, now, lease
                    )
            except BaseException:
                self._outcomes[:0], self._returned[:0] = outcomes, returned
                raise

    async def _dispatch(self, ahead: asyncio.Queue[Lease]) -> None:
        """Start each leased send at its slot, never closer to the last than the spacing,
        within the rate as received (`_Window`) and in time for its lease."""
        loop = asyncio.get_running_loop()
        while True:
            lease = await ahead.get()
            offset = loop.time() - self.clock.wall().timestamp()  # wall time -> loop time
            at = max(lease.send_at.timestamp() + offset, self._last_start + self.pacing.spacing)
            if at - loop.time() > EARLY:  # sleeps are coarse: wake EARLY before the slot and
                await asyncio.sleep(at - loop.time() - EARLY)  # start what is due by then
            await self._window.turn()
            if loop.time() < self._paused_until:
                self._done(self._paused(lease))
                continue
            if self.clock.wall() > lease.until - self._start_by:
                self._give_back(lease)
                continue
            # on time, the schedule goes on from the slot; late, from now (no catching up)
            self._last_start = max(at, loop.time())
            self._window.started()
            task = asyncio.create_task(self._send(lease))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _send(self, lease: Lease) -> None:
        try:
            outcome = await self._deliver(lease)
        finally:
            self._window.answered()
        self._done(outcome)

    async def _deliver(self, lease: Lease) -> Outcome:
        try:
            message_id = await self.client.send(
                lease.chat_id, lease.text, lease.buttons, self.pacing.request_timeout, lease.media
            )
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
            return outbox_delivery.retry_outcome(lease, error.description, self.clock.wall())
        return self._outcome(lease, SENT, None, message_id)

    def _outcome(
        self, lease: Lease, status: str, error: str | None, message_id: int | None = None
    ) -> Outcome:
        now = self.clock.wall()
        return Outcome(
            lease.id, lease.chat_id, status, now, error, message_id=message_id,
            token=lease.token, relay=lease.relay,
        )  # fmt: skip

    def _paused(self, lease: Lease) -> Outcome:
        """Back to the queue until the pause ends; a 429 is pacing, not a failed attempt."""
        loop = asyncio.get_running_loop()
        wait = max(0.0, self._paused_until - loop.time())
        now = self.clock.wall()
        retry_at = now + timedelta(seconds=wait)
        return Outcome(
            lease.id, lease.chat_id, QUEUED, now, "429", retry_at, paused=True, token=lease.token
        )

    def _done(self, outcome: Outcome) -> None:
        self._outcomes.append(outcome)
        self._let_go()

    def _give_back(self, lease: Lease) -> None:
        log.warning("outbox message %d missed its lease's start time; giving it back", lease.id)
        self._returned.append(lease)
        self._let_go()

    def _let_go(self) -> None:
        """One held lease is done with: record it soon; its connection is free."""
        self._settle_needed.set()
        self._held -= 1
        if self._room_wanted and (
            self._capacity - self._held >= self._batch or self._held == self._window.in_flight
        ):
            self._wake.set()

    async def _settle_loop(self) -> None:
        """Commit outcomes as they come: whatever arrived while the last commit ran."""
        while True:
            waiting = len(self._outcomes) + len(self._returned)
            if not waiting:
                if self._closing:
                    return
                self._settle_needed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._settle_needed.wait(), 0.2)
                continue
            try:
                await self._commit()
            except Exception:
                log.exception("recording %d outbox outcomes failed; retrying", waiting)
                await asyncio.sleep(RETRY)


class _Window:
    """How many sends Telegram may have received in the last second, at most.

    Telegram counts a message when it receives it, somewhere between our start and its
    answer; requests can bunch on the way (our event loop, the network, a server that
    stopped reading for a moment). A send started at `t` can share a second of arrivals
    only with sends still in flight or answered after `t - 1`: one answered before
    arrived before `t - 1`, and any other in that second started before `t`. So a send
    starts only while those are fewer than `limit`, and no second, as received, holds
    more than `limit`, however the requests bunched.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.in_flight = 0
        self._answers: deque[float] = deque()  # loop times, the last second's
        self._answer = asyncio.Event()

    def room(self, most: int, waiting: int, spacing: float, reach: float) -> int:
        """How many more sends (up to `most`) can start within `reach` seconds, one each
        `spacing` after the `waiting` ones at the earliest, each when the window lets
        it: counting all in flight (they may be answered late), all that wait before
        it, and the answers that will still be in the second before it."""
        now = asyncio.get_running_loop().time()
        answers = list(self._answers)
        held, start = self.in_flight + waiting, now + waiting * spacing
        for more in range(most):
            allowed = self.limit - held - more - 1  # answers its second may still hold
            if allowed < 0:
                return more
            start += spacing
            if len(answers) > allowed:
                start = max(start, answers[len(answers) - allowed - 1] + 1.0)
            if start > now + reach:
                return more
        return most

    async def turn(self) -> None:
        """Return when one more send may start."""
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self._answers and self._answers[0] <= now - 1.0:
                self._answers.popleft()
            if len(self._answers) + self.in_flight < self.limit:
                return
            if self._answers:
                await asyncio.sleep(self._answers[0] + 1.0 - now)
            else:
                self._answer.clear()
                await self._answer.wait()

    def started(self) -> None:
        self.in_flight += 1

    def answered(self) -> None:
        self.in_flight -= 1
        self._answers.append(asyncio.get_running_loop().time())
        self._answer.set()


async def deliver_outbox(
    db: Database, token: str, api_url: str, clock: Clock, settings: Settings, stop: asyncio.Event
) -> None:
    """Deliver the outbox, and prune what it has kept long enough, until `stop` is set:
    what `bot.py run` does beside the updates and `bot.py outbox` does alone."""
    async with OutboxClient(token, api_url) as client:
        await asyncio.gather(
            OutboxSender(db, client, clock, pacing_from(settings)).run(stop),
            prune_outbox(db, clock, settings.outbox_retention_days, stop),
        )
