"""Job leases: the jobs that must run once per fair, held by one process at a time.

Revision ID: 0010_job_leases
Revises: 0009_outbox_lease_token
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_job_leases"
down_revision = "0009_outbox_lease_token"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "job_leases",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("owner", sa.String(100), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("job_leases")
