"""`python bot.py run` as an operator starts it, pointed at a server by TELEGRAM_API_URL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.faults import Fault
from tests.auxil.cli import Run, bot_command
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.registration import MARIA, fill_until_summary
from tests.auxil.talk import Talk


@asynccontextmanager
async def bot_run(double: BotApiDouble, deps: Deps, cwd: Path, token: str) -> AsyncIterator[Run]:
    """`bot.py run` polling the double, from its first getUpdates until SIGTERM ends it."""
    async with bot_command("run", deps, double.url, token, cwd) as run:
        async with asyncio.timeout(30):
            while not double.calls("getUpdates"):
                await asyncio.sleep(0.05)
        yield run


async def test_run_registers_a_buyer_and_stops_on_sigterm(
    double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    async with bot_run(double, deps, tmp_path, TOKEN) as run:
        talk = Talk(double, deps, user_id=5001, first_name="Maria", language_code="pt-BR")
        await fill_until_summary(talk, *MARIA)
        await talk.tap("✅ Confirm")
        await talk.expect("You are registered.")
        await talk.expect_photo()
    assert run.process.returncode == 0, run.output
    assert "Traceback" not in run.output


async def test_run_never_logs_the_token_and_names_the_api_root(deps: Deps, tmp_path: Path) -> None:
    """A realistic token, and a server whose refusals quote it: none of it reaches the log."""
    token = "7432198765:AAEhBOweik6ad6PsWZRcXUgYVzbHs9Fj3x8"
    double = BotApiDouble(token=token)
    await double.start()
    for method in ("setMyCommands", "sendMessage"):
        refusal = f"Bad Request: the proxy refused /bot{token}/{method}"
        double.inject(Fault(method, status=400, description=refusal))
    try:
        async with bot_run(double, deps, tmp_path, token) as run:
            talk = Talk(double, deps, user_id=5002, first_name="Ivo", language_code="en")
            await talk.command("start")  # its reply is refused: the error handler logs why
            await talk.expect("Sorry, something went wrong on our side.")
    finally:
        await double.stop()
    output = run.output
    assert run.process.returncode == 0, output
    assert f"is polling {double.url}\n" in output, output
    assert "Traceback" in output and "proxy refused /bot7432198765:" in output, output
    # python-telegram-bot lowercases a refusal's text: the token must not appear in any case
    assert token.split(":")[1].lower() not in output.lower(), output
