"""Settings: defaults, and one clear line naming a bad variable."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.config import DEFAULT_API_URL, ConfigError, Settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults() -> None:
    settings = Settings.from_env({}, env_file=None)
    assert settings.api_url == DEFAULT_API_URL
    assert settings.database_url == "sqlite+aiosqlite:///data/concierge.db"
    assert str(settings.fair_timezone) == "Asia/Shanghai"
    assert settings.fair_start <= settings.fair_end
    assert settings.bot_api_base_url == "https://api.telegram.org/bot"


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("FAIR_NAME=From file\nADMIN_IDS=1, 2\nFAIR_START=2026-04-15\n")
    settings = Settings.from_env({"FAIR_NAME": "From env"}, env_file=env_file)
    assert settings.fair_name == "From env"
    assert settings.admin_ids == frozenset({1, 2})
    assert settings.fair_start == date(2026, 4, 15) == settings.fair_end


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


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bot.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    for command in ("run", "db", "verify-badge"):
        assert command in result.stdout
