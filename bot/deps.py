"""The long-lived services every handler and job shares, created once in main."""

from __future__ import annotations

from dataclasses import dataclass

from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.i18n import I18n


@dataclass
class Deps:
    """Settings, the clock, the database and the catalogs, handed to the Application."""

    settings: Settings
    clock: Clock
    db: Database
    i18n: I18n
