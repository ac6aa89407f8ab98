"""The per-user flood limit: a token bucket per user, counted as updates arrive.

A person double-taps, types fast, pages through results: a bucket of `rate`
updates that refills over `window` seconds lets all of that through. A script
sending forty updates in a second empties it: the first update over the limit
is answered once ("slow down"), the rest of the burst is dropped silently for
a window, and no other user's bucket is touched.

An update is counted once, however often it arrives: Telegram delivers an
unacknowledged webhook update again (after the database was away, say), and those
redeliveries are not the user typing.

Times are seconds of real time (the clock's wall time, not the fair's clock the
demo moves): a limit on how fast people type counts real seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Verdict(Enum):
    PASS = "pass"  # within the limit: handle it
    WARN = "warn"  # the first one over: answer "slow down" instead
    DROP = "drop"  # more of the same burst: ignore it


@dataclass
class _Bucket:
    tokens: float
    last: float
    quiet_until: float = 0.0  # excess until then is dropped without a word
    counted: int = -1  # the newest update id counted (Telegram's ids only grow)


class FloodGate:
    """Decides, per user, whether an arriving update is within `rate` per `window` s."""

    def __init__(self, rate: int, window: float) -> None:
        self.rate = rate
        self.window = window
        self._buckets: dict[int, _Bucket] = {}
        self._next_sweep = 0.0

    def admit(self, user_id: int, now: float, update_id: int | None = None) -> Verdict:
        """Count one update from `user_id` arriving at `now`; one already counted (a
        redelivery of `update_id`) passes without counting again."""
        self._sweep(now)
        bucket = self._buckets.get(user_id)
        if bucket is None:
            bucket = self._buckets[user_id] = _Bucket(float(self.rate), now)
        if update_id is not None:
            if update_id <= bucket.counted:
                return Verdict.PASS
            bucket.counted = update_id
        refill = (now - bucket.last) * self.rate / self.window
        bucket.tokens, bucket.last = min(float(self.rate), bucket.tokens + refill), now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return Verdict.PASS
        if now < bucket.quiet_until:
            return Verdict.DROP
        bucket.quiet_until = now + self.window
        return Verdict.WARN

    @property
    def tracked(self) -> int:
        """Users with a bucket in memory (those heard from within about a window)."""
        return len(self._buckets)

    def _sweep(self, now: float) -> None:
        """Forget users whose bucket has refilled, at most once a window, so the map
        holds only recent senders however many users the fair has."""
        if now < self._next_sweep:
            return
        self._next_sweep = now + self.window
        idle = [
            user
            for user, bucket in self._buckets.items()
            if now - bucket.last >= self.window and now >= bucket.quiet_until
        ]
        for user in idle:
            del self._buckets[user]
