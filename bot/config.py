"""Every setting, read once from the environment (and an optional `.env` file).

A wrong setting must stop the program at start with one line that names the
variable and what it expects, so `Settings.from_env` raises `ConfigError` and the
CLI turns it into that line and exit code 2. Nothing else reads `os.environ`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from dotenv import dotenv_values

from bot import tiers
from bot.config_parsing import (
    ConfigError,
    parse_concurrency,
    parse_connections,
    parse_database_url,
    parse_date,
    parse_days,
    parse_digest_hours,
    parse_flood_rate,
    parse_hours,
    parse_https,
    parse_ids,
    parse_interval,
    parse_lease,
    parse_minutes,
    parse_page_bytes,
    parse_per_day,
    parse_phases,
    parse_port,
    parse_products,
    parse_rate,
    parse_response_target,
    parse_secret,
    parse_timeout,
    parse_url,
    parse_zone,
    read,
)
from bot.tiers import Rewards

DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/concierge.db"

# A page of 5,000 demo products is about 3.6 MB; the cap is there to stop a runaway body.
CATALOG_MAX_PAGE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """The bot's settings; built by `from_env`, never mutated."""

    # Secrets are left out of the repr, so a settings object in a log line shows none.
    bot_token: str | None = field(repr=False)
    api_url: str
    database_url: str
    fair_name: str
    fair_timezone: ZoneInfo
    fair_start: date
    fair_end: date
    admin_ids: frozenset[int]
    badge_secret: bytes | None = field(repr=False)
    demo_port: int = 8080
    catalog_source: str | None = None
    catalog_api_key: str | None = field(default=None, repr=False)
    catalog_sync_minutes: int = 30
    catalog_max_page_bytes: int = CATALOG_MAX_PAGE_BYTES
    demo_products: int = 10_000
    outbox_rate: float = 30.0
    outbox_lease_seconds: float = 30.0
    # Days a settled outbox message (with what it said to whom) is kept: see README.
    outbox_retention_days: int = 30
    outbox_request_timeout: float = 30.0
    # The fair's phases, first and last day of each, in order; FAIR_START..FAIR_END by default.
    fair_phases: tuple[tuple[date, date], ...] = ()
    rewards: Rewards = field(default_factory=lambda: tiers.load(tiers.DEFAULT_TIERS))
    reminder_interval: float = 20.0
    # Minutes a live talk may wait unclaimed before all its exhibitor's staff are told again.
    first_response_minutes: int = 10
    # Meetings: requests or bookings a buyer may hold on one fair day, the hours staff
    # have to answer a request (and the buyer a proposal), and how often the meeting
    # jobs look for lapsed requests and due reminders.
    meetings_per_day: int = 5
    meeting_request_hours: int = 24
    meeting_job_interval: float = 60.0
    # Seconds between looks for lead alerts that waited, and hours between lead digests.
    lead_alert_interval: float = 60.0
    lead_digest_hours: int = 24
    # Webhook mode (production): Telegram POSTs updates to webhook_url, which reaches
    # this process's server on webhook_listen:webhook_port (through a proxy, usually).
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_max_connections: int = 40
    # Updates handled at once (each chat's still one at a time), and the flood limit:
    # at most flood_rate updates from one user in any flood_window seconds.
    update_concurrency: int = 64
    flood_rate: int = 20
    flood_window: float = 10.0
    locales_dir: Path = field(default=Path(__file__).resolve().parent.parent / "locales")
    # The variables these settings were read from (the .env file's under the process's),
    # for a child process that must read the same settings (`child_environment`).
    environment: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def child_environment(self, **overrides: str) -> dict[str, str]:
        """The environment of a child process (the catalog sync) that reads these same
        settings, with `overrides` on top."""
        return {**self.environment, **overrides}

    @property
    def phases(self) -> tuple[tuple[date, date], ...]:
        """The fair's phases; one from FAIR_START to FAIR_END unless FAIR_PHASES says more."""
        return self.fair_phases or ((self.fair_start, self.fair_end),)

    @property
    def secrets(self) -> tuple[str, ...]:
        """The values no log may show (see `bot.redaction`)."""
        found = (self.bot_token, self.catalog_api_key, (self.badge_secret or b"").decode())
        return tuple(secret for secret in found if secret)

    @property
    def bot_api_base_url(self) -> str:
        """The `base_url` python-telegram-bot wants: the server root plus `/bot`."""
        return f"{self.api_url}/bot"

    @property
    def bot_api_file_url(self) -> str:
        return f"{self.api_url}/file/bot"

    def require_token(self) -> str:
        """The token, which only `run` needs: other commands work without one."""
        if not self.bot_token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: expected the token BotFather gave you, "
                "like 123456789:AA..."
            )
        return self.bot_token

    def require_badge_secret(self) -> bytes:
        """The e-badge signing key: without it no badge can be issued or verified."""
        if not self.badge_secret:
            raise ConfigError(
                "BADGE_SECRET is not set: expected a random string of at least 16 characters, "
                "such as the output of: python -c 'import secrets; print(secrets.token_hex())'"
            )
        return self.badge_secret

    def require_webhook_secret(self) -> str:
        """The secret Telegram sends with every webhook request; webhook mode needs it."""
        if not self.webhook_secret:
            raise ConfigError(
                "WEBHOOK_SECRET is not set: webhook mode needs 1 to 256 characters of "
                "A-Z, a-z, 0-9, _ and -, such as: python -c 'import secrets; "
                "print(secrets.token_urlsafe(32))'"
            )
        return self.webhook_secret

    def with_webhook(self, url: str) -> Settings:
        """These settings in webhook mode at `url` (`run --webhook URL`)."""
        try:
            return replace(self, webhook_url=parse_https(url))
        except ValueError:
            expected = "expected an https:// URL"
            raise ConfigError(f"--webhook {url!r} is malformed: {expected}") from None

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env"
    ) -> Settings:
        """Read settings from `environ` (default `os.environ`) over an optional .env file."""
        values: dict[str, str] = {}
        if env_file is not None and Path(env_file).is_file():
            values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        values.update(os.environ if environ is None else environ)
        env = {k: v.strip() for k, v in values.items()}

        fair_start = read(env, "FAIR_START", parse_date, "a date like 2026-10-15", None)
        fair_end = read(env, "FAIR_END", parse_date, "a date like 2026-10-24", None)
        if fair_start is None:
            fair_start = date(2026, 10, 15)
        if fair_end is None:
            fair_end = date(2026, 10, 24) if fair_start == date(2026, 10, 15) else fair_start
        if fair_end < fair_start:
            raise ConfigError(
                f"FAIR_END={fair_end.isoformat()} is before FAIR_START={fair_start.isoformat()}: "
                "expected an end date on or after the start date"
            )
        whole_fair: tuple[tuple[date, date], ...] = ((fair_start, fair_end),)
        phases = read(
            env,
            "FAIR_PHASES",
            parse_phases,
            "ordered, non-overlapping FIRST..LAST date ranges, like "
            "2026-10-15..2026-10-19,2026-10-23..2026-10-27",
            whole_fair,
        )
        if env.get("FAIR_PHASES") and (
            (env.get("FAIR_START") and phases[0][0] != fair_start)
            or (env.get("FAIR_END") and phases[-1][1] != fair_end)
        ):
            raise ConfigError(
                "FAIR_PHASES disagrees with FAIR_START/FAIR_END: expected its first day to be "
                "FAIR_START and its last day FAIR_END (or leave those two unset)"
            )
        fair_start, fair_end = phases[0][0], phases[-1][1]
        tier_file = env.get("REWARD_TIERS") or str(tiers.DEFAULT_TIERS)
        try:
            rewards = tiers.load(Path(tier_file))
        except ValueError as error:
            raise ConfigError(f"REWARD_TIERS={tier_file!r} is malformed: {error}") from None
        secret = env.get("BADGE_SECRET") or ""
        if secret and len(secret) < 16:
            raise ConfigError("BADGE_SECRET is too short: expected at least 16 characters")
        token = env.get("TELEGRAM_BOT_TOKEN") or None
        if token is not None and ":" not in token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed: expected the token BotFather gave you, "
                "like 123456789:AA..."
            )
        return cls(
            environment=values,
            bot_token=token,
            api_url=read(env, "TELEGRAM_API_URL", parse_url, "an http(s) URL", DEFAULT_API_URL),
            database_url=read(
                env,
                "DATABASE_URL",
                parse_database_url,
                "sqlite+aiosqlite:///PATH or postgresql+asyncpg://USER@HOST/DB",
                DEFAULT_DATABASE_URL,
            ),
            fair_name=env.get("FAIR_NAME") or "Canton Fair Online",
            fair_timezone=read(
                env,
                "FAIR_TIMEZONE",
                parse_zone,
                "an IANA time zone like Asia/Shanghai",
                ZoneInfo("Asia/Shanghai"),
            ),
            fair_start=fair_start,
            fair_end=fair_end,
            admin_ids=read(
                env, "ADMIN_IDS", parse_ids, "comma-separated Telegram user ids", frozenset()
            ),
            badge_secret=secret.encode() or None,
            demo_port=read(env, "DEMO_PORT", parse_port, "a TCP port from 1 to 65535", 8080),
            catalog_source=env.get("CATALOG_SOURCE") or None,
            catalog_api_key=env.get("CATALOG_API_KEY") or None,
            catalog_sync_minutes=read(
                env, "CATALOG_SYNC_INTERVAL", parse_minutes, "whole minutes (0 turns it off)", 30
            ),
            catalog_max_page_bytes=read(
                env,
                "CATALOG_MAX_PAGE_BYTES",
                parse_page_bytes,
                "a number of bytes from 65536 to 4294967296",
                CATALOG_MAX_PAGE_BYTES,
            ),
            demo_products=read(
                env, "DEMO_PRODUCTS", parse_products, "a number from 1000 to 2000000", 10_000
            ),
            outbox_rate=read(
                env, "OUTBOX_RATE", parse_rate, "messages a second, from 1 to 1000", 30.0
            ),
            outbox_lease_seconds=read(
                env, "OUTBOX_LEASE_SECONDS", parse_lease, "seconds, from 1 to 3600", 30.0
            ),
            outbox_retention_days=read(
                env, "OUTBOX_RETENTION_DAYS", parse_days, "whole days, from 1 to 365", 30
            ),
            outbox_request_timeout=read(
                env, "OUTBOX_REQUEST_TIMEOUT", parse_timeout, "seconds, from 1 to 300", 30.0
            ),
            fair_phases=phases,
            rewards=rewards,
            reminder_interval=read(
                env, "REMINDER_INTERVAL", parse_interval, "seconds, from 0.1 to 600", 20.0
            ),
            first_response_minutes=read(
                env,
                "FIRST_RESPONSE_MINUTES",
                parse_response_target,
                "minutes, from 1 to 1440",
                10,
            ),
            meetings_per_day=read(
                env, "MEETINGS_PER_DAY", parse_per_day, "a whole number from 1 to 100", 5
            ),
            meeting_request_hours=read(
                env, "MEETING_REQUEST_HOURS", parse_hours, "whole hours, from 1 to 720", 24
            ),
            meeting_job_interval=read(
                env, "MEETING_JOB_INTERVAL", parse_interval, "seconds, from 0.1 to 600", 60.0
            ),
            lead_alert_interval=read(
                env, "LEAD_ALERT_INTERVAL", parse_interval, "seconds, from 0.1 to 600", 60.0
            ),
            lead_digest_hours=read(
                env,
                "LEAD_DIGEST_HOURS",
                parse_digest_hours,
                "hours that divide a day: 1, 2, 3, 4, 6, 8, 12 or 24",
                24,
            ),
            webhook_url=read(env, "WEBHOOK_URL", parse_https, "an https:// URL", None),
            webhook_listen=env.get("WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=read(env, "WEBHOOK_PORT", parse_port, "a TCP port from 1 to 65535", 8443),
            webhook_secret=read(
                env,
                "WEBHOOK_SECRET",
                parse_secret,
                "1 to 256 characters of A-Z, a-z, 0-9, _ and -",
                None,
            ),
            webhook_max_connections=read(
                env, "WEBHOOK_MAX_CONNECTIONS", parse_connections, "a number from 1 to 100", 40
            ),
            update_concurrency=read(
                env, "UPDATE_CONCURRENCY", parse_concurrency, "a whole number from 1 to 1024", 64
            ),
            flood_rate=read(
                env, "FLOOD_RATE", parse_flood_rate, "updates, a whole number from 1 to 1000", 20
            ),
            flood_window=read(
                env, "FLOOD_WINDOW", parse_interval, "seconds, from 0.1 to 600", 10.0
            ),
        )
