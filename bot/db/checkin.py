"""Check-ins and the rewards they earn.

One row per buyer per fair day: the unique constraint, not the code, is what
makes a second tap, a retry or a second process unable to check in twice.
Both tables hang off the buyer and go with them on /forget.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base


class CheckIn(Base):
    """A buyer's check-in on one fair day (a date on the fair's clock)."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("buyer_id", "fair_day", name="uq_checkins_buyer_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    fair_day: Mapped[date] = mapped_column(Date)
    checked_at: Mapped[datetime]


class RewardGrant(Base):
    """A reward tier a buyer reached, and when its code was redeemed at the fair's desk.

    `award` is the tier id, with `@<phase>` for a tier earned once per phase
    ("phase@2"); it is unique per buyer, so a tier is granted once.
    """

    __tablename__ = "reward_grants"
    __table_args__ = (UniqueConstraint("buyer_id", "award", name="uq_reward_grants_buyer_award"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    buyer_id: Mapped[int] = mapped_column(ForeignKey("buyers.id", ondelete="CASCADE"))
    award: Mapped[str] = mapped_column(String(32))
    tier_id: Mapped[str] = mapped_column(String(24))
    points: Mapped[int] = mapped_column(Integer)
    granted_at: Mapped[datetime]
    redeemed_at: Mapped[datetime | None]
