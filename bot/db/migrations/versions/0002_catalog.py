"""The catalog: categories, exhibitors, products, meeting slots, and sync bookkeeping.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _stamp() -> list[sa.Column]:
    return [
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sync_run", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "categories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("parent_id", sa.String(64), nullable=True, index=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        *_stamp(),
    )
    op.create_table(
        "exhibitors",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("province", sa.String(100), nullable=True),
        sa.Column("hall", sa.String(32), nullable=True),
        sa.Column("booth", sa.String(32), nullable=True),
        sa.Column("phase", sa.SmallInteger(), nullable=True),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("main_products", sa.JSON(), nullable=False),
        sa.Column("meetings", sa.Boolean(), nullable=False),
        sa.Column("chat", sa.Boolean(), nullable=False),
        sa.Column("logo_url", sa.String(2000), nullable=True),
        *_stamp(),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("category_id", sa.String(64), nullable=True),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("price_min", sa.Numeric(18, 4), nullable=True),
        sa.Column("price_max", sa.Numeric(18, 4), nullable=True),
        sa.Column("currency", sa.String(3), nullable=True),
        sa.Column("moq", sa.Integer(), nullable=True),
        sa.Column("moq_unit", sa.String(32), nullable=True),
        sa.Column("images", sa.JSON(), nullable=False),
        sa.Column("certifications", sa.JSON(), nullable=False),
        *_stamp(),
    )
    op.create_table(
        "slots",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "exhibitor_id",
            sa.String(64),
            sa.ForeignKey("exhibitors.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        *_stamp(),
    )
    op.create_table(
        "sync_cursors",
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("source", sa.String(2000), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("etag", sa.String(200), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "sync_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", sa.String(2000), nullable=False),
        sa.Column("full", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    for table in ("sync_runs", "sync_cursors", "slots", "products", "exhibitors", "categories"):
        op.drop_table(table)
