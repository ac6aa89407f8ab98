"""What the figures need: when a live talk was first answered, and indexes by time.

`handoff_threads.first_answered_at` is when staff first wrote in the talk (the
first-response time is from `waiting_since` to it); it is filled for the talks
already answered from their first staff message. The indexes let the figures
read a period of the big tables (buyers, searches, the outbox) and one
exhibitor's lead events without scanning them whole.

Revision ID: 0021_figures
Revises: 0020_meeting_ids
"""

import sqlalchemy as sa
from alembic import op

revision = "0021_figures"
down_revision = "0020_meeting_ids"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_buyers_registered_at", "buyers", ["registered_at"]),
    ("ix_searches_created_at", "searches", ["created_at"]),
    ("ix_outbox_created_at", "outbox", ["created_at"]),
    ("ix_lead_events_exhibitor", "lead_events", ["exhibitor_id", "kind"]),
)


def upgrade() -> None:
    with op.batch_alter_table("handoff_threads") as threads:
        threads.add_column(sa.Column("first_answered_at", sa.DateTime(timezone=True)))
    op.execute(
        "UPDATE handoff_threads SET first_answered_at = ("
        " SELECT min(created_at) FROM handoff_messages"
        " WHERE handoff_messages.thread_id = handoff_threads.id AND handoff_messages.from_staff)"
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    with op.batch_alter_table("handoff_threads") as threads:
        threads.drop_column("first_answered_at")
