"""Injected misbehaviour and the request log of the directory feed server.

The sync client must survive a catalog service that is slow, down, rate
limiting or cutting answers short; tests queue :class:`FeedFault`s to make the
directory feed do exactly that for a given number of requests, and read
:class:`RequestRecord`s to check what the client sent and what it got.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog_sync.directory_index import KINDS


@dataclass(eq=False)
class FeedFault:
    """A misbehaviour for the next ``times`` requests (None: all) to ``kind`` (None: any).

    A fault is consumed by each matching request as it arrives, whatever that
    request asks; when several are pending, the oldest matching one applies.
    It first sleeps ``delay`` seconds (to provoke client timeouts), then answers
    ``status`` with a JSON error body (plus ``Retry-After: retry_after``, sent as
    "1" for a 429 without one), or else the normal answer, which ``malformed``
    turns into a 200 whose body is not JSON and ``truncate`` into a 200 whose
    connection closes halfway through the body (both even when a 304 was due).
    ``next_cursor`` makes the page claim that cursor as its next one (with
    ``has_more``), as a feed stuck in a loop would; ``padding`` adds that many
    bytes of whitespace to the page and streams it without a Content-Length, as
    an oversized page would come; ``redirect`` answers ``307`` to the same path
    and query under that base URL (before checking the API key, as a front
    proxy would). ``hits`` counts the requests it has hit so far.
    """

    kind: str | None = None
    status: int | None = None
    times: int | None = 1
    retry_after: float | None = None
    delay: float = 0.0
    malformed: bool = False
    truncate: bool = False
    next_cursor: str | None = None
    padding: int = 0
    redirect: str | None = None
    hits: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if self.kind is not None and self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r}")
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        if self.status is not None and not 400 <= self.status <= 599:
            raise ValueError("a fault's status is an error status (400-599)")

    @property
    def exhausted(self) -> bool:
        """True once the fault has hit ``times`` requests."""
        return self.times is not None and self.hits >= self.times

    def retry_after_header(self) -> str | None:
        """The ``Retry-After`` value to send with ``status`` (fractions kept: "0.5")."""
        retry_after = self.retry_after
        if retry_after is None and self.status == 429:
            retry_after = 1
        return None if retry_after is None else format(retry_after, "g")


@dataclass(frozen=True)
class RequestRecord:
    """One request as the server saw and answered it.

    ``query`` holds the query parameters, ``headers`` those of If-None-Match,
    X-API-Key, Accept-Encoding and User-Agent that were sent; ``status`` is what
    was answered (499 when the client hung up first, e.g. timing out during a
    delay); ``items`` is the number of records in the page (0 for non-200s).
    """

    kind: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int
    items: int = 0
    fault: FeedFault | None = None


class FaultQueue:
    """The pending faults, in injection order."""

    def __init__(self) -> None:
        self._faults: list[FeedFault] = []

    def add(self, fault: FeedFault) -> FeedFault:
        """Queue ``fault`` and return it."""
        self._faults.append(fault)
        return fault

    def clear(self) -> None:
        """Forget every pending fault."""
        self._faults.clear()

    def take(self, kind: str) -> FeedFault | None:
        """The fault a request to ``kind`` suffers, counted as a hit (dropped once exhausted)."""
        for fault in self._faults:
            if fault.kind in (None, kind):
                fault.hits += 1
                if fault.exhausted:
                    self._faults.remove(fault)
                return fault
        return None
