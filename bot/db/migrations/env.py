"""Alembic environment: runs on the connection that bot.db.migrate hands over."""

from alembic import context

from bot.db.tables import METADATA

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=METADATA,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
