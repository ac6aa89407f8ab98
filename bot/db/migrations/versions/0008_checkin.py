"""Check-ins, reward grants, and each buyer's reminder switch.

Revision ID: 0008_checkin
Revises: 0007_broadcasts
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_checkin"
down_revision = "0007_broadcasts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "buyer_id",
            sa.Integer(),
            sa.ForeignKey("buyers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("fair_day", sa.Date(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("buyer_id", "fair_day", name="uq_checkins_buyer_day"),
    )
    op.create_index("ix_checkins_fair_day", "checkins", ["fair_day"])
    op.create_table(
        "reward_grants",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "buyer_id",
            sa.Integer(),
            sa.ForeignKey("buyers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("award", sa.String(32), nullable=False),
        sa.Column("tier_id", sa.String(24), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("redeemed_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("buyer_id", "award", name="uq_reward_grants_buyer_award"),
    )
    with op.batch_alter_table("buyers") as buyers:
        buyers.add_column(
            sa.Column("reminders", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("buyers") as buyers:
        buyers.drop_column("reminders")
    op.drop_table("reward_grants")
    op.drop_index("ix_checkins_fair_day", "checkins")
    op.drop_table("checkins")
