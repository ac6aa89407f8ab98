"""The long-lived services every handler and job shares, created once in main."""

from __future__ import annotations

import os
import secrets
import socket
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.i18n import I18n


def process_owner() -> str:
    """This process's name in job leases: host, pid and a random part (a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class Deps:
    """Settings, the clock, the database and the catalogs, handed to the Application;
    `owner` names this process where processes share work (job leases)."""

    settings: Settings
    clock: Clock
    db: Database
    i18n: I18n
    owner: str = field(default_factory=process_owner)
