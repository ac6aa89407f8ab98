"""One sync run: every kind in order, page by page, resumable, with a report.

The next page is fetched while the current one is written, so the network and
the database work side by side. A run records itself in `sync_runs` (status,
the report per kind, the error if it failed) for the organizers' figures.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bot.clock import Clock
from bot.config import CATALOG_MAX_PAGE_BYTES
from bot.db.catalog import SyncCursor, SyncRun
from bot.db.engine import Database
from bot.search.catalog_index import IndexFeed
from catalog_sync import bulk_load
from catalog_sync.pages import MalformedPage, Page, decode, tail_cursor
from catalog_sync.records import KINDS, Rejected
from catalog_sync.sources import FeedError, Fetched, HttpFeed, RetryPolicy
from catalog_sync.store import Counts, Store

SHOWN_REJECTS = 10
FAILURE_RECORD_ATTEMPTS = 6  # about 8 s of waiting in all
PIPELINE_PAGES = 2
Progress = Callable[[str, int, int | None], None]
log = logging.getLogger(__name__)


@dataclass
class KindReport:
    kind: str
    counts: Counts = field(default_factory=Counts)
    not_modified: bool = False

    def line(self) -> str:
        """The one-line report of a kind, rejected ids included (the first few)."""
        c = self.counts
        text = (
            f"{self.kind}: {c.added} added, {c.updated} updated, {c.deleted} deleted, "
            f"{c.unchanged} unchanged, {len(c.rejected)} rejected"
        ) + _first_few(c.rejected)
        if c.dropped:
            text += f"; {len(c.dropped)} image URLs dropped" + _first_few(c.dropped)
        if self.not_modified:
            text += " (not modified)"
        return text

    def as_dict(self) -> dict[str, object]:
        c = self.counts
        return {
            "added": c.added, "updated": c.updated, "deleted": c.deleted,
            "unchanged": c.unchanged, "rejected": len(c.rejected),
            "rejected_ids": [r.id for r in c.rejected[:100]],
            "dropped_images": len(c.dropped),
        }  # fmt: skip


def _first_few(notes: list[Rejected]) -> str:
    """ ": id (reason); ..." for the first few of `notes`, and how many more."""
    if not notes:
        return ""
    shown = [f"{r.id or '?'} ({r.reason})" for r in notes[:SHOWN_REJECTS]]
    more = len(notes) - SHOWN_REJECTS
    return ": " + "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


@dataclass
class SyncReport:
    run_id: int
    kinds: list[KindReport]
    deleted_products: list[str] = field(default_factory=list)
    deleted_exhibitors: list[str] = field(default_factory=list)
    swept: bool = False

    def lines(self) -> list[str]:
        return [k.line() for k in self.kinds]


class SyncFailed(Exception):
    """The run stopped; what it committed stays, and the next run resumes from there."""

    def __init__(self, message: str, report: SyncReport) -> None:
        super().__init__(message)
        self.report = report


async def sync(
    db: Database,
    source: str,
    clock: Clock,
    *,
    api_key: str | None = None,
    full: bool = False,
    policy: RetryPolicy | None = None,
    limit: int = 5000,
    progress: Progress | None = None,
    max_page_bytes: int = CATALOG_MAX_PAGE_BYTES,
    index: IndexFeed | None = None,
) -> SyncReport:
    """Mirror the feed at `source` (a URL, or a directory of JSON Lines files); `index`
    gets the products of each committed page (see `bot.search.index_worker`)."""
    run_id = await _begin(db, source, full, clock)
    store = Store(db, run_id, full, index)
    report = SyncReport(run_id, [KindReport(kind) for kind in KINDS])
    try:
        await bulk_load.restore(db, [])  # a first load that stopped left them out
        async with _feed(source, api_key, policy, limit, max_page_bytes) as feed:
            for kind_report in report.kinds:
                await _sync_kind(feed, store, source, kind_report, clock, progress)
                await store.kind_done(kind_report.kind)
            if full:
                for kind_report in reversed(report.kinds):
                    kind_report.counts.deleted += await store.sweep(kind_report.kind)
        _deletions(report, store)
        await _finish(db, run_id, report, clock)
        return report
    except BaseException as error:
        # Whatever stopped the run (the database included), its row must not stay "running".
        _deletions(report, store)
        reason = _failure_reason(error)
        await _record_failure(db, run_id, report, clock, reason)
        if not isinstance(error, Exception):
            raise  # cancelled or interrupted: recorded, and passed on
        raise SyncFailed(reason, report) from error


def _failure_reason(error: BaseException) -> str:
    """One line an organizer can act on: the feed's own messages, a database error's
    driver message (without the statement and its thousands of parameters)."""
    if isinstance(error, ConnectionError):  # the feed's come as FeedErrors: the database's
        return f"database error: {error}"[:1000]
    if isinstance(error, FeedError | MalformedPage | OSError):
        return str(error)
    if isinstance(error, DBAPIError):
        return f"database error: {str(error.orig).strip()}"[:1000]
    if isinstance(error, SQLAlchemyError):
        return f"database error: {type(error).__name__}: {error}"[:1000]
    if isinstance(error, asyncio.CancelledError | KeyboardInterrupt):
        return "interrupted before the run finished"
    return f"internal error: {type(error).__name__}: {error}"[:1000]


def _deletions(report: SyncReport, store: Store) -> None:
    report.deleted_products = store.deleted["products"]
    report.deleted_exhibitors = store.deleted["exhibitors"]
    report.swept = store.swept


@dataclass
class _Fetched:
    """A decoded page with what the store needs to commit it."""

    page: Page
    requested: str | None
    etag: str | None


async def _sync_kind(
    feed: HttpFeed,
    store: Store,
    source: str,
    report: KindReport,
    clock: Clock,
    progress: Progress | None,
) -> None:
    """Pages flow from a reader task to the writer through a short queue.

    Decoding the next pages (Python, on this thread) overlaps with writing this
    one (SQLite releases the GIL while it works; PostgreSQL is another process).
    """
    kind = report.kind
    cursor, etag = (None, None) if store.full else await _saved_cursor(store.db, kind, source)
    queue: asyncio.Queue[_Fetched | None] = asyncio.Queue(maxsize=PIPELINE_PAGES)
    reader = asyncio.create_task(_read_pages(feed, kind, cursor, etag, queue, report))
    done = 0
    try:
        while (item := await queue.get()) is not None:
            page = item.page
            # The ETag is worth keeping only for the request that the next run repeats:
            # an empty page at the end of the feed.
            end = not page.has_more and page.next_cursor == item.requested
            counts = await store.apply(
                kind, page, source, page.next_cursor or item.requested,
                item.etag if end else None, clock.now(),
            )  # fmt: skip
            report.counts.add(counts)
            done += len(page.records) + len(page.tombstones) + len(page.rejected)
            if progress is not None:
                progress(kind, done, feed.totals.get(kind))
        await reader
    finally:
        if not reader.done():
            reader.cancel()
            with contextlib.suppress(BaseException):
                await reader


async def _read_pages(
    feed: HttpFeed,
    kind: str,
    cursor: str | None,
    etag: str | None,
    queue: asyncio.Queue[_Fetched | None],
    report: KindReport,
) -> None:
    """Fetch and decode every page after `cursor`, then a None to say it is over.

    The None comes after a failure too, so that the writer stops and finds it.
    A next cursor seen before in this run would loop forever: it fails the run.
    """
    seen = {cursor}
    try:
        fetched = await feed.fetch(kind, cursor, etag)
        while fetched.body is not None:
            page = await _decode(feed, kind, cursor, fetched)
            if page.has_more and page.next_cursor in seen:
                raise FeedError(
                    f"{kind}: the feed repeated the cursor {page.next_cursor!r} "
                    f"(after cursor {cursor!r}) instead of moving on"
                )
            seen.add(page.next_cursor)
            following = (
                asyncio.create_task(feed.fetch(kind, page.next_cursor))
                if page.has_more and page.next_cursor
                else None
            )
            await queue.put(_Fetched(page, cursor, fetched.etag))
            if following is None:
                break
            cursor, fetched = page.next_cursor, await following
        else:
            report.not_modified = True
    finally:
        task = asyncio.current_task()
        if task is None or not task.cancelling():
            await queue.put(None)


async def _decode(feed: HttpFeed, kind: str, cursor: str | None, fetched: Fetched) -> Page:
    """The page. A malformed one is fetched once more (it may be a glitch), then in
    halves, down to the single broken item, which is rejected and stepped over."""
    assert fetched.body is not None
    body, limit, retried = fetched.body, feed.limit, False
    while True:
        try:
            return decode(kind, body)
        except MalformedPage:
            pass
        if limit == 1:
            tail = tail_cursor(body)
            if tail is None:
                raise MalformedPage(f"{kind}: the page after cursor {cursor!r} is not valid JSON")
            return Page(
                rejected=[Rejected(None, f"a record after cursor {cursor!r} is not valid JSON")],
                next_cursor=tail[0],
                has_more=tail[1],
            )
        if retried:
            limit = max(1, limit // 2)
        retried = True
        await asyncio.sleep(feed.policy.backoff(0))
        retry = await feed.fetch(kind, cursor, limit=limit)
        if retry.body is None:
            raise MalformedPage(f"{kind}: the page after cursor {cursor!r} vanished (304)")
        body = retry.body


async def _saved_cursor(db: Database, kind: str, source: str) -> tuple[str | None, str | None]:
    async with db.read() as session:
        row = await session.get(SyncCursor, kind)
    if row is None or row.source != source:
        return None, None
    return row.cursor, row.etag


@contextlib.asynccontextmanager
async def _feed(
    source: str, api_key: str | None, policy: RetryPolicy | None, limit: int, max_bytes: int
) -> AsyncIterator[HttpFeed]:
    """An HTTP feed; a directory is served on loopback by the directory feed first."""
    if source.startswith(("http://", "https://")):
        feed = HttpFeed(source, api_key, policy, limit, max_page_bytes=max_bytes)
        try:
            yield feed
        finally:
            await feed.close()
        return
    from catalog_sync.directory_feed import FeedServer

    directory = Path(source)
    if not directory.is_dir():
        raise FeedError(f"{source} is neither an http(s) URL nor a directory")
    async with FeedServer(directory) as server:
        feed = HttpFeed(server.url, None, policy, limit, max_page_bytes=max_bytes)
        feed.totals = {kind: _count_lines(directory / f"{kind}.jsonl") for kind in KINDS}
        try:
            yield feed
        finally:
            await feed.close()


def _count_lines(path: Path) -> int:
    """Records in a JSON Lines file (for the progress bar); cheap even for millions."""
    if not path.exists():
        return 0
    with path.open("rb") as lines:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: lines.read(1 << 20), b""))


async def _begin(db: Database, source: str, full: bool, clock: Clock) -> int:
    async with db.write() as session:
        run = SyncRun(
            source=source, full=full, status="running", report={}, started_at=clock.now()
        )
        session.add(run)
        await session.flush()
        return run.id


async def _record_failure(
    db: Database, run_id: int, report: SyncReport, clock: Clock, reason: str
) -> None:
    """Mark the run failed, trying again for a few seconds: the database may be what failed,
    and may be back by then. If it is not, the error is logged and the row stays as it was."""
    for attempt in range(FAILURE_RECORD_ATTEMPTS):
        try:
            await _finish(db, run_id, report, clock, error=reason)
            return
        except (SQLAlchemyError, OSError) as error:
            if attempt + 1 == FAILURE_RECORD_ATTEMPTS:
                log.error("sync run %s (%s) could not be marked failed: %s", run_id, reason, error)
                return
            await asyncio.sleep(0.25 * 2**attempt)


async def _finish(
    db: Database, run_id: int, report: SyncReport, clock: Clock, error: str | None = None
) -> None:
    async with db.write() as session:
        run = await session.get(SyncRun, run_id)
        assert run is not None
        run.status = "failed" if error else "ok"
        run.error = error
        run.report = {k.kind: k.as_dict() for k in report.kinds}
        run.finished_at = clock.now()


async def last_run(db: Database) -> SyncRun | None:
    """The newest sync run, for the organizers' view."""
    async with db.read() as session:
        return (
            await session.execute(select(SyncRun).order_by(SyncRun.id.desc()).limit(1))
        ).scalar_one_or_none()
