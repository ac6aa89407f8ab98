"""`make bench-figures`: the organizer's `/figures` over a fair of 200,000 buyers.

Issue 13 asks that `/figures` answer within 3 s with 200,000 registered buyers,
1,000,000 searches and 2,000,000 products, on SQLite and PostgreSQL: a fresh database
is filled with such a fair (`bench.figures_data`).

The search log is folded into its tallies as the bot's job does every few minutes:
timed once for the whole log (a first run on a database the bot never ran on), and
for one job run after the fair's busiest hour (10:00 to 11:00 on its last day).

Measured, on the whole fair (the period "fair so far" once the fair is over):
- the baseline, in the same run on the same database: `SELECT count(*) FROM
  searches` plus `SELECT count(*) FROM buyers`, the least any figure over these
  tables can cost;
- each figure function of `bot.services.figures_*` on its own (median of
  `--repeat` runs, after one cold run of the whole set);
- the whole set: `figure_sets.organizer` in one session, and `read_organizer`, what
  /figures reads (on PostgreSQL, 3 sessions side by side on one snapshot), and
  `figure_sets.of_exhibitor` (what a staff member's /figures reads) for the busiest
  exhibitor;
- drawing the 11 charts (`handlers.figures_views.organizer` + `bot.charts.render`,
  English), each timed here, then all handed to the worker processes at once.
Against the 3 s target: the answer, what /figures takes before its first chart is
sent (reading + the first chart drawn by a worker), and everything (reading + every
chart, drawn side by side). PostgreSQL is
ANALYZEd after the load, as autovacuum would within a minute in production.

    python -m bench.figures --buyers 200000 --searches 1000000 [--engine all]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.figures_data import ENV, FAIR_END, fill
from bench.postgres import admin, database_url
from bot.charts import pool, prepare, render
from bot.clock import Clock
from bot.config import Settings
from bot.db.catalog import Search
from bot.db.engine import Database
from bot.db.migrate import upgrade
from bot.db.models import Buyer
from bot.i18n import I18n
from bot.services import figure_sets, search_tallies
from bot.services import figures_buyers as buyers
from bot.services import figures_outbox as outbox
from bot.services import figures_searches as searches
from bot.services import figures_talks as talks
from bot.services.figures import Period
from handlers import figures_views as views

TARGET_S = 3.0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.figures")
    parser.add_argument("--buyers", type=int, default=200_000)
    parser.add_argument("--searches", type=int, default=1_000_000)
    parser.add_argument("--outbox", type=int, default=200_000, help="outbox messages")
    parser.add_argument("--products", type=int, default=2_000_000, help="no figure reads them")
    parser.add_argument("--queries", type=int, default=3_000, help="distinct queries")
    parser.add_argument("--repeat", type=int, default=3, help="runs a figure is timed over")
    parser.add_argument("--engine", choices=("sqlite", "postgres", "all"), default="all")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    server = os.environ.get("BENCH_POSTGRES_URL") or os.environ.get("TEST_POSTGRES_URL")
    if args.engine in ("sqlite", "all"):
        with tempfile.TemporaryDirectory(prefix="bench-figures-") as work:
            asyncio.run(_run("sqlite", f"sqlite+aiosqlite:///{Path(work) / 'bench.db'}", args))
    if args.engine in ("postgres", "all"):
        if not server:
            print("postgres: skipped (set BENCH_POSTGRES_URL or TEST_POSTGRES_URL)")
            return 0 if args.engine == "all" else 1
        name = f"bench_{uuid.uuid4().hex[:8]}"
        asyncio.run(admin(server, f'CREATE DATABASE "{name}"'))
        try:
            asyncio.run(_run("postgres", database_url(server, name), args))
        finally:
            asyncio.run(admin(server, f'DROP DATABASE "{name}" WITH (FORCE)'))
    return 0


async def _run(engine: str, url: str, args: argparse.Namespace) -> None:
    print(
        f"== {engine}: {args.buyers:,} buyers, {args.searches:,} searches, "
        f"{args.outbox:,} outbox messages, {args.products:,} products"
    )
    settings = Settings.from_env({**ENV, "DATABASE_URL": url}, env_file=None)
    database = Database(url)
    try:
        await upgrade(database)
        started = time.perf_counter()
        await fill(database, args, [tier.id for tier in settings.rewards.tiers])
        if engine == "postgres":
            async with database.engine.begin() as connection:
                await connection.execute(text("ANALYZE"))
        print(f"generated in {time.perf_counter() - started:.0f} s")
        await _fold(database, settings)
        await _measure(database, settings, args.repeat)
    finally:
        await database.dispose()


# The measurement ---------------------------------------------------------------------


async def _fold(database: Database, settings: Settings) -> None:
    """Fold the log as the job would: all but the last day's busiest hour, then that hour."""
    zone = settings.fair_timezone
    last = FAIR_END
    t = time.perf_counter()
    await search_tallies.fold(database, zone, _clock_at(last, 10, zone))
    whole = time.perf_counter() - t
    t = time.perf_counter()
    await search_tallies.fold(database, zone, _clock_at(last, 11, zone))
    hour = time.perf_counter() - t
    await search_tallies.fold(database, zone, _clock_at(last + timedelta(days=2), 0, zone))
    print(f"folding the log: {whole:.1f} s up to the last day's 10:00, then {hour:.3f} s to 11:00")


def _clock_at(day: date, hour: int, zone: ZoneInfo) -> Clock:
    """A clock at `hour` on `day`, the fold's margin later (it folds up to a margin back)."""
    clock = Clock()
    clock.freeze(datetime(day.year, day.month, day.day, hour, tzinfo=zone) + search_tallies.MARGIN)
    return clock


async def _measure(database: Database, settings: Settings, repeat: int) -> None:
    period = Period.days(settings.fair_start, settings.fair_end, settings.fair_timezone)

    async def baseline(session: AsyncSession) -> object:
        await session.scalar(select(func.count()).select_from(Search))
        return await session.scalar(select(func.count()).select_from(Buyer))

    figures: list[tuple[str, Callable[[AsyncSession], Awaitable[object]]]] = [
        ("registrations_per_day", lambda s: buyers.registrations_per_day(s, period)),
        ("registrations_by_country", lambda s: buyers.registrations_by_country(s, period)),
        ("checkins_per_day", lambda s: buyers.checkins_per_day(s, period)),
        ("streaks", lambda s: buyers.streaks(s, period, settings.phases)),
        ("rewards", lambda s: buyers.rewards(s, period)),
        ("searches_per_hour", lambda s: searches.searches_per_hour(s, period)),
        ("top_queries", lambda s: searches.top_queries(s, period)),
        ("top_unfound", lambda s: searches.top_unfound(s, period)),
        ("meetings", lambda s: talks.meetings(s, period)),
        ("response_times", lambda s: talks.response_times(s, period)),
        ("outbox_per_day", lambda s: outbox.outbox_per_day(s, period)),
    ]

    async def timed(read: Callable[[AsyncSession], Awaitable[object]], runs: int) -> float:
        spent = []
        for _ in range(runs):
            async with database.read() as session:
                t = time.perf_counter()
                await read(session)
                spent.append(time.perf_counter() - t)
        return statistics.median(spent)

    def whole(session: AsyncSession) -> Awaitable[object]:
        return figure_sets.organizer(session, period, settings)

    async def read_as_the_bot(runs: int) -> float:
        spent = []
        for _ in range(runs):
            t = time.perf_counter()
            await figure_sets.read_organizer(database, period, settings)
            spent.append(time.perf_counter() - t)
        return statistics.median(spent)

    cold = await read_as_the_bot(1)
    base = await timed(baseline, repeat)
    print(f"{'figure':<32}{'seconds':>9}{'x baseline':>12}")
    print(f"{'baseline (2 counts)':<32}{base:>9.3f}{1:>12.1f}")
    print(f"{'organizer, cold':<32}{cold:>9.3f}{cold / base:>12.1f}")
    for name, read in figures:
        spent = await timed(read, repeat)
        print(f"{name:<32}{spent:>9.3f}{spent / base:>12.1f}")
    alone = await timed(whole, repeat)
    print(f"{'figure_sets.organizer':<32}{alone:>9.3f}{alone / base:>12.1f}")
    reading = await read_as_the_bot(repeat)
    print(f"{'figure_sets.read_organizer':<32}{reading:>9.3f}{reading / base:>12.1f}")

    def booth(session: AsyncSession) -> Awaitable[object]:
        return figure_sets.of_exhibitor(session, period, "EX0000")

    one = await timed(booth, repeat)
    print(f"{'figure_sets.of_exhibitor':<32}{one:>9.3f}{one / base:>12.1f}")
    async with database.read() as session:
        result = await figure_sets.organizer(session, period, settings)
    _draw(settings, result)
    first, drawing = await _draw_as_the_bot(settings, result)
    answer, total = reading + first, reading + drawing
    print(
        f"answer {answer:.2f} s (reading {reading:.2f} + the first chart {first:.2f}) "
        f"= {answer / TARGET_S:.2f}x the {TARGET_S:.0f} s target"
    )
    print(
        f"everything {total:.2f} s (reading {reading:.2f} + every chart {drawing:.2f}, "
        f"{pool.workers()} worker processes) = {total / TARGET_S:.2f}x the {TARGET_S:.0f} s target"
    )


def _draw(settings: Settings, figures: figure_sets.OrganizerFigures) -> None:
    """Draw every chart in English here, printing each one's time."""
    prepare()
    t = I18n(settings.locales_dir).translator("en")
    for drawn in views.organizer(t, figures, settings.rewards):
        started = time.perf_counter()
        render(drawn.chart)
        print(f"{'chart ' + drawn.key:<32}{time.perf_counter() - started:>9.3f}")


async def _draw_as_the_bot(
    settings: Settings, figures: figure_sets.OrganizerFigures
) -> tuple[float, float]:
    """Every chart handed to the worker processes at once, as /figures does (the workers
    already started, as they are by the time a period is tapped): when the first was
    drawn, and when the last was."""
    await asyncio.gather(*(asyncio.wrap_future(f) for f in pool.warm()))
    t = I18n(settings.locales_dir).translator("en")
    started = time.perf_counter()
    pngs = [
        asyncio.ensure_future(pool.drawn(d.chart))
        for d in views.organizer(t, figures, settings.rewards)
    ]
    await pngs[0]
    first = time.perf_counter() - started
    await asyncio.gather(*pngs)
    return first, time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
