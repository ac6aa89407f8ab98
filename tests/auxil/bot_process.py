"""`python bot.py run --webhook URL` as a child process, as deployed, with its log in a file."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from pathlib import Path

from tests.auxil.webhook import HOOK_URL, health

ROOT = Path(__file__).resolve().parents[2]


class BotProcess:
    """One webhook bot process serving on 127.0.0.1:`port`, its output in `log_path`."""

    def __init__(self, env: dict[str, str], port: int, log_path: Path) -> None:
        self.env = {**os.environ, **env, "WEBHOOK_PORT": str(port)}
        self.port = port
        self.log_path = log_path
        self.healthy = False
        self._process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log_path.open("wb") as log:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable, str(ROOT / "bot.py"), "run", "--webhook", HOOK_URL,
                cwd=self.log_path.parent, env=self.env, stdout=log, stderr=log,
            )  # fmt: skip

    async def until_healthy(self, timeout: float = 60.0) -> None:
        """Wait until /healthz answers 200 (the process is up and reaches the database)."""

        async def check() -> None:
            with contextlib.suppress(OSError):
                self.healthy = (await health(self.port))[0] == 200

        async with asyncio.timeout(timeout):
            while not self.healthy:
                assert self._process is not None and self._process.returncode is None, self.log()
                await check()
                if not self.healthy:
                    await asyncio.sleep(0.1)

    async def stop(self) -> int:
        """SIGTERM, as an operator stops it; the exit code."""
        assert self._process is not None
        if self._process.returncode is None:
            self._process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self._process.wait(), timeout=30)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")
