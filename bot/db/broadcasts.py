"""Announcements organizers send to every buyer (their messages live in the outbox).

One row per confirmed /broadcast: who wrote it, the text per language, how many
buyers it was queued for, and the message where the organizer watches it go out,
so the progress report resumes after a restart. `token` is the draft's token:
unique, so a double tap on Confirm can create one broadcast and no second.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base


class Broadcast(Base):
    """A confirmed announcement; `finished_at` is set once nothing of it is waiting."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(16), unique=True)
    author_id: Mapped[int] = mapped_column(BigInteger)
    texts: Mapped[dict[str, str]] = mapped_column(JSON)
    total: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(Integer)
    finished_at: Mapped[datetime | None]
