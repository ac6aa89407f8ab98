"""Two bots on one database: a job that must run once per fair runs in one of them."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.app import build_application
from bot.db.catalog import SyncRun
from bot.deps import Deps
from bot.services import leases
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.feed import base_catalog
from tests.auxil.sync import until_finished
from tests.auxil.wait import until


def _fired(app: FairApplication, name: str) -> bool:
    """Whether the job ran once already (its next run is a whole interval away)."""
    assert app.job_queue is not None
    [job] = app.job_queue.get_jobs_by_name(name)
    return job.next_t is not None and job.next_t > datetime.now(UTC) + timedelta(seconds=30)


async def test_two_processes_run_the_scheduled_sync_once_and_one_holds_each_lease(
    deps: Deps, double: BotApiDouble, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed")
    settings = dataclasses.replace(
        deps.settings, catalog_sync_minutes=1, catalog_source=str(tmp_path / "feed")
    )
    processes = [Deps(settings, deps.clock, deps.db, deps.i18n) for _ in range(2)]
    assert processes[0].owner != processes[1].owner
    apps = [build_application(d, TOKEN, double.url) for d in processes]
    async with apps[0], apps[1]:
        for app in apps:
            await app.start()
        try:
            await until(lambda: all(_fired(app, "catalog-sync") for app in apps), what="syncs")
            await until_finished(deps)
        finally:
            for app in apps:
                await app.stop()
    async with deps.db.read() as session:
        runs = (await session.execute(select(func.count()).select_from(SyncRun))).scalar_one()
        now = deps.clock.wall()
        holders = {await leases.holder(session, job, now) for job in ("catalog-sync", "reminders")}
    assert runs == 1
    assert holders <= {p.owner for p in processes} and None not in holders
