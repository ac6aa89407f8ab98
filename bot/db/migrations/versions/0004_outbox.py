"""The outbox, its pacing state, and users who blocked the bot.

Revision ID: 0004_outbox
Revises: 0003
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004_outbox"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chat_id", sa.BigInteger(), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("dedupe_key", sa.String(128), nullable=True, unique=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=True),
        sa.Column("broadcast_id", sa.Integer(), nullable=True, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), nullable=False),
        sa.Column("not_before", sa.DateTime(timezone=True), nullable=False),
        sa.Column("send_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_owner", sa.String(64), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.String(300), nullable=True),
        sa.Column("ref", sa.String(64), nullable=True),
        sa.Column("telegram_message_id", sa.BigInteger(), nullable=True),
    )
    op.create_index("ix_outbox_due", "outbox", ["status", "not_before", "id"])
    op.create_index("ix_outbox_sent_message", "outbox", ["chat_id", "telegram_message_id"])
    pace = op.create_table(
        "outbox_pace",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("next_slot_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pause_until", sa.DateTime(timezone=True), nullable=False),
    )
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    op.bulk_insert(pace, [{"id": 1, "next_slot_at": epoch, "pause_until": epoch}])
    with op.batch_alter_table("users") as users:
        users.add_column(sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users") as users:
        users.drop_column("blocked_at")
    op.drop_table("outbox_pace")
    op.drop_index("ix_outbox_sent_message", "outbox")
    op.drop_index("ix_outbox_due", "outbox")
    op.drop_table("outbox")
