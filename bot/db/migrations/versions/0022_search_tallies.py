"""Figures within 3 s on a fair of 200,000 buyers: the search log's tallies and covering indexes.

`search_tallies` and `search_quarters` hold the searches folded by day, language and
query, and by quarter hour (`bot.db.search_tallies`); `search_folds` has one row, how
far they are folded, starting at nothing (the first fold counts the whole log).
The buyers' and the outbox's time indexes gain the column the figures group by, so
those figures read the index alone; the searches gain an index by query, to count a
query's buyers before it is shown.

Revision ID: 0022_search_tallies
Revises: 0021_figures
"""

import sqlalchemy as sa
from alembic import op

revision = "0022_search_tallies"
down_revision = "0021_figures"
branch_labels = None
depends_on = None

# (old index, new index, table, its time column, the column added)
REPLACED = (
    ("ix_buyers_registered_at", "ix_buyers_registered_country", "buyers", "registered_at",
     "country"),
    ("ix_outbox_created_at", "ix_outbox_created_status", "outbox", "created_at", "status"),
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "search_tallies",
        sa.Column("day", sa.Date(), primary_key=True),
        sa.Column("found", sa.Boolean(), primary_key=True),
        sa.Column("language", sa.String(16), primary_key=True),
        sa.Column("query", sa.String(256), primary_key=True),
        sa.Column("searches", sa.Integer(), nullable=False),
        sa.Column("anonymous", sa.Integer(), nullable=False),
    )
    op.create_table(
        "search_quarters",
        sa.Column("quarter", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("searches", sa.Integer(), nullable=False),
    )
    folds = op.create_table(
        "search_folds",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("zone", sa.String(64), nullable=False),
        sa.Column("folded_until", sa.DateTime(timezone=True)),
    )
    op.bulk_insert(folds, [{"id": 1, "zone": "", "folded_until": None}])
    for old, new, table, column, added in REPLACED:
        op.drop_index(old, table_name=table)
        op.create_index(new, table, [column, added])
    op.create_index(
        "ix_searches_query_key", "searches", [sa.text("lower(trim(query))"), "created_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_searches_query_key", table_name="searches")
    for old, new, table, column, _ in REPLACED:
        op.drop_index(new, table_name=table)
        op.create_index(old, table, [column])
    for table in ("search_folds", "search_quarters", "search_tallies"):
        op.drop_table(table)
