"""Settings: defaults, and one clear line naming a bad variable."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_URL, Settings
from bot.config_parsing import ConfigError
from tests.auxil.cli_inprocess import bot_py_blocking

ROOT = Path(__file__).resolve().parent.parent


def test_defaults() -> None:
    settings = Settings.from_env({}, env_file=None)
    assert settings.api_url == DEFAULT_API_URL
    assert settings.database_url == "sqlite+aiosqlite:///data/concierge.db"
    assert str(settings.fair_timezone) == "Asia/Shanghai"
    assert settings.fair_start <= settings.fair_end
    assert settings.bot_api_base_url == "https://api.telegram.org/bot"
    assert settings.catalog_max_page_bytes == 64 * 1024 * 1024
    assert (
        Settings.from_env(
            {"CATALOG_MAX_PAGE_BYTES": "8_000_000"}, env_file=None
        ).catalog_max_page_bytes
        == 8_000_000
    )


def test_meeting_settings_default_and_read_what_is_given() -> None:
    default = Settings.from_env({}, env_file=None)
    assert (default.meetings_per_day, default.meeting_request_hours) == (5, 24)
    given = Settings.from_env(
        {"MEETINGS_PER_DAY": "3", "MEETING_REQUEST_HOURS": "48"}, env_file=None
    )
    assert (given.meetings_per_day, given.meeting_request_hours) == (3, 48)


def test_lead_alert_settings_default_and_read_what_is_given() -> None:
    default = Settings.from_env({}, env_file=None)
    assert (default.lead_alert_interval, default.lead_digest_hours) == (60.0, 24)
    given = {"LEAD_ALERT_INTERVAL": "15", "LEAD_DIGEST_HOURS": "6"}
    settings = Settings.from_env(given, env_file=None)
    assert (settings.lead_alert_interval, settings.lead_digest_hours) == (15.0, 6)


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("FAIR_NAME=From file\nADMIN_IDS=1, 2\nFAIR_START=2026-04-15\n")
    settings = Settings.from_env({"FAIR_NAME": "From env"}, env_file=env_file)
    assert settings.fair_name == "From env"
    assert settings.admin_ids == frozenset({1, 2})
    assert settings.fair_start == date(2026, 4, 15) == settings.fair_end


def test_a_child_process_reads_the_same_settings(tmp_path: Path) -> None:
    """The catalog sync's child process gets the variables the settings came from (the
    .env file's too, which a child started elsewhere would not find), not a copy of
    this process's environment."""
    env_file = tmp_path / ".env"
    env_file.write_text("FAIR_NAME=From file\nCATALOG_API_KEY=key-from-file\n")
    settings = Settings.from_env({"ADMIN_IDS": "7"}, env_file=env_file)
    child = settings.child_environment(CATALOG_SOURCE="https://feed.example/v1")
    again = Settings.from_env(child, env_file=None)
    assert (again.fair_name, again.catalog_api_key, again.admin_ids) == (
        "From file",
        "key-from-file",
        frozenset({7}),
    )
    assert again.catalog_source == "https://feed.example/v1"
    assert "PATH" not in child  # only what the settings were read from
    assert "key-from-file" not in repr(settings)  # nor any other secret


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FAIR_TIMEZONE", "Mars/Olympus"),
        ("FAIR_START", "15/10/2026"),
        ("ADMIN_IDS", "alice,bob"),
        ("DATABASE_URL", "mysql://x"),
        ("TELEGRAM_API_URL", "ftp://example"),
        ("TELEGRAM_BOT_TOKEN", "no-colon"),
        ("BADGE_SECRET", "short"),
        ("FAIR_PHASES", "2026-10-15-2026-10-19"),
        ("FAIR_PHASES", "2026-10-15..2026-10-19,2026-10-18..2026-10-27"),
        ("FAIR_PHASES", "2026-10-19..2026-10-15"),
        ("REWARD_TIERS", "/nonexistent/rewards.toml"),
        ("REMINDER_INTERVAL", "0"),
        ("OUTBOX_RETENTION_DAYS", "0"),
        ("CATALOG_MAX_PAGE_BYTES", "1000"),
        ("CATALOG_MAX_PAGE_BYTES", "lots"),
        ("OUTBOX_REQUEST_TIMEOUT", "0.5"),
        ("UPDATE_CONCURRENCY", "0"),
        ("FLOOD_RATE", "many"),
        ("FLOOD_WINDOW", "0"),
        ("MEETINGS_PER_DAY", "0"),
        ("MEETING_REQUEST_HOURS", "a day"),
        ("MEETING_JOB_INTERVAL", "0"),
        ("LEAD_ALERT_INTERVAL", "0"),
        ("LEAD_DIGEST_HOURS", "5"),
        ("LEAD_DIGEST_HOURS", "48"),
    ],
)
def test_malformed_setting_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value}, env_file=None)


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ConfigError, match="FAIR_END"):
        Settings.from_env({"FAIR_START": "2026-10-15", "FAIR_END": "2026-10-01"}, env_file=None)


def test_run_without_token_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "run"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr


def test_help_lists_every_command(tmp_path: Path) -> None:
    result = bot_py_blocking(tmp_path, ["--help"], {})
    assert result.returncode == 0
    for command in ("run", "db", "verify-badge", "verify-reward", "redeem-reward"):
        assert command in result.stdout


def test_fair_phases_default_to_start_and_end_and_set_them_when_given() -> None:
    plain = Settings.from_env(
        {"FAIR_START": "2026-10-15", "FAIR_END": "2026-10-24"}, env_file=None
    )
    assert plain.phases == ((date(2026, 10, 15), date(2026, 10, 24)),)
    phased = Settings.from_env(
        {"FAIR_PHASES": "2026-10-15..2026-10-19, 2026-10-23..2026-10-27,2026-10-31..2026-11-04"},
        env_file=None,
    )
    assert len(phased.phases) == 3
    assert (phased.fair_start, phased.fair_end) == (date(2026, 10, 15), date(2026, 11, 4))
    with pytest.raises(ConfigError, match="FAIR_PHASES"):
        Settings.from_env(
            {"FAIR_START": "2026-10-16", "FAIR_PHASES": "2026-10-15..2026-10-19"}, env_file=None
        )


@pytest.mark.parametrize(
    "body",
    [
        "tier = [",
        '[[tier]]\nid = "a"\npoints = 1\n[tier.name]\nen = "A"',
        '[[tier]]\nid = "a"\ndays = 3\n[tier.name]\nfr = "A"',
        '[[tier]]\nid = "Bad id"\ndays = 3\n[tier.name]\nen = "A"',
    ],
)
def test_a_malformed_tier_file_names_reward_tiers(tmp_path: Path, body: str) -> None:
    path = tmp_path / "tiers.toml"
    path.write_text(body)
    with pytest.raises(ConfigError, match="REWARD_TIERS"):
        Settings.from_env({"REWARD_TIERS": str(path)}, env_file=None)


def test_the_bundled_tiers_load_with_english_fallback() -> None:
    rewards = Settings.from_env({}, env_file=None).rewards
    assert [t.id for t in rewards.tiers] == ["days3", "days5", "phase"]
    tier = rewards.tiers[0]
    assert tier.name("xx") == tier.name("en") and tier.name("ja") != tier.name("en")


def test_webhook_settings_default_to_polling_and_read_what_is_given() -> None:
    assert Settings.from_env({}, env_file=None).webhook_url is None
    settings = Settings.from_env(
        {
            "WEBHOOK_URL": "https://bot.fair.example/telegram",
            "WEBHOOK_PORT": "8443",
            "WEBHOOK_SECRET": "Abc_123-xyz",
        },
        env_file=None,
    )
    assert settings.webhook_url == "https://bot.fair.example/telegram"
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8443)
    assert settings.webhook_secret == "Abc_123-xyz"
    assert settings.webhook_max_connections == 40


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("WEBHOOK_URL", "http://bot.fair.example/telegram"),
        ("WEBHOOK_PORT", "70000"),
        ("WEBHOOK_SECRET", "has spaces"),
        ("WEBHOOK_SECRET", "x" * 257),
        ("WEBHOOK_MAX_CONNECTIONS", "101"),
    ],
)
def test_malformed_webhook_setting_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        Settings.from_env({name: value}, env_file=None)


def test_webhook_mode_requires_a_secret() -> None:
    settings = Settings.from_env({"WEBHOOK_URL": "https://bot.fair.example/tg"}, env_file=None)
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        settings.require_webhook_secret()


def test_run_in_webhook_mode_without_a_secret_prints_one_line_and_exits_2(
    tmp_path: Path,
) -> None:
    env = {"TELEGRAM_BOT_TOKEN": "123:abc", "BADGE_SECRET": "x" * 16, "PATH": "/usr/bin"}
    https, http = ["run", "--webhook", "https://bot.example/tg"], ["run", "--webhook", "http://x"]
    result = bot_py_blocking(tmp_path, https, env, clear_env=True)
    assert result.returncode == 2
    assert "WEBHOOK_SECRET is not set" in result.stderr
    bad = bot_py_blocking(tmp_path, http, env, clear_env=True)
    assert bad.returncode == 2 and "--webhook" in bad.stderr
