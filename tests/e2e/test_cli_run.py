"""`python bot.py run` as an operator starts it, pointed at a server by TELEGRAM_API_URL."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from tests.auxil.talk import Talk
from tests.conftest import TEST_ENV
from tests.e2e.conftest import TOKEN
from tests.e2e.test_registration_flow import MARIA, _fill_until_summary

ROOT = Path(__file__).resolve().parents[2]


async def test_run_registers_a_buyer_and_stops_on_sigterm(
    double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    env = {
        **os.environ, **TEST_ENV,
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": double.url,
        "DATABASE_URL": deps.db.url,
    }  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bot.py"), "run", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:
        talk = Talk(double, deps, user_id=5001, first_name="Maria", language_code="pt-BR")
        async with asyncio.timeout(30):
            while not double.calls("getUpdates"):
                await asyncio.sleep(0.05)
        await _fill_until_summary(talk, *MARIA)
        await talk.tap("✅ Confirm")
        await talk.expect("You are registered.")
        await talk.expect_photo()
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, output.decode()
    assert b"Traceback" not in output
