"""PostgreSQL's side of the bulk writes: `$n` parameters, values as asyncpg takes them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from catalog_sync import records


def params(count: int, start: int = 1) -> str:
    return ", ".join(f"${n}" for n in range(start, start + count))


def instant(value: datetime) -> datetime:
    return value


def feed_instant(text: str) -> datetime:
    parsed = records.instant(text)
    assert parsed is not None  # records were checked before they reach the store
    return parsed


def money(value: Decimal | None) -> Decimal | None:
    return value


def flag(value: bool) -> bool:
    return value
