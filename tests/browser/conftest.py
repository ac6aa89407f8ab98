"""The demo served in-process, and headless Chromium (Debian's package) driven by Playwright.

Playwright cannot download its own browsers here, so the test uses /usr/bin/chromium.
Without it the browser tests are skipped with the command that installs it, except
under CI, where a missing browser is a failure.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bench.bot_process import free_port
from bot.config import Settings
from bot.db.engine import Database
from bot.demo.runner import run_demo

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update",
]  # fmt: skip


@pytest.fixture
async def demo_url(settings: Settings, database: Database, tmp_path: Path) -> AsyncIterator[str]:
    stop, started = asyncio.Event(), asyncio.Event()
    port = free_port()
    task = asyncio.create_task(
        run_demo(settings, stop, port, tmp_path / "demo", started=started, database=database)
    )
    await asyncio.wait_for(started.wait(), 30)
    yield f"http://127.0.0.1:{port}"
    stop.set()
    await asyncio.wait_for(task, 30)


@pytest.fixture
async def page(demo_url: str) -> AsyncIterator[object]:
    if not Path(CHROMIUM).exists():
        message = "Chromium is missing: apt-get update && apt-get install -y chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.async_api import async_playwright, expect

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = await browser.new_context(viewport={"width": 1280, "height": 860})
        page = await context.new_page()
        page.set_default_timeout(15_000)
        # An expectation waits as long as an action: on a loaded 2-core machine a reply
        # that edits a message can take longer than Playwright's default 5 s.
        expect.set_options(timeout=15_000)
        await page.goto(demo_url)
        yield page
        await browser.close()
