"""`python bot.py demo`: the double, the real bot polling it, and the web chat, together.

Everything runs in one process on loopback: the bot reaches the double over
HTTP exactly as it reaches Telegram, with a fresh database under data/demo/.
The double fetches the demo catalog's product photos (demo.fair.invalid) from
the demo's own web server, so cards arrive with their pictures.
The demo clock is the one clock the bot reads, so the page can move it. Once the
catalog is in, staff personas are linked to two exhibitors (bot/demo/staff.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import secrets
from functools import partial
from pathlib import Path

from aiohttp import web

from bot.app import build_application, polling
from bot.clock import Clock
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.demo import staff as demo_staff
from bot.demo.dashboard import Dashboard
from bot.demo.pictures import ProductPictures
from bot.demo.server import DemoWeb
from bot.deps import Deps
from bot.i18n import I18n
from bot.services import buyers
from bot.telegram_double import BotApiDouble

log = logging.getLogger(__name__)

DEMO_TOKEN = "100000:DEMO-TOKEN"
ORGANIZER_ID = 900001
DEMO_IMAGE_HOST = "demo.fair.invalid"


def demo_settings(settings: Settings, data_dir: Path) -> Settings:
    """The operator's settings with the demo's database, an organizer, and a badge key."""
    return dataclasses.replace(
        settings,
        database_url=f"sqlite+aiosqlite:///{data_dir / 'concierge.db'}",
        admin_ids=settings.admin_ids | {ORGANIZER_ID},
        badge_secret=settings.badge_secret or secrets.token_hex(16).encode(),
        # A clock moved past 10:00 shows its reminders within seconds, not a job period later.
        reminder_interval=min(settings.reminder_interval, 2.0),
    )


async def _buyer_zone(database: Database, telegram_id: int) -> str | None:
    async with database.read() as session:
        return await buyers.timezone_of(session, telegram_id)


async def run_demo(
    settings: Settings,
    stop: asyncio.Event,
    port: int,
    data_dir: Path = Path("data/demo"),
    started: asyncio.Event | None = None,
    database: Database | None = None,
) -> None:
    """Serve the demo on 127.0.0.1:`port` until `stop` is set.

    The database is a fresh SQLite file in `data_dir` unless one is given (the
    browser tests hand over each engine's test database).
    """
    settings = demo_settings(settings, data_dir)
    if database is None:
        data_dir.mkdir(parents=True, exist_ok=True)
        for old in data_dir.glob("concierge.db*"):
            old.unlink()
        database = Database(settings.database_url)
    await migrate.upgrade(database)
    clock = Clock()
    deps = Deps(settings=settings, clock=clock, db=database, i18n=I18n(settings.locales_dir))
    # The demo catalog's photos live on demo.fair.invalid: the double fetches them from here.
    hosts = {DEMO_IMAGE_HOST: f"http://127.0.0.1:{port}"}
    double = BotApiDouble(token=DEMO_TOKEN, clock=clock.now, hosts=hosts)
    pictures = ProductPictures(database)
    page = DemoWeb(
        double, deps.i18n, clock, settings.fair_timezone, ORGANIZER_ID, pictures,
        zone_of=partial(_buyer_zone, database),
    )  # fmt: skip
    page.app.add_routes(Dashboard(deps).routes())
    runner = web.AppRunner(page.app, shutdown_timeout=1.0, access_log=None)
    try:
        await double.start()
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        async with polling(build_application(deps, DEMO_TOKEN, double.url), poll_timeout=5):
            print(f"Fair Concierge demo: open http://127.0.0.1:{port}  (Ctrl-C stops it)")
            staff = asyncio.create_task(
                demo_staff.link_when_ready(database, clock, deps.i18n, page.staff_linked)
            )
            if started is not None:
                started.set()
            await stop.wait()
            staff.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await staff
    finally:
        await runner.cleanup()
        await double.stop()
        await database.dispose()
