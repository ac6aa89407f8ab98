"""Meetings: a buyer's booking of an exhibitor's slot, one booking per slot.

Revision ID: 0006_meetings
Revises: 0005_handoff
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_meetings"
down_revision = "0005_handoff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "telegram_id",
            sa.BigInteger(),
            sa.ForeignKey("buyers.telegram_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "slot_id",
            sa.String(64),
            sa.ForeignKey("slots.id", ondelete="SET NULL"),
            nullable=True,
            unique=True,
        ),
        sa.Column("exhibitor_id", sa.String(64), nullable=False, index=True),
        sa.Column("exhibitor_name", sa.JSON(), nullable=False),
        sa.Column("product_id", sa.String(64), nullable=True),
        sa.Column("product_name", sa.JSON(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("booked_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("meetings")
