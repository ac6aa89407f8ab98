"""Alembic environment: runs on the connection that bot.db.migrate hands over."""

from alembic import context

from bot.db import catalog, checkin, outbox  # noqa: F401 - registers their tables
from bot.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
