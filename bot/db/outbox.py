"""The outbox: every message the bot sends on its own, durable until it is delivered.

Reminders, reward notices, announcements and alerts are written here in the same
transaction as whatever caused them, and one sender per process delivers them
within Telegram's limits (see `bot.outbox_sender`). The pacing state lives here
too, so several bot processes share one global rate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base

QUEUED, SENDING, SENT, BLOCKED, FAILED = "queued", "sending", "sent", "blocked", "failed"


class OutboxMessage(Base):
    """One message to one chat.

    `status` goes queued -> sending (leased by `lease_owner` until `lease_until`,
    to be sent at `send_at`) -> sent | blocked | failed; a lease that expires
    (its process died) puts the row back to queued. `lease_token` names one lease:
    a settle counts only with the token of the lease that still holds the row.
    `dedupe_key` makes enqueueing idempotent ("reminder:2026-10-16:42" is queued once
    however often the job runs).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_due", "status", "not_before", "id"),
        # Messages by the day they were queued and their outcome, from the index (figures).
        Index("ix_outbox_created_status", "created_at", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger, index=True)
    kind: Mapped[str] = mapped_column(String(32))
    dedupe_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[Any] | None] = mapped_column(JSON)
    broadcast_id: Mapped[int | None] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    not_before: Mapped[datetime]
    send_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    lease_token: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(String(300))
    # The live talk a relayed message belongs to: once it is sent, `settle` records
    # the id Telegram gave it (`telegram_message_id`) under that talk
    # (`relayed_messages`), so a reply to it is routed there.
    thread_id: Mapped[int | None] = mapped_column(Integer)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    # Whose personal data a message to someone else carries (a lead alert or a relayed
    # message to staff holds the buyer's): /forget deletes it with their own messages.
    about_user_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    # A photo or document sent with `text` as its caption: [kind, file_id].
    media: Mapped[list[str] | None] = mapped_column(JSON)


class OutboxPace(Base):
    """The one row every sender locks to take send slots: the global schedule.

    `next_slot_at` is the first free slot of the global rate; `pause_until` is set
    when Telegram answers 429, so every process waits out `retry_after`.
    """

    __tablename__ = "outbox_pace"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    next_slot_at: Mapped[datetime]
    pause_until: Mapped[datetime]
