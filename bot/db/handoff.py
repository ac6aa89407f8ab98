"""Exhibitor staff and live talks between a buyer and an exhibitor's staff.

A thread goes `new` (opened from a product card) -> `waiting` (the buyer wrote;
staff are alerted) -> `open` (a staff member claimed it) -> `closed`. A partial
unique index keeps one thread that is not closed per buyer; threads hang off the
buyer row, so /forget takes the buyer's conversations with it, and with them the
record of which relayed message was whose.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base, stored_enum
from bot.domain import StaffRole, ThreadStatus

_LIVE = text(f"status != '{ThreadStatus.CLOSED.value}'")


class StaffInvite(Base):
    """A single-use invitation to become staff of an exhibitor; only its hash is kept."""

    __tablename__ = "staff_invites"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE")
    )
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_by: Mapped[int | None] = mapped_column(BigInteger)
    used_at: Mapped[datetime | None]
    role: Mapped[StaffRole] = mapped_column(stored_enum(StaffRole), default=StaffRole.AGENT)


class HandoffThread(Base):
    """A buyer's conversation with an exhibitor about one product."""

    __tablename__ = "handoff_threads"
    __table_args__ = (
        Index(
            "uq_handoff_threads_one_live_per_buyer", "buyer_id", unique=True,
            sqlite_where=_LIVE, postgresql_where=_LIVE,
        ),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    buyer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("buyers.telegram_id", ondelete="CASCADE"), index=True
    )
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[ThreadStatus] = mapped_column(stored_enum(ThreadStatus))
    owner_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    claimed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    # From the buyer's first message until a claim; escalated once past the target.
    waiting_since: Mapped[datetime | None]
    escalated_at: Mapped[datetime | None]
    # When staff first wrote in the talk: its first-response time ends here (figures).
    first_answered_at: Mapped[datetime | None]
    # The buyer's 1-5 rating of the talk once it is closed (asked once, kept once).
    rating: Mapped[int | None] = mapped_column(SmallInteger)


class Staff(Base):
    """A Telegram user linked to one exhibitor; `active_thread_id` is where their text goes."""

    __tablename__ = "staff"

    telegram_id: Mapped[int] = mapped_column(
        BigInteger,
        ForeignKey("users.telegram_id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), index=True
    )
    active_thread_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("handoff_threads.id", ondelete="SET NULL")
    )
    linked_at: Mapped[datetime]
    role: Mapped[StaffRole] = mapped_column(stored_enum(StaffRole), default=StaffRole.AGENT)
    # Whether the member takes live talks now (the staff menu's on/off).
    available: Mapped[bool] = mapped_column(Boolean, default=True)


class HandoffMessage(Base):
    """One message of a thread, kept so that staff who claim late see what was said."""

    __tablename__ = "handoff_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    thread_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("handoff_threads.id", ondelete="CASCADE"), index=True
    )
    from_staff: Mapped[bool] = mapped_column(Boolean)
    sender_id: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class RelayedMessage(Base):
    """A message the bot relayed in a thread, by the id Telegram gave it in that chat.

    A reply to it is routed to its thread. Written when the outbox records the
    sent message's id (`bot.services.outbox_delivery.settle`): only then is the id known.
    """

    __tablename__ = "relayed_messages"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    message_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    thread_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("handoff_threads.id", ondelete="CASCADE"), index=True
    )
