"""Alembic environment: runs on the connection that bot.db.migrate hands over."""

from alembic import context

from bot.db import (  # noqa: F401 - registers their tables
    broadcasts,
    catalog,
    checkin,
    handoff,
    leases,
    meetings,
    outbox,
)
from bot.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
