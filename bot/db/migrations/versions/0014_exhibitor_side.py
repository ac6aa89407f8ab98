"""The exhibitor's side: its own settings, staff roles and staff availability.

`exhibitor_settings` holds what an exhibitor chooses apart from the catalog feed
(booking by request or instantly, lead alerts as they come or as a digest,
business hours). Every staff member linked so far was made by an organizer's
invitation and becomes a manager, so each exhibitor keeps someone who may invite
its agents; new invitations make agents unless they say otherwise.

Revision ID: 0014_exhibitor_side
Revises: 0013_relayed_messages
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_exhibitor_side"
down_revision = "0013_relayed_messages"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exhibitor_settings",
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("booking_mode", sa.String(16), nullable=False),
        sa.Column("lead_alerts", sa.String(16), nullable=False),
        sa.Column("opens_at", sa.SmallInteger(), nullable=True),
        sa.Column("closes_at", sa.SmallInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    with op.batch_alter_table("staff") as staff:
        staff.add_column(
            sa.Column("role", sa.String(16), nullable=False, server_default="manager")
        )
        staff.add_column(
            sa.Column("available", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table("staff") as staff:
        staff.alter_column("role", server_default=None)
        staff.alter_column("available", server_default=None)
    with op.batch_alter_table("staff_invites") as invites:
        invites.add_column(
            sa.Column("role", sa.String(16), nullable=False, server_default="manager")
        )
    with op.batch_alter_table("staff_invites") as invites:
        invites.alter_column("role", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("staff_invites") as invites:
        invites.drop_column("role")
    with op.batch_alter_table("staff") as staff:
        staff.drop_column("available")
        staff.drop_column("role")
    op.drop_table("exhibitor_settings")
