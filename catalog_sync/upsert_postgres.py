"""PostgreSQL's side of the bulk writes: `$n` parameters, values as asyncpg takes them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal


def params(count: int, start: int = 1) -> str:
    return ", ".join(f"${n}" for n in range(start, start + count))


def instant(value: datetime) -> datetime:
    return value


def money(value: Decimal | None) -> Decimal | None:
    return value


def flag(value: bool) -> bool:
    return value
