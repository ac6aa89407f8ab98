"""Small helpers shared by the demo catalog's generators: JSON, instants, weighted picks.

Kept apart so that the exhibitor, product and noun-plan modules can share them
without importing one another.
"""

from __future__ import annotations

import bisect
import json
import random
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

COMMA_ZH = "\uff0c"  # fullwidth comma and colon, escaped: they look like ASCII ones
COLON_ZH = "\uff1a"
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class Instants:
    """Formats epoch seconds as `YYYY-MM-DDTHH:MM:SSZ`, caching the date part per day."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def __call__(self, ts: int) -> str:
        day, sec = divmod(ts, 86400)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = datetime.fromtimestamp(day * 86400, UTC).strftime("%Y-%m-%dT")
            self._days[day] = prefix
        hours, rest = divmod(sec, 3600)
        return f"{prefix}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}Z"


def cumulative(weights: Iterable[float]) -> list[float]:
    total, cum = 0.0, []
    for weight in weights:
        total += weight
        cum.append(total)
    return cum


def pick(rng: random.Random, items: Sequence[Any], cum: list[float]) -> Any:
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def join_cjk(parts: Iterable[str]) -> str:
    """Chinese/Japanese words run together; a space only between two Latin/digit runs."""
    out = ""
    for part in parts:
        if (
            out
            and out[-1].isascii()
            and out[-1].isalnum()
            and part[0].isascii()
            and part[0].isalnum()
        ):
            out += " "
        out += part
    return out
