"""SQLite's side of the bulk writes: `?` parameters, values as sqlite3 stores them.

Instants are stored as SQLAlchemy stores them on SQLite (UTC, no offset), so
the ORM reads back what the sync wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal


def params(count: int, start: int = 1) -> str:
    return ", ".join("?" * count)


def instant(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def flag(value: bool) -> int:
    return int(value)
