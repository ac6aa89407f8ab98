"""What an exhibitor sets for its own side of the fair, apart from the catalog feed.

The feed owns `exhibitors` and rewrites it on every sync, so an exhibitor's own
choices (how meetings are booked, how lead alerts arrive, when staff answer talks)
live in a table of their own, one row per exhibitor that changed a default.
Business hours are minutes after midnight on the fair's clock; None means the
exhibitor set none.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base, stored_enum
from bot.domain import AlertMode, BookingMode


class ExhibitorSettings(Base):
    __tablename__ = "exhibitor_settings"

    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), primary_key=True
    )
    booking_mode: Mapped[BookingMode] = mapped_column(
        stored_enum(BookingMode), default=BookingMode.INSTANT
    )
    lead_alerts: Mapped[AlertMode] = mapped_column(
        stored_enum(AlertMode), default=AlertMode.INSTANT
    )
    opens_at: Mapped[int | None] = mapped_column(SmallInteger)
    closes_at: Mapped[int | None] = mapped_column(SmallInteger)
    updated_at: Mapped[datetime]
