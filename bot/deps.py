"""The long-lived services every handler and job shares, created once per process."""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.i18n import I18n
from bot.search.catalog_index import LiveIndex


def process_owner() -> str:
    """This process's name in job leases: host, pid and a random part (a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class Deps:
    """Settings, the clock, the database, the translations and the live search index,
    handed to the Application; `owner` names this process where processes share work
    (job leases); `api_url` is the Bot API server's root (the settings' unless the
    Application is built for another, as the demo and the tests do)."""

    settings: Settings
    clock: Clock
    db: Database
    i18n: I18n
    owner: str = field(default_factory=process_owner)
    api_url: str = ""
    index: LiveIndex = field(init=False)

    def __post_init__(self) -> None:
        self.api_url = self.api_url or self.settings.api_url
        self.index = LiveIndex(self.db)
