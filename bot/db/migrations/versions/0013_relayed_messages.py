"""Which relayed message belongs to which talk is a table, not a "thread:N" string.

The outbox carries the talk's id (`thread_id`) instead of a `ref` to parse, and
`relayed_messages` maps each sent relay, by the id Telegram gave it, to its
talk. Relays sent before this revision keep routing: their Telegram id is in the
outbox, so they are copied into the table; queued ones get their `thread_id`.

Revision ID: 0013_relayed_messages
Revises: 0012_flow_state
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_relayed_messages"
down_revision = "0012_flow_state"
branch_labels = None
depends_on = None

PREFIX = "thread:"


def upgrade() -> None:
    op.create_table(
        "relayed_messages",
        sa.Column("chat_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("message_id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column(
            "thread_id",
            sa.Integer(),
            sa.ForeignKey("handoff_threads.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
    )
    with op.batch_alter_table("outbox") as outbox:
        outbox.add_column(sa.Column("thread_id", sa.Integer(), nullable=True))
    _talks_from_refs()
    with op.batch_alter_table("outbox") as outbox:
        outbox.drop_index("ix_outbox_sent_message")
        outbox.drop_column("ref")


def _talks_from_refs() -> None:
    """Each "thread:N" ref becomes thread_id N; sent ones, a row of relayed_messages."""
    connection = op.get_bind()
    refs = connection.execute(
        sa.text("SELECT id, ref FROM outbox WHERE ref LIKE :prefix"), {"prefix": PREFIX + "%"}
    ).all()
    talks = [
        {"row": row, "thread": int(ref[len(PREFIX) :])}
        for row, ref in refs
        if ref[len(PREFIX) :].isdigit()
    ]
    if not talks:
        return
    connection.execute(sa.text("UPDATE outbox SET thread_id = :thread WHERE id = :row"), talks)
    connection.execute(
        sa.text(
            "INSERT INTO relayed_messages (chat_id, message_id, thread_id) "
            "SELECT o.chat_id, o.telegram_message_id, MIN(o.thread_id) FROM outbox o "
            "JOIN handoff_threads t ON t.id = o.thread_id "
            "WHERE o.telegram_message_id IS NOT NULL "
            "GROUP BY o.chat_id, o.telegram_message_id"
        )
    )


def downgrade() -> None:
    with op.batch_alter_table("outbox") as outbox:
        outbox.add_column(sa.Column("ref", sa.String(64), nullable=True))
        outbox.create_index("ix_outbox_sent_message", ["chat_id", "telegram_message_id"])
    op.execute(
        f"UPDATE outbox SET ref = '{PREFIX}' || CAST(thread_id AS VARCHAR(16)) "
        "WHERE thread_id IS NOT NULL"
    )
    with op.batch_alter_table("outbox") as outbox:
        outbox.drop_column("thread_id")
    op.drop_index("ix_relayed_messages_thread_id", "relayed_messages")
    op.drop_table("relayed_messages")
