"""`python bot.py demo` as a person runs it: prints the address, serves, stops on Ctrl-C."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp

from bench.bot_process import free_port

ROOT = Path(__file__).resolve().parent.parent


async def test_demo_command_serves_the_page_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "DEMO_PORT": str(port)}
    env.pop("BADGE_SECRET", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bot.py"), "demo", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    assert process.stdout is not None
    try:
        async with asyncio.timeout(60):
            line = b""
            while f"http://127.0.0.1:{port}".encode() not in line:
                line = await process.stdout.readline()
                assert line, "the demo exited before printing its address"
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/") as page:
                assert page.status == 200 and "data-testid" in await page.text()
            async with http.get(f"http://127.0.0.1:{port}/api/personas") as personas:
                listed = [persona["id"] for persona in await personas.json()]
                assert len(listed) == 14 and listed[-3:] == [2001, 2002, 2003]  # 3 staff
            await asyncio.sleep(3)  # the job queue runs its jobs every 2 s
    finally:
        process.send_signal(signal.SIGINT)
        try:
            # generous: a machine busy with other test processes is slow to wind down
            rest, _ = await asyncio.wait_for(process.communicate(), timeout=60)
        finally:
            if process.returncode is None:  # never left running into the next test
                process.kill()
                await process.wait()
    assert process.returncode == 0, rest.decode()
    assert b"Traceback" not in rest
    assert b"INFO apscheduler" not in rest, "the job queue's runs are not logged, only warnings"
    assert (tmp_path / "data" / "demo" / "concierge.db").exists()
