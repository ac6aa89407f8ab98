"""Meeting slots staff add in the chat, and slots staff mark unavailable.

The feed's slots are swept when the feed drops them; a slot staff added
(`origin` staff) is the exhibitor's own and no sync touches it. `available`
lets staff take any slot out of booking without deleting it (a feed slot would
come back with the next sync).

Revision ID: 0018_staff_slots
Revises: 0017_live_talks
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_staff_slots"
down_revision = "0017_live_talks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("slots") as slots:
        slots.add_column(sa.Column("origin", sa.String(8), nullable=False, server_default="feed"))
        slots.add_column(
            sa.Column("available", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("slots") as slots:
        slots.drop_column("available")
        slots.drop_column("origin")
