"""Applying one page to the database: one transaction with its cursor.

Each page commits together with the cursor after it, so an interrupted sync
resumes from the last committed page, and every committed state is a whole
catalog: products and slots of an unknown exhibitor are rejected, and deleting
an exhibitor deletes its products in the same transaction (ON DELETE CASCADE).
Bulk writes go straight to the driver, with the engine's own statements and value
forms from upsert_sqlite (executemany) and upsert_postgres (COPY).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from typing import Any

import msgspec
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.engine import Database
from bot.search.catalog_index import IndexFeed
from bot.search.index import english_name
from bot.search.index_worker import DocFields
from catalog_sync import bulk_load, upsert_postgres, upsert_sqlite
from catalog_sync.pages import Page
from catalog_sync.records import Rejected, instant

TABLES = {
    "categories": "categories",
    "exhibitors": "exhibitors",
    "products": "products",
    "availability": "slots",
}
COLUMNS = {
    "categories": ("id", "parent_id", "position", "name", "updated_at", "sync_run"),
    "exhibitors": (
        "id", "name", "country", "province", "hall", "booth", "phase", "description",
        "main_products", "meetings", "chat", "logo_url", "updated_at", "sync_run",
    ),
    "products": (
        "id", "exhibitor_id", "category_id", "name", "description", "keywords", "price_min",
        "price_max", "currency", "moq", "moq_unit", "images", "certifications", "updated_at",
        "sync_run",
    ),
    "availability": ("id", "exhibitor_id", "starts_at", "ends_at", "updated_at", "sync_run"),
}  # fmt: skip
_json = msgspec.json.encode


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    dropped: list[Rejected] = field(default_factory=list)  # image values left out

    def add(self, other: Counts) -> None:
        self.added += other.added
        self.updated += other.updated
        self.deleted += other.deleted
        self.unchanged += other.unchanged
        self.rejected.extend(other.rejected)
        self.dropped.extend(other.dropped)


class Store:
    """Writes pages of one sync run (`run_id`) into the catalog tables."""

    def __init__(
        self, db: Database, run_id: int, full: bool, index: IndexFeed | None = None
    ) -> None:
        self.db, self.run_id, self.full = db, run_id, full
        # Where committed products go to be indexed during the run, if anywhere; with
        # their exhibitors' English names and provinces, read once each.
        self.index = index
        self.hosts: dict[str, tuple[str, str | None]] = {}
        # Kinds whose first page was seen, and those of them loaded into an empty table
        # without its secondary indexes (`bulk_load`), until `kind_done`.
        self.started: set[str] = set()
        self.unindexed: set[str] = set()
        # What the search index must drop after this run: rows deleted by
        # tombstones, by id; a full run's sweep deletes ids nobody collected.
        self.deleted: dict[str, list[str]] = {"products": [], "exhibitors": []}
        self.swept = False
        self.sql: ModuleType = upsert_sqlite if db.is_sqlite else upsert_postgres

    async def apply(
        self,
        kind: str,
        page: Page,
        source: str,
        cursor: str | None,
        etag: str | None,
        now: datetime,
    ) -> Counts:
        counts = Counts(rejected=list(page.rejected), dropped=list(page.dropped))
        table = TABLES[kind]
        async with self.db.write() as session:
            conn = await session.connection()
            if kind not in self.started:
                self.started.add(kind)
                if await bulk_load.drop_if_empty(conn, kind):
                    self.unindexed.add(kind)
            records = {r.id: r for r in page.records}
            gone = []
            for tombstone in page.tombstones:
                record = records.get(tombstone.id)
                if record is None or _not_before(tombstone.updated_at, record.updated_at):
                    records.pop(tombstone.id, None)
                    gone.append(tombstone.id)
            if kind in ("products", "availability"):
                records = await self._known_exhibitors(conn, records, counts)
            stored = await self._stored(conn, table, list(records))
            rows, written = [], []
            for record_id, record in records.items():
                old = stored.get(record_id)
                changed = old is None or self.sql.feed_instant(record.updated_at) > old
                if old is None:
                    counts.added += 1
                elif changed:
                    counts.updated += 1
                else:
                    counts.unchanged += 1
                if changed or self.full:
                    rows.append(self._row(kind, record))
                    written.append(record)
            if rows:
                await self.sql.upsert(conn, table, COLUMNS[kind], rows)
            if gone:
                among, args = self.sql.among(gone)
                result = await conn.exec_driver_sql(f"DELETE FROM {table} WHERE id {among}", args)
                counts.deleted += max(result.rowcount, 0)
                if kind in self.deleted:
                    self.deleted[kind].extend(gone)
            await self._save_cursor(conn, kind, source, cursor, etag, now)
            if self.index is not None and kind == "products":
                await self._read_hosts(conn, {r.exhibitor_id for r in written})
        if self.index is not None:
            await self._to_index(kind, written, gone)
        return counts

    async def _to_index(self, kind: str, written: list[Any], gone: list[str]) -> None:
        """Hand a committed page's changes to the index being made (`catalog_index`)."""
        assert self.index is not None
        if kind == "products":
            hosts = self.hosts
            await self.index.upsert([_doc_fields(r, hosts[r.exhibitor_id]) for r in written])
            await self.index.remove(gone)
        elif kind == "exhibitors":
            await self.index.remove_exhibitors(gone)

    async def _read_hosts(self, conn: AsyncConnection, exhibitor_ids: set[str]) -> None:
        missing = [e for e in exhibitor_ids if e not in self.hosts]
        if not missing:
            return
        among, args = self.sql.among(missing)
        result = await conn.exec_driver_sql(
            f"SELECT id, CAST(name AS TEXT), province FROM exhibitors WHERE id {among}", args
        )
        found: list[Any] = list(result.all())
        for exhibitor_id, name, province in found:
            self.hosts[exhibitor_id] = (english_name(msgspec.json.decode(name)), province)

    async def kind_done(self, kind: str) -> None:
        """After a kind's last page: the indexes its first load went without, made again."""
        if kind in self.unindexed:
            await bulk_load.restore(self.db, [kind])
            self.unindexed.discard(kind)

    async def sweep(self, kind: str) -> int:
        """After a complete full run: delete what the feed no longer holds."""
        own = " AND origin = 'feed'" if kind == "availability" else ""  # staff's slots stay
        async with self.db.write() as session:
            conn = await session.connection()
            result = await conn.exec_driver_sql(
                f"DELETE FROM {TABLES[kind]} WHERE sync_run <> {self.sql.params(1)}{own}",
                (self.run_id,),
            )
        deleted = max(result.rowcount, 0)
        self.swept = self.swept or (deleted > 0 and kind in self.deleted)
        return deleted

    async def _known_exhibitors(
        self, conn: AsyncConnection, records: dict[str, Any], counts: Counts
    ) -> dict[str, Any]:
        wanted = list({r.exhibitor_id for r in records.values()})
        known = set(await self._ids(conn, "exhibitors", wanted))
        kept = {}
        for record_id, record in records.items():
            if record.exhibitor_id in known:
                kept[record_id] = record
            else:
                counts.rejected.append(
                    Rejected(record_id, f"unknown exhibitor {record.exhibitor_id}")
                )
        return kept

    async def _stored(self, conn: AsyncConnection, table: str, ids: list[str]) -> dict[str, Any]:
        if not ids:
            return {}
        among, args = self.sql.among(ids)
        result = await conn.exec_driver_sql(
            f"SELECT id, updated_at FROM {table} WHERE id {among}", args
        )
        return dict(result.all())  # type: ignore[arg-type]

    async def _ids(self, conn: AsyncConnection, table: str, ids: list[str]) -> list[str]:
        if not ids:
            return []
        among, args = self.sql.among(ids)
        result = await conn.exec_driver_sql(f"SELECT id FROM {table} WHERE id {among}", args)
        return [row[0] for row in result.all()]

    def _row(self, kind: str, r: Any) -> tuple[Any, ...]:
        return ROW_BUILDERS[kind](self.sql, r, self.run_id)

    async def _save_cursor(
        self,
        conn: AsyncConnection,
        kind: str,
        source: str,
        cursor: str | None,
        etag: str | None,
        now: datetime,
    ) -> None:
        sql = self.sql
        await conn.exec_driver_sql(
            f"INSERT INTO sync_cursors (kind, source, cursor, etag, updated_at) "
            f"VALUES ({sql.params(5)}) ON CONFLICT (kind) DO UPDATE SET "
            "source = excluded.source, cursor = excluded.cursor, etag = excluded.etag, "
            "updated_at = excluded.updated_at",
            (kind, source, cursor, etag, sql.instant(now)),
        )


def _text(value: Any) -> str:
    return _json(value).decode()


def _category(sql: ModuleType, r: Any, run: int) -> tuple[Any, ...]:
    return (r.id, r.parent_id, r.position, _text(r.name), sql.feed_instant(r.updated_at), run)


def _exhibitor(sql: ModuleType, r: Any, run: int) -> tuple[Any, ...]:
    return (
        r.id, _text(r.name), r.country, r.province, r.hall, r.booth, r.phase,
        _text(r.description), _text(r.main_products), sql.flag(r.meetings), sql.flag(r.chat),
        r.logo_url, sql.feed_instant(r.updated_at), run,
    )  # fmt: skip


def _product(sql: ModuleType, r: Any, run: int) -> tuple[Any, ...]:
    price, moq = r.price, r.moq
    return (
        r.id, r.exhibitor_id, r.category_id, _text(r.name), _text(r.description),
        _text(r.keywords),
        sql.money(price.min) if price else None, sql.money(price.max) if price else None,
        price.currency if price else None,
        moq.quantity if moq else None, moq.unit if moq else None,
        _text(r.images), _text(r.certifications), sql.feed_instant(r.updated_at), run,
    )  # fmt: skip


def _slot(sql: ModuleType, r: Any, run: int) -> tuple[Any, ...]:
    return (
        r.id, r.exhibitor_id, sql.feed_instant(r.starts_at), sql.feed_instant(r.ends_at),
        sql.feed_instant(r.updated_at), run,
    )  # fmt: skip


ROW_BUILDERS: dict[str, Callable[[ModuleType, Any, int], tuple[Any, ...]]] = {
    "categories": _category,
    "exhibitors": _exhibitor,
    "products": _product,
    "availability": _slot,
}


def _doc_fields(r: Any, host: tuple[str, str | None]) -> DocFields:
    """A product record's search document, as `catalog_index` reads one from the database."""
    price, moq = r.price, r.moq
    return (
        r.id, r.exhibitor_id, r.category_id, r.name, r.keywords,
        float(price.min) if price else None, price.currency if price else None,
        moq.quantity if moq else None, host[1], host[0],
    )  # fmt: skip


def _not_before(first: str, second: str) -> bool:
    """Whether feed timestamp `first` is at or after `second` (both valid: the page
    parser rejected records without one)."""
    one, two = instant(first), instant(second)
    assert one is not None and two is not None
    return one >= two
