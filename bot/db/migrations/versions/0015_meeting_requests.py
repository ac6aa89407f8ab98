"""Meeting requests: a booking an exhibitor confirms holds its slot until answered.

An exhibitor that books by confirmation gets a request, not a meeting: the row is
the same `meetings` row (so the unique `slot_id` keeps one buyer per slot, request
or not), with a `status` (requested, proposed when staff offered another time,
confirmed), the moment an unanswered request or proposal lapses, and the staff
member who answered it; and how many of its reminders (a day before, a quarter of an
hour before) are queued; after it, whether its follow-up was sent, what staff say
became of it (attended, or a no-show) and the buyer's rating. Every meeting booked so
far was booked instantly, so it is confirmed.

Revision ID: 0015_meeting_requests
Revises: 0014_exhibitor_side
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_meeting_requests"
down_revision = "0014_exhibitor_side"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as meetings:
        meetings.add_column(
            sa.Column("status", sa.String(16), nullable=False, server_default="confirmed")
        )
        meetings.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        meetings.add_column(sa.Column("answered_by", sa.BigInteger(), nullable=True))
        meetings.add_column(
            sa.Column("reminded", sa.SmallInteger(), nullable=False, server_default="0")
        )
        meetings.add_column(
            sa.Column("followed_up", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        meetings.add_column(sa.Column("outcome", sa.String(16), nullable=True))
        meetings.add_column(sa.Column("rating", sa.SmallInteger(), nullable=True))
        meetings.create_index("ix_meetings_expires_at", ["expires_at"])
    with op.batch_alter_table("meetings") as meetings:
        meetings.alter_column("status", server_default=None)
        meetings.alter_column("reminded", server_default=None)
        meetings.alter_column("followed_up", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("meetings") as meetings:
        meetings.drop_index("ix_meetings_expires_at")
        meetings.drop_column("rating")
        meetings.drop_column("outcome")
        meetings.drop_column("followed_up")
        meetings.drop_column("reminded")
        meetings.drop_column("answered_by")
        meetings.drop_column("expires_at")
        meetings.drop_column("status")
