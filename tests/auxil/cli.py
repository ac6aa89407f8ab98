"""`python bot.py COMMAND` as an operator starts it, in a child process, stopped by SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.deps import Deps
from tests.auxil.environment import TEST_ENV

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    process: asyncio.subprocess.Process
    output: str = ""  # stdout and stderr, once it stopped


@asynccontextmanager
async def bot_command(
    command: str, deps: Deps, api_url: str, token: str, cwd: Path, **env: str
) -> AsyncIterator[Run]:
    """The command on the test's database and Bot API server, the test settings and `env`."""
    environ = {
        **os.environ, **TEST_ENV, **env,
        "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": api_url, "DATABASE_URL": deps.db.url,
    }  # fmt: skip
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bot.py"), command, cwd=cwd, env=environ,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    run = Run(process)
    try:
        yield run
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            # generous: a machine busy with other test processes is slow to wind down
            output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
        finally:
            if process.returncode is None:  # never left running into the next test
                process.kill()
                await process.wait()
        run.output = output.decode()
