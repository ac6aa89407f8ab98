"""Reward tiers: what a buyer earns for checking in, read from a TOML file.

The organizer edits the tiers, not the code: `bot/rewards.toml` is bundled and
REWARD_TIERS points at another file (format in docs/rewards.md). A tier is
reached either after `days` fair days checked in (in total, any phase), or by
checking in on every day of one phase (`every_day_of_phase = true`, earned
once per phase). Names and descriptions are per language with English as the
fallback, so a tier file need not keep pace with every shipped locale.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_TIERS = Path(__file__).resolve().parent / "rewards.toml"
_ID = re.compile(r"^[a-z0-9_]{1,24}$")


@dataclass(frozen=True)
class Tier:
    """One reward tier; `days` is None for an every-day-of-a-phase tier."""

    id: str
    days: int | None
    points: int
    names: dict[str, str]
    descriptions: dict[str, str]

    @property
    def per_phase(self) -> bool:
        return self.days is None

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def description(self, language: str) -> str:
        return self.descriptions.get(language) or self.descriptions.get("en", "")


@dataclass(frozen=True)
class Rewards:
    """The whole file: points for each day checked in, and the tiers."""

    points_per_day: int
    tiers: tuple[Tier, ...]

    def by_id(self, tier_id: str) -> Tier | None:
        return next((t for t in self.tiers if t.id == tier_id), None)


def load(path: Path) -> Rewards:
    """Parse a tier file; ValueError says what is wrong, for the one-line config error."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ValueError(f"cannot read {path}: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{path} is not valid TOML: {error}") from None
    per_day = raw.get("points_per_day", 10)
    if not isinstance(per_day, int) or per_day < 0:
        raise ValueError("points_per_day must be a whole number of 0 or more")
    tiers = tuple(_tier(entry) for entry in raw.get("tier", []))
    if len({t.id for t in tiers}) != len(tiers):
        raise ValueError("two tiers share an id")
    return Rewards(per_day, tiers)


def _tier(entry: object) -> Tier:
    if not isinstance(entry, dict):
        raise ValueError("each [[tier]] must be a table")
    tier_id = entry.get("id")
    if not isinstance(tier_id, str) or not _ID.match(tier_id):
        raise ValueError(f"tier id {tier_id!r} must be 1-24 of a-z, 0-9, _")
    days = entry.get("days")
    every = entry.get("every_day_of_phase", False)
    if (days is None) == (every is not True):
        raise ValueError(f"tier {tier_id}: set either days = N or every_day_of_phase = true")
    if days is not None and (not isinstance(days, int) or days < 1):
        raise ValueError(f"tier {tier_id}: days must be a whole number of 1 or more")
    points = entry.get("points", 0)
    if not isinstance(points, int) or points < 0:
        raise ValueError(f"tier {tier_id}: points must be a whole number of 0 or more")
    names, descriptions = entry.get("name", {}), entry.get("description", {})
    if not isinstance(names, dict) or not isinstance(names.get("en"), str):
        raise ValueError(f"tier {tier_id}: name.en (the English name) is required")
    if not isinstance(descriptions, dict):
        raise ValueError(f"tier {tier_id}: description must be a table of languages")
    return Tier(
        tier_id,
        days,
        points,
        {str(k): str(v) for k, v in names.items()},
        {str(k): str(v) for k, v in descriptions.items()},
    )
