"""Leads: what a buyer did that shows interest in an exhibitor, its score, and staff notes.

`lead_events` counts each kind of interest per (buyer, exhibitor), not each event:
a buyer paging through fifty cards is one row, so the table stays as small as the
pairs of buyer and exhibitor. `leads` keeps the score and level computed from those
counts and the staff's adjustments, so a list filtered by level pages in SQL, and
the alert bookkeeping: which alert is pending (`alert`, marked at `alert_marked_at`)
and what the last one announced and when. Every row hangs off the buyer row
(ON DELETE CASCADE), so /forget takes a buyer's leads, events and notes with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.models import Base, stored_enum
from bot.domain import InterestKind, LeadAlert, LeadLevel


class LeadEvent(Base):
    """How often, first and last, a buyer showed one kind of interest in an exhibitor."""

    __tablename__ = "lead_events"
    __table_args__ = (Index("ix_lead_events_exhibitor", "exhibitor_id", "kind"),)

    buyer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("buyers.telegram_id", ondelete="CASCADE"), primary_key=True
    )
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[InterestKind] = mapped_column(stored_enum(InterestKind), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]


class Lead(Base):
    """A buyer's interest in one exhibitor, scored (see `bot.services.leads`)."""

    __tablename__ = "leads"
    __table_args__ = (
        Index("ix_leads_exhibitor_score", "exhibitor_id", "score"),
        Index("ix_leads_exhibitor_last", "exhibitor_id", "last_at"),
        Index("ix_leads_alert", "alert", "alert_marked_at"),
    )

    buyer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("buyers.telegram_id", ondelete="CASCADE"), primary_key=True
    )
    exhibitor_id: Mapped[str] = mapped_column(
        String(64), ForeignKey("exhibitors.id", ondelete="CASCADE"), primary_key=True
    )
    score: Mapped[int] = mapped_column(Integer)
    adjustment: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[LeadLevel | None] = mapped_column(stored_enum(LeadLevel))
    first_at: Mapped[datetime]
    last_at: Mapped[datetime]
    last_kind: Mapped[InterestKind] = mapped_column(stored_enum(InterestKind))
    alert: Mapped[LeadAlert | None] = mapped_column(stored_enum(LeadAlert))
    alert_marked_at: Mapped[datetime | None]
    alerted_at: Mapped[datetime | None]
    alerted_level: Mapped[LeadLevel | None] = mapped_column(stored_enum(LeadLevel))


class LeadNote(Base):
    """A staff member's adjustment of a lead's score, with why."""

    __tablename__ = "lead_notes"
    __table_args__ = (
        ForeignKeyConstraint(
            ["buyer_id", "exhibitor_id"],
            ["leads.buyer_id", "leads.exhibitor_id"],
            ondelete="CASCADE",
        ),
        Index("ix_lead_notes_lead", "buyer_id", "exhibitor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    buyer_id: Mapped[int] = mapped_column(BigInteger)
    exhibitor_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[int] = mapped_column(BigInteger)
    delta: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
