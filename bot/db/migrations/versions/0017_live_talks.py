"""Live talks keep when a buyer began waiting, when the wait was escalated and the
buyer's rating, and the outbox carries photos and documents.

A talk waits from the buyer's first message until a staff member claims it; past
the fair's first-response target it is offered again to all the exhibitor's staff,
once (`escalated_at`). Talks already waiting start their wait at their creation.
An outbox message may carry a photo or a document (`media`: its kind and file_id)
with its text as the caption: live talks relay them both ways.

Revision ID: 0017_live_talks
Revises: 0016_leads
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_live_talks"
down_revision = "0016_leads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handoff_threads") as threads:
        threads.add_column(sa.Column("waiting_since", sa.DateTime(timezone=True), nullable=True))
        threads.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
        threads.add_column(sa.Column("rating", sa.SmallInteger(), nullable=True))
    op.execute("UPDATE handoff_threads SET waiting_since = created_at WHERE status = 'waiting'")
    with op.batch_alter_table("outbox") as outbox:
        outbox.add_column(sa.Column("media", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as outbox:
        outbox.drop_column("media")
    with op.batch_alter_table("handoff_threads") as threads:
        threads.drop_column("rating")
        threads.drop_column("escalated_at")
        threads.drop_column("waiting_since")
