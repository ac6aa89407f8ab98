"""Meeting ids are never reused on SQLite, so an old button cannot act on a new meeting.

A request declined, withdrawn or moved is deleted, and SQLite gives a new row the
highest id plus one: a staff member's Accept from an old message (it names the
meeting by id) could then answer another buyer's request. AUTOINCREMENT makes
SQLite keep the highest id ever used, as PostgreSQL's sequence does already; the
table is rebuilt to take it, its rows and ids kept.

Revision ID: 0020_meeting_ids
Revises: 0019_meeting_sequence
"""

from alembic import op

revision = "0020_meeting_ids"
down_revision = "0019_meeting_sequence"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "meetings", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "meetings", recreate="always", table_kwargs={"sqlite_autoincrement": False}
    ):
        pass
