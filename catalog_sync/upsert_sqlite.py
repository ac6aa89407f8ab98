"""SQLite's side of the bulk writes: `?` parameters, values as sqlite3 stores them.

Instants are stored as SQLAlchemy stores them on SQLite (UTC, no offset), so
the ORM reads back what the sync wrote.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from catalog_sync import records


def params(count: int, start: int = 1) -> str:
    return ", ".join("?" * count)


def instant(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def feed_instant(text: str) -> str:
    """A feed timestamp as stored; the common `...Z` form is re-cut without parsing."""
    if len(text) == 20 and text[10] == "T" and text[19] == "Z":
        return f"{text[:10]} {text[11:19]}.000000"
    parsed = records.instant(text)
    assert parsed is not None  # records were checked before they reach the store
    return instant(parsed)


def money(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def flag(value: bool) -> int:
    return int(value)
