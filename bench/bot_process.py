"""`python bot.py run` as a child process, as deployed, with its log in a file.

Shared by the benchmarks and the end-to-end tests that run several bot processes: a
process polls (no `webhook`) or serves `run --webhook URL` on 127.0.0.1:`port`.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
POLLING = "is polling"  # the log line of a polling bot that is ready


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def health(port: int) -> tuple[int, dict[str, Any]]:
    """GET /healthz of the bot serving on `port`: the status and the JSON body."""
    url = f"http://127.0.0.1:{port}/healthz"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.json()


class BotProcess:
    """One bot process, its output in `log_path` and its working directory that file's
    folder; with `webhook`, serving that URL's updates on 127.0.0.1:`port`."""

    def __init__(
        self,
        env: dict[str, str],
        log_path: Path,
        webhook: str | None = None,
        port: int = 0,
        profile: str | None = None,
    ) -> None:
        self.env = {**os.environ, **env}
        if webhook is not None:
            self.env["WEBHOOK_PORT"] = str(port)
        self.webhook = webhook
        self.port = port
        self.log_path = log_path
        self.profile = profile  # a cProfile output file for the whole process
        self.healthy = False
        self.cpu_at_ready = 0.0  # CPU seconds the process had used when it was ready
        self._process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        profiling = ["-m", "cProfile", "-o", self.profile] if self.profile else []
        serving = ["--webhook", self.webhook] if self.webhook else []
        with self.log_path.open("wb") as log:
            self._process = await asyncio.create_subprocess_exec(
                sys.executable, *profiling, str(ROOT / "bot.py"), "run", *serving,
                cwd=self.log_path.parent, env=self.env, stdout=log, stderr=log,
            )  # fmt: skip

    async def until_ready(self, timeout: float = 60.0) -> None:
        """Wait until the bot takes updates: /healthz answers 200 (the process is up and
        reaches the database), or a polling bot has logged that it polls."""

        async def check() -> None:
            if self.webhook is None:
                self.healthy = POLLING in self.log()
                return
            with contextlib.suppress(OSError):
                self.healthy = (await health(self.port))[0] == 200

        async with asyncio.timeout(timeout):
            while not self.healthy:
                assert self._process is not None and self._process.returncode is None, self.log()
                await check()
                if not self.healthy:
                    await asyncio.sleep(0.1)
        self.cpu_at_ready = self.cpu_seconds()

    def cpu_seconds(self) -> float:
        """The CPU time (user and system) the process has used so far, from Linux's /proc:
        on a machine shared with other work, CPU per update says more than a rate."""
        assert self._process is not None
        fields = Path(f"/proc/{self._process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    async def stop(self) -> int:
        """SIGTERM, as an operator stops it; the exit code."""
        assert self._process is not None
        if self._process.returncode is None:
            self._process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self._process.wait(), timeout=30)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")
