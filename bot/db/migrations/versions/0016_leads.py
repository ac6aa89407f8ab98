"""Leads: buyers' interest in exhibitors, counted per kind, scored, with staff notes.

`lead_events` counts each kind of interest per (buyer, exhibitor); `leads` keeps
the score, the level and the alert bookkeeping; `lead_notes` the staff's
adjustments. All hang off the buyer row, so /forget deletes them.

Revision ID: 0016_leads
Revises: 0015_meeting_requests
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_leads"
down_revision = "0015_meeting_requests"
branch_labels = None
depends_on = None


def _pair() -> list[sa.Column[object]]:
    return [
        sa.Column(
            "buyer_id",
            sa.BigInteger(),
            sa.ForeignKey("buyers.telegram_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "lead_events",
        *_pair(),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "leads",
        *_pair(),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("adjustment", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(16), nullable=True),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_kind", sa.String(16), nullable=False),
        sa.Column("alert", sa.String(16), nullable=True),
        sa.Column("alert_marked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("alerted_level", sa.String(16), nullable=True),
    )
    op.create_index("ix_leads_exhibitor_score", "leads", ["exhibitor_id", "score"])
    op.create_index("ix_leads_exhibitor_last", "leads", ["exhibitor_id", "last_at"])
    op.create_index("ix_leads_alert", "leads", ["alert", "alert_marked_at"])
    op.create_table(
        "lead_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("buyer_id", sa.BigInteger(), nullable=False),
        sa.Column("exhibitor_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.BigInteger(), nullable=False),
        sa.Column("delta", sa.SmallInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["buyer_id", "exhibitor_id"],
            ["leads.buyer_id", "leads.exhibitor_id"],
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_lead_notes_lead", "lead_notes", ["buyer_id", "exhibitor_id"])


def downgrade() -> None:
    op.drop_table("lead_notes")
    op.drop_table("leads")
    op.drop_table("lead_events")
