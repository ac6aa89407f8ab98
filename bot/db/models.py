"""SQLAlchemy 2 typed models: the tables every feature reads and writes.

The schema itself is owned by Alembic (bot/db/migrations); these classes must
match it, which a test checks by comparing the migrated schema with the models.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Telegram user ids exceed 32 bits.
TelegramId = BigInteger


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, whatever the engine.

    SQLite keeps no time zone and hands back naive values; every instant the
    bot stores is UTC, so it is stored as UTC and read back as UTC.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: take the time from the clock")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def stored_enum(kind: type[StrEnum]) -> Enum:
    """A StrEnum column stored as its values ("open"), a plain string to the database:
    a new member needs no migration of a database enum type."""
    return Enum(kind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}


class User(Base):
    """Anyone who has written to the bot: just enough to speak their language.

    /forget deletes it too (the Telegram id is personal data); it comes back, bare,
    when they write again.
    """

    __tablename__ = "users"

    telegram_id: Mapped[int] = mapped_column(TelegramId, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(16))
    language_chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # Set when Telegram says the user blocked the bot: nothing more is sent on the
    # bot's own initiative until they write to it again.
    blocked_at: Mapped[datetime | None]


class Buyer(Base):
    """A registered buyer: the personal data /forget removes, row and all."""

    __tablename__ = "buyers"
    # Registrations by period and country, read from the index alone (the figures).
    __table_args__ = (Index("ix_buyers_registered_country", "registered_at", "country"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(
        TelegramId, ForeignKey("users.telegram_id", ondelete="CASCADE"), unique=True
    )
    buyer_code: Mapped[str] = mapped_column(String(16), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str] = mapped_column(String(64))
    email: Mapped[str] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    interests: Mapped[list[str]] = mapped_column(JSON)
    consent_share: Mapped[bool] = mapped_column(Boolean)
    # Check-in reminders and the countdown notice; /reminders off turns both off.
    reminders: Mapped[bool] = mapped_column(Boolean, default=True)
    registered_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class FlowState(Base):
    """Where a user stands in a multi-step flow, so a restart loses no one's place.

    `token` changes whenever a flow starts again; buttons carry it, which is how
    a button from an older message is recognised as stale. (Talks with exhibitor
    staff are conversations: `bot.db.handoff`'s threads, not this.)
    """

    __tablename__ = "flow_states"

    telegram_id: Mapped[int] = mapped_column(
        TelegramId,
        ForeignKey("users.telegram_id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    flow: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    token: Mapped[str] = mapped_column(String(8))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]
