"""Flow state gets its own name: "conversation" is kept for talks with exhibitor staff.

The table `conversations` (where a user stands in a multi-step flow) becomes
`flow_states`, rows and all. On PostgreSQL its key and foreign key are renamed with
it, so the schema reads as if it had been created under the new name.

Revision ID: 0012_flow_state
Revises: 0011_privacy
"""

from alembic import op

revision = "0012_flow_state"
down_revision = "0011_privacy"
branch_labels = None
depends_on = None

CONSTRAINTS = ("pkey", "telegram_id_fkey")  # PostgreSQL's default names: <table>_<suffix>


def upgrade() -> None:
    _rename("conversations", "flow_states")


def downgrade() -> None:
    _rename("flow_states", "conversations")


def _rename(old: str, new: str) -> None:
    op.rename_table(old, new)
    if op.get_bind().dialect.name == "postgresql":
        for suffix in CONSTRAINTS:
            op.execute(f"ALTER TABLE {new} RENAME CONSTRAINT {old}_{suffix} TO {new}_{suffix}")
