"""The catalog mirrored from the fair's feed (see docs/catalog-feed.md), and sync bookkeeping.

Texts in several languages are JSON objects keyed by language. Deleting an
exhibitor deletes its products and meeting slots (ON DELETE CASCADE), so no
reader ever meets a product whose exhibitor is gone.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    String,
    Text,
    func,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base

Texts = dict[str, str]


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    parent_id: Mapped[str | None] = mapped_column(String(64), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[Texts] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    sync_run: Mapped[int] = mapped_column(Integer)


class Exhibitor(Base):
    __tablename__ = "exhibitors"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[Texts] = mapped_column(JSON)
    country: Mapped[str] = mapped_column(String(2))
    province: Mapped[str | None] = mapped_column(String(100))
    hall: Mapped[str | None] = mapped_column(String(32))
    booth: Mapped[str | None] = mapped_column(String(32))
    phase: Mapped[int | None] = mapped_column(SmallInteger)
    description: Mapped[Texts] = mapped_column(JSON)
    main_products: Mapped[list[str]] = mapped_column(JSON)
    meetings: Mapped[bool] = mapped_column(Boolean)
    chat: Mapped[bool] = mapped_column(Boolean)
    logo_url: Mapped[str | None] = mapped_column(String(2000))
    updated_at: Mapped[datetime]
    sync_run: Mapped[int] = mapped_column(Integer)


class Product(Base):
    __tablename__ = "products"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[Texts] = mapped_column(JSON)
    description: Mapped[Texts] = mapped_column(JSON)
    keywords: Mapped[list[str]] = mapped_column(JSON)
    price_min: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    price_max: Mapped[Decimal | None] = mapped_column(Numeric(18, 4))
    currency: Mapped[str | None] = mapped_column(String(3))
    moq: Mapped[int | None] = mapped_column(Integer)
    moq_unit: Mapped[str | None] = mapped_column(String(32))
    images: Mapped[list[str]] = mapped_column(JSON)
    certifications: Mapped[list[str]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
    sync_run: Mapped[int] = mapped_column(Integer)


class Slot(Base):
    """A time an exhibitor can meet a buyer: the feed's availability, or staff's own.

    `origin` "staff" marks a slot staff added in the chat: no sync updates or sweeps
    it. `available` False takes a slot out of booking (staff's choice, kept across
    syncs: the feed does not carry it).
    """

    __tablename__ = "slots"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    sync_run: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(8), server_default="feed")
    available: Mapped[bool] = mapped_column(Boolean, server_default=true())


class SyncCursor(Base):
    """Where the last committed page of a kind ended, per source: a sync resumes there."""

    __tablename__ = "sync_cursors"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    source: Mapped[str] = mapped_column(String(2000))
    cursor: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime]


class SyncRun(Base):
    """One run of the sync job and its report, for the organizers' figures."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(2000))
    full: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(16))
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]


class SavedProduct(Base):
    """A product a buyer saved; it goes when the product leaves the catalog."""

    __tablename__ = "saved_products"

    telegram_id: Mapped[int] = mapped_column(
        BigInteger,
        ForeignKey("users.telegram_id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    product_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("products.id", ondelete="CASCADE"), primary_key=True
    )
    saved_at: Mapped[datetime]


class Search(Base):
    """One search, for figures and lead alerts; anonymous unless the buyer consented."""

    __tablename__ = "searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    language: Mapped[str] = mapped_column(String(16))
    query: Mapped[str] = mapped_column(String(256))
    results: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(index=True)


# The searches of one query (as the figures compare queries) in a period: whether at
# least 5 buyers searched it is read here before the query is shown.
Index("ix_searches_query_key", func.lower(func.trim(Search.query)), Search.created_at)
