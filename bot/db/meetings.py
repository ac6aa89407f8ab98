"""Meetings buyers book in the exhibitors' slots.

One booking per slot is the database's rule (a unique `slot_id`), so two buyers
racing for a slot cannot both win whatever the engine or the number of bot
processes. A meeting keeps its own copy of when and with whom: the catalog sync
may move or delete a slot, or the whole exhibitor, and the buyer must still see
what they booked. Deleting the slot sets `slot_id` to NULL (the meeting stays,
shown as withdrawn); deleting the buyer (/forget) deletes their meetings.

With an exhibitor that confirms bookings, the row is first a request (or a
proposal of another time by its staff) that holds the slot until `expires_at`;
a request declined, withdrawn or lapsed is deleted, which frees the slot.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.catalog import Texts
from bot.db.models import Base, stored_enum
from bot.domain import MeetingOutcome, MeetingStatus


class Meeting(Base):
    __tablename__ = "meetings"
    # Buttons name a meeting by id: SQLite must never give a deleted one's id to a new one.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    telegram_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("buyers.telegram_id", ondelete="CASCADE"), index=True
    )
    slot_id: Mapped[str | None] = mapped_column(
        String(64), ForeignKey("slots.id", ondelete="SET NULL"), unique=True
    )
    exhibitor_id: Mapped[str] = mapped_column(String(64), index=True)
    exhibitor_name: Mapped[Texts] = mapped_column(JSON)
    product_id: Mapped[str | None] = mapped_column(String(64))
    product_name: Mapped[Texts | None] = mapped_column(JSON)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    booked_at: Mapped[datetime]
    status: Mapped[MeetingStatus] = mapped_column(
        stored_enum(MeetingStatus), default=MeetingStatus.CONFIRMED
    )
    # When a request or a proposal not answered by then lapses; None once confirmed.
    expires_at: Mapped[datetime | None] = mapped_column(index=True)
    # The staff member who accepted the request or proposed another time.
    answered_by: Mapped[int | None] = mapped_column(BigInteger)
    # How many of the buyer's reminders (bot.services.meeting_reminders.LEADS) are done.
    reminded: Mapped[int] = mapped_column(SmallInteger, default=0)
    # After the meeting: asked about (staff: the outcome; the buyer: a rating of 1 to 5).
    followed_up: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[MeetingOutcome | None] = mapped_column(stored_enum(MeetingOutcome))
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    # The calendar event's SEQUENCE (RFC 5545): one more with each move by the buyer, so
    # the .ics of a move replaces the invitation sent before (the UID stays the same).
    sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
