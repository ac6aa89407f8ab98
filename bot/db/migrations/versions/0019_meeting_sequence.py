"""A meeting's calendar SEQUENCE, so a moved meeting updates the event it was sent as.

The .ics of a meeting keeps its UID for life; a calendar replaces the event it
holds only with a higher SEQUENCE, which each move by the buyer (and then the
cancellation) takes one further.

Revision ID: 0019_meeting_sequence
Revises: 0018_staff_slots
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_meeting_sequence"
down_revision = "0018_staff_slots"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as meetings:
        meetings.add_column(
            sa.Column("sequence", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("meetings") as meetings:
        meetings.drop_column("sequence")
