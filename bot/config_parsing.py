"""How each setting's text becomes a value: one parser a shape, each raising ValueError,
which `read` turns into the one-line `ConfigError` that names the variable."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

T = TypeVar("T")

WEBHOOK_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,256}")


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable."""


def read(
    env: Mapping[str, str], name: str, parse: Callable[[str], T], expected: str, default: T
) -> T:
    raw = env.get(name, "")
    if not raw:
        return default
    try:
        return parse(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is malformed: expected {expected}") from None


def parse_date(raw: str) -> date:
    return date.fromisoformat(raw)


def parse_url(raw: str) -> str:
    if not raw.startswith(("http://", "https://")) or len(raw) < 10:
        raise ValueError(raw)
    return raw.rstrip("/")


def parse_https(raw: str) -> str:
    """Telegram delivers webhooks over HTTPS only."""
    if not raw.startswith("https://") or len(raw) < 12:
        raise ValueError(raw)
    return raw


def parse_secret(raw: str) -> str:
    """Telegram's secret_token: 1 to 256 characters of A-Z, a-z, 0-9, _ and -."""
    if not WEBHOOK_SECRET_SHAPE.fullmatch(raw):
        raise ValueError(raw)
    return raw


def parse_connections(raw: str) -> int:
    connections = int(raw)
    if not 1 <= connections <= 100:
        raise ValueError(raw)
    return connections


def parse_database_url(raw: str) -> str:
    if not raw.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
        raise ValueError(raw)
    return raw


def parse_zone(raw: str) -> ZoneInfo:
    try:
        return ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(raw) from None


def parse_port(raw: str) -> int:
    port = int(raw)
    if not 0 < port < 65536:
        raise ValueError(raw)
    return port


def parse_minutes(raw: str) -> int:
    minutes = int(raw)
    if minutes < 0:
        raise ValueError(raw)
    return minutes


def parse_response_target(raw: str) -> int:
    minutes = int(raw)
    if not 1 <= minutes <= 1440:
        raise ValueError(raw)
    return minutes


def parse_page_bytes(raw: str) -> int:
    size = int(raw.replace("_", ""))
    if not 65536 <= size <= 1 << 32:
        raise ValueError(raw)
    return size


def parse_products(raw: str) -> int:
    count = int(raw.replace("_", ""))
    if not 1000 <= count <= 2_000_000:
        raise ValueError(raw)
    return count


def parse_rate(raw: str) -> float:
    rate = float(raw)
    if not 1 <= rate <= 1000:
        raise ValueError(raw)
    return rate


def parse_interval(raw: str) -> float:
    seconds = float(raw)
    if not 0.1 <= seconds <= 600:
        raise ValueError(raw)
    return seconds


def parse_days(raw: str) -> int:
    days = int(raw)
    if not 1 <= days <= 365:
        raise ValueError(raw)
    return days


def parse_digest_hours(raw: str) -> int:
    """Hours between lead digests: a whole divisor of a day, so each day's periods repeat."""
    hours = int(raw)
    if hours not in (1, 2, 3, 4, 6, 8, 12, 24):
        raise ValueError(raw)
    return hours


def parse_concurrency(raw: str) -> int:
    return _whole(raw, 1, 1024)


def parse_flood_rate(raw: str) -> int:
    return _whole(raw, 1, 1000)


def parse_per_day(raw: str) -> int:
    return _whole(raw, 1, 100)


def parse_hours(raw: str) -> int:
    return _whole(raw, 1, 720)


def _whole(raw: str, low: int, high: int) -> int:
    number = int(raw)
    if not low <= number <= high:
        raise ValueError(raw)
    return number


def parse_phases(raw: str) -> tuple[tuple[date, date], ...]:
    """`FIRST..LAST,FIRST..LAST`: each phase ends on or after it starts, after the one before."""
    phases: list[tuple[date, date]] = []
    for part in raw.replace(" ", "").split(","):
        first, sep, last = part.partition("..")
        if not sep:
            raise ValueError(part)
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        if end < start or (phases and start <= phases[-1][1]):
            raise ValueError(part)
        phases.append((start, end))
    return tuple(phases)


def parse_lease(raw: str) -> float:
    seconds = float(raw)
    if not 1 <= seconds <= 3600:
        raise ValueError(raw)
    return seconds


def parse_timeout(raw: str) -> float:
    seconds = float(raw)
    if not 1 <= seconds <= 300:
        raise ValueError(raw)
    return seconds


def parse_ids(raw: str) -> frozenset[int]:
    return frozenset(int(part) for part in raw.replace(" ", "").split(",") if part)
