"""Outbox rows know whose personal data they carry, so /forget finds them.

Revision ID: 0011_privacy
Revises: 0010_job_leases
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_privacy"
down_revision = "0010_job_leases"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as outbox:
        outbox.add_column(sa.Column("about_user_id", sa.BigInteger(), nullable=True))
        outbox.create_index("ix_outbox_about_user_id", ["about_user_id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as outbox:
        outbox.drop_index("ix_outbox_about_user_id")
        outbox.drop_column("about_user_id")
