"""Each outbox lease carries a token that its settle must match.

A lease that expired and was taken again (by another sender, or by the same one) gets
a new token, so the settle of the old lease changes nothing.

Revision ID: 0009_outbox_lease_token
Revises: 0008_checkin
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_outbox_lease_token"
down_revision = "0008_checkin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as outbox:
        outbox.add_column(sa.Column("lease_token", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as outbox:
        outbox.drop_column("lease_token")
