"""Exhibitor staff and live talks: invitations, staff links, threads, messages.

Revision ID: 0005_handoff
Revises: 0004_outbox
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_handoff"
down_revision = "0004_outbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_invites",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_by", sa.BigInteger(), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_table(
        "handoff_threads",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "buyer_id",
            sa.BigInteger(),
            sa.ForeignKey("buyers.telegram_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("product_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index(
        "uq_handoff_threads_one_live_per_buyer",
        "handoff_threads",
        ["buyer_id"],
        unique=True,
        sqlite_where=sa.text("status != 'closed'"),
        postgresql_where=sa.text("status != 'closed'"),
    )
    op.create_table(
        "staff",
        sa.Column(
            "telegram_id",
            sa.BigInteger(),
            sa.ForeignKey("users.telegram_id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "active_thread_id",
            sa.Integer(),
            sa.ForeignKey("handoff_threads.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "handoff_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "thread_id",
            sa.Integer(),
            sa.ForeignKey("handoff_threads.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("from_staff", sa.Boolean(), nullable=False),
        sa.Column("sender_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("handoff_messages")
    op.drop_table("staff")
    op.drop_index("uq_handoff_threads_one_live_per_buyer", table_name="handoff_threads")
    op.drop_table("handoff_threads")
    op.drop_table("staff_invites")
