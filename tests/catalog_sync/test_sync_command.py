"""The sync from the command line, and on the running bot's schedule."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from bot.clock import Clock
from bot.db.catalog import Product
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import SyncFailed, sync
from tests.auxil.cli_inprocess import Result, bot_py
from tests.auxil.feed import base_catalog, exhibitor, product, write
from tests.auxil.running import running_bot
from tests.auxil.sync import finished
from tests.auxil.talk import Talk

ROOT = Path(__file__).resolve().parents[2]


async def _products(deps: Deps) -> int:
    async with deps.db.read() as session:
        return int((await session.execute(select(func.count()).select_from(Product))).scalar_one())


async def _bot_py(deps: Deps, *args: str) -> Result:
    return await bot_py(ROOT, *args, env={"DATABASE_URL": deps.db.url})


async def test_sync_command_reports_each_kind(deps: Deps, tmp_path: Path) -> None:
    base_catalog(tmp_path / "feed")
    first = await _bot_py(deps, "sync", "--source", str(tmp_path / "feed"))
    assert first.returncode == 0, first.stderr
    for kind in ("categories", "exhibitors", "products", "availability"):
        assert f"\n{kind}: " in "\n" + first.stdout
    assert "products: 25 added, 0 updated, 0 deleted, 0 unchanged, 0 rejected" in first.stdout
    write(tmp_path / "feed", "products", [product(n, 1, n) for n in range(3)])
    full = await _bot_py(deps, "sync", "--full", "--source", str(tmp_path / "feed"))
    assert full.returncode == 0
    assert "products: 0 added, 0 updated, 22 deleted, 3 unchanged" in full.stdout
    failed = await _bot_py(deps, "sync", "--source", "http://127.0.0.1:9/nothing")
    assert failed.returncode == 1 and "sync failed" in failed.stderr


async def test_demo_catalog_command_then_sync(deps: Deps, tmp_path: Path) -> None:
    out = tmp_path / "catalog"
    written = await _bot_py(
        deps, "demo-catalog", "--products", "1000", "--seed", "3", "--out", str(out)
    )
    assert written.returncode == 0, written.stderr
    synced = await _bot_py(deps, "sync", "--source", str(out))
    assert synced.returncode == 0 and "products: 1000 added" in synced.stdout, synced.stderr
    assert await _products(deps) == 1000


async def test_the_bot_syncs_on_its_schedule_and_keeps_answering(
    deps: Deps, double: BotApiDouble, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed", products=400)
    deps.settings = dataclasses.replace(
        deps.settings, catalog_source=str(tmp_path / "feed"), catalog_sync_minutes=60
    )
    async with running_bot(deps, double):
        talk = Talk(double, deps, user_id=7001, first_name="Org", language_code="en")
        started = time.monotonic()
        await talk.command("start")
        await talk.expect("Canton Fair Online")
        assert time.monotonic() - started < 2.0
        async with asyncio.timeout(60):
            while not await finished(deps):
                await asyncio.sleep(0.2)
        organizer = Talk(double, deps, user_id=900001, first_name="Org", language_code="en")
        await organizer.command("catalog")
        report = await organizer.expect("Products: 400 · Exhibitors: 2")
        assert "added: 400" in report.text
        await talk.command("catalog")
        await talk.expect("This command is for the fair's organizers.")


async def test_a_killed_sync_resumes_from_its_last_committed_page(
    deps: Deps, tmp_path: Path
) -> None:
    from catalog_sync.directory_feed import FeedFault, FeedServer

    base_catalog(tmp_path / "feed", products=12000)
    async with FeedServer(tmp_path / "feed") as server:
        server.inject(FeedFault(kind="products", delay=1.0, times=None))
        env = {**os.environ, "DATABASE_URL": deps.db.url}
        child = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "catalog_sync", "--source", server.url, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        async with asyncio.timeout(60):
            while await _products(deps) < 5000:
                await asyncio.sleep(0.05)
        child.kill()  # SIGKILL: no chance to clean up
        await child.wait()
        stored = await _products(deps)
        assert 5000 <= stored < 12000
        server.clear_faults()
        requests_before = len(server.requests)
        resumed_run = await _bot_py(deps, "sync", "--source", server.url)
        assert resumed_run.returncode == 0, resumed_run.stderr
        assert f"products: {12000 - stored} added, 0 updated" in resumed_run.stdout
        resumed = [r for r in server.requests[requests_before:] if r.kind == "products"]
        assert "cursor" in resumed[0].query
    assert await _products(deps) == 12000


async def test_catalog_shows_a_run_that_a_database_error_stopped(
    deps: Deps, double: BotApiDouble, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed")
    async with deps.db.write() as session:
        await session.execute(text("ALTER TABLE slots RENAME TO slots_gone"))
    with pytest.raises(SyncFailed, match="database error"):
        await sync(deps.db, str(tmp_path / "feed"), Clock())
    async with deps.db.write() as session:
        await session.execute(text("ALTER TABLE slots_gone RENAME TO slots"))
    async with running_bot(deps, double):
        organizer = Talk(double, deps, user_id=900001, first_name="Org", language_code="en")
        await organizer.command("catalog")
        report = await organizer.expect("Products: 25 · Exhibitors: 2")
    assert "Last sync: failed" in report.text and "Error: database error: " in report.text
    assert "slots" in report.text and "Products — added: 25" in report.text


async def test_catalog_shows_the_image_urls_a_sync_dropped(
    deps: Deps, double: BotApiDouble, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed", products=3)
    bad = product(7, 1, 7, images=["/srv/bot/.env", "https://img.example/ok.jpg", "file:///x"])
    write(tmp_path / "feed", "products", [product(n, 1, n) for n in range(3)] + [bad])
    write(tmp_path / "feed", "exhibitors", [exhibitor(1, 0), exhibitor(2, 1, logo_url="logo.png")])
    await sync(deps.db, str(tmp_path / "feed"), Clock())
    async with running_bot(deps, double):
        organizer = Talk(double, deps, user_id=900001, first_name="Org", language_code="es")
        await organizer.command("catalog")
        report = await organizer.expect("Products: {products} · Exhibitors: {exhibitors}")
    t = organizer.t
    dropped = "{kind} — image URLs dropped (not http or https): {count}"
    assert t.format(dropped, kind=t.gettext("Products"), count=2) in report.text
    assert t.format(dropped, kind=t.gettext("Exhibitors"), count=1) in report.text
