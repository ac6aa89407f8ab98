"""Every module that declares tables, imported so that `Base.metadata` holds the whole
schema (Alembic's environment and the schema test read it): a new table module is
listed here once."""

from bot.db import (  # noqa: F401 - registers their tables
    broadcasts,
    catalog,
    checkin,
    exhibitor_side,
    handoff,
    leads,
    leases,
    meetings,
    outbox,
    search_tallies,
)
from bot.db.models import Base

METADATA = Base.metadata
