"""`make bench-figures`: the organizer's `/figures` over a fair of 200,000 buyers.

Issue 13 asks that `/figures` answer within 3 s with 200,000 registered buyers,
1,000,000 searches and 2,000,000 products, on SQLite and PostgreSQL. A fresh
database (migrated to head) is filled by bulk inserts: the buyers (a third of them
registered before the fair, the rest over its days, from ~40 countries), ~3
check-ins a buyer, reward grants, the searches (over the fair's days and hours, a
Zipf-like spread over a few thousand queries, ~10% finding nothing, a third by a
named buyer), meetings, answered talks with 500 exhibitors, the buyers' interest in
exhibitors (5 exhibitors a buyer on average: ~1,000,000 lead events, ~600,000 leads),
the outbox, and 2,000,000 products (`--products`), which no figure reads (the searches
are logged with their result count, the talks and meetings carry the exhibitor), on
a database of the issue's size all the same.

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
  English), each timed.
Against the 3 s target: the answer, what /figures takes before its first chart is
sent (reading + drawing the first chart; each next chart is drawn while the one
before is sent), and everything (reading + drawing every chart). PostgreSQL is
ANALYZEd after the load, as autovacuum would within a minute in production.

    python -m bench.figures --buyers 200000 --searches 1000000 [--engine all]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from bench.postgres import admin, database_url
from bot.charts import pool, prepare, render
from bot.clock import Clock
from bot.config import Settings
from bot.db.catalog import Exhibitor, Product, Search
from bot.db.checkin import CheckIn, RewardGrant
from bot.db.engine import Database
from bot.db.handoff import HandoffThread
from bot.db.leads import Lead, LeadEvent
from bot.db.meetings import Meeting
from bot.db.migrate import upgrade
from bot.db.models import Buyer, User
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENT, OutboxMessage
from bot.domain import InterestKind, LeadLevel, MeetingOutcome, MeetingStatus, ThreadStatus
from bot.i18n import I18n
from bot.services import figure_sets, search_tallies
from bot.services import figures_buyers as buyers
from bot.services import figures_outbox as outbox
from bot.services import figures_searches as searches
from bot.services import figures_talks as talks
from bot.services.figures import Period
from handlers import figures_views as views

TARGET_S = 3.0
BATCH = 10_000
ZONE = ZoneInfo("Asia/Shanghai")
FAIR_START, FAIR_END = date(2026, 10, 15), date(2026, 10, 24)
FAIR_DAYS = [FAIR_START + timedelta(days=n) for n in range((FAIR_END - FAIR_START).days + 1)]
ENV = {
    "FAIR_NAME": "Canton Fair Online",
    "FAIR_TIMEZONE": "Asia/Shanghai",
    "FAIR_START": FAIR_START.isoformat(),
    "FAIR_END": FAIR_END.isoformat(),
    "BADGE_SECRET": "bench-secret-0123456789abcdef",
}
# Countries by a rough share of a trade fair's buyers (the tail is long and small).
COUNTRIES = (
    ("US", 12), ("IN", 9), ("RU", 8), ("BR", 6), ("DE", 5), ("NG", 5), ("AE", 5),
    ("GB", 4), ("MX", 4), ("TR", 4), ("SA", 4), ("PK", 4), ("ID", 3), ("VN", 3),
    ("TH", 3), ("MY", 3), ("FR", 3), ("ES", 3), ("IT", 3), ("EG", 2), ("KE", 2),
    ("ZA", 2), ("AU", 2), ("CA", 2), ("KR", 2), ("JP", 2), ("PH", 2), ("BD", 2),
    ("IR", 2), ("CL", 1), ("CO", 1), ("PE", 1), ("AR", 1), ("PL", 1), ("NL", 1),
    ("KZ", 1), ("UZ", 1), ("GH", 1), ("MA", 1), ("IQ", 1),
)  # fmt: skip
LANGUAGES = (("en", 50), ("es", 10), ("ru", 10), ("ar", 8), ("zh", 8), ("fr", 7), ("pt", 7))
# Searches by hour of the fair's day: quiet at night, busiest in the working day.
HOURS = (1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 9, 7, 8, 10, 10, 9, 7, 5, 4, 3, 2, 2, 1)
WORDS = (
    "led", "lamp", "solar", "panel", "pump", "valve", "bearing", "cable", "sofa", "chair",
    "table", "fabric", "cotton", "silk", "shoe", "bag", "toy", "phone", "case", "charger",
    "battery", "drone", "tile", "glass", "mirror", "tool", "drill", "saw", "mold", "tyre",
    "bike", "helmet", "cup", "bottle", "kettle", "knife", "pan", "oven", "fan", "heater",
    "cooler", "sensor",
)  # fmt: skip


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
        await _fill(database, args, [tier.id for tier in settings.rewards.tiers])
        if engine == "postgres":
            async with database.engine.begin() as connection:
                await connection.execute(text("ANALYZE"))
        print(f"generated in {time.perf_counter() - started:.0f} s")
        await _fold(database, settings)
        await _measure(database, settings, args.repeat)
    finally:
        await database.dispose()


# The data ----------------------------------------------------------------------------


async def _fill(database: Database, args: argparse.Namespace, tiers: Sequence[str]) -> None:
    rng = random.Random(args.seed)
    exhibitors = [f"EX{n:04d}" for n in range(500)]
    await _insert(database, Exhibitor.__table__, _exhibitors(exhibitors))
    await _insert(database, Product.__table__, _products(args.products, exhibitors))
    await _insert(database, User.__table__, _users(args.buyers))
    await _insert(database, Buyer.__table__, _buyers(args.buyers, rng))
    await _insert(database, CheckIn.__table__, _checkins(args.buyers, rng))
    await _insert(database, RewardGrant.__table__, _rewards(args.buyers, tiers, rng))
    await _insert(database, Search.__table__, _searches(args, rng))
    await _insert(database, Meeting.__table__, _meetings(args.buyers, exhibitors, rng))
    await _insert(database, HandoffThread.__table__, _talks(args.buyers, exhibitors, rng))
    await _interest(database, args.buyers, exhibitors, rng)
    await _insert(database, OutboxMessage.__table__, _outbox(args.outbox, rng))


async def _insert(database: Database, table: Any, rows: Iterator[dict[str, Any]]) -> None:
    """Core inserts of `BATCH` rows at a time, one transaction each."""
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            await _write(database, table, batch)
            batch = []
    if batch:
        await _write(database, table, batch)


async def _write(database: Database, table: Any, batch: list[dict[str, Any]]) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(insert(table), batch)


def _weighted(rng: random.Random, pairs: Sequence[tuple[Any, int]]) -> Callable[[], Any]:
    """A picker of the first items of `pairs` by the weights that follow them."""
    values = [value for value, _ in pairs]
    cumulative = list(accumulate(weight for _, weight in pairs))
    return lambda: rng.choices(values, cum_weights=cumulative)[0]


def _during(rng: random.Random, day: date) -> datetime:
    """An instant of `day` on the fair's clock, busier in the working hours."""
    hour = rng.choices(range(24), weights=HOURS)[0]
    local = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)
    return (local + timedelta(seconds=rng.randrange(3600))).astimezone(UTC)


def _exhibitors(ids: list[str]) -> Iterator[dict[str, Any]]:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    for exhibitor_id in ids:
        yield {
            "id": exhibitor_id, "name": {"en": f"Maker {exhibitor_id}"}, "country": "CN",
            "description": {}, "main_products": [], "meetings": True, "chat": True,
            "updated_at": when, "sync_run": 1,
        }  # fmt: skip


def _products(n: int, exhibitors: list[str]) -> Iterator[dict[str, Any]]:
    when = datetime(2026, 10, 1, tzinfo=UTC)
    for number in range(n):
        yield {
            "id": f"P{number:08d}", "exhibitor_id": exhibitors[number % len(exhibitors)],
            "name": {"en": f"{WORDS[number % len(WORDS)]} {number}"}, "description": {},
            "keywords": [], "images": [], "certifications": [], "updated_at": when,
            "sync_run": 1,
        }  # fmt: skip


def _registered_at(rng: random.Random, buyer: int, n: int) -> datetime:
    """A third before the fair (over the month before), the rest over its days."""
    if buyer < n // 3:
        return datetime(2026, 9, 15, tzinfo=UTC) + timedelta(seconds=rng.randrange(30 * 86400))
    return _during(rng, rng.choice(FAIR_DAYS))


def _users(n: int) -> Iterator[dict[str, Any]]:
    when = datetime(2026, 9, 15, tzinfo=UTC)
    for buyer in range(1, n + 1):
        yield {"telegram_id": buyer, "language": "en", "created_at": when, "updated_at": when}


def _buyers(n: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    country = _weighted(rng, COUNTRIES)
    for buyer in range(1, n + 1):
        when = _registered_at(rng, buyer, n)
        yield {
            "id": buyer, "telegram_id": buyer, "buyer_code": f"B{buyer:07d}",
            "full_name": f"Buyer {buyer}", "company": "Acme", "country": country(),
            "timezone": "UTC", "email": "b@example.com", "interests": [],
            "consent_share": buyer % 4 == 0, "registered_at": when, "updated_at": when,
        }  # fmt: skip


def _checkins(n: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    """0 to 6 fair days a buyer (~3), mostly consecutive so streaks vary."""
    for buyer in range(1, n + 1):
        days = rng.choice((0, 1, 2, 3, 3, 4, 4, 5, 6))
        first = rng.randrange(len(FAIR_DAYS))
        for day in FAIR_DAYS[first : first + days]:
            if rng.random() < 0.9:
                yield {"buyer_id": buyer, "fair_day": day, "checked_at": _during(rng, day)}


def _rewards(n: int, tiers: Sequence[str], rng: random.Random) -> Iterator[dict[str, Any]]:
    for buyer in range(1, n + 1, 4):
        tier = tiers[rng.randrange(len(tiers))]
        when = _during(rng, rng.choice(FAIR_DAYS))
        yield {
            "buyer_id": buyer, "award": tier, "tier_id": tier, "points": 10,
            "granted_at": when,
            "redeemed_at": when + timedelta(hours=2) if rng.random() < 0.4 else None,
        }  # fmt: skip


def _searches(args: argparse.Namespace, rng: random.Random) -> Iterator[dict[str, Any]]:
    """Query k is searched with weight 1/k; a tenth of the queries find nothing."""
    texts = [
        " ".join(rng.sample(WORDS, rng.choice((1, 2, 2, 3)))) + f" {k}"
        for k in range(args.queries)
    ]
    cumulative = list(accumulate(1 / (k + 1) for k in range(args.queries)))
    language = _weighted(rng, LANGUAGES)
    for _ in range(args.searches):
        k = rng.choices(range(args.queries), cum_weights=cumulative)[0]
        named = rng.random() < 0.3
        yield {
            "telegram_id": rng.randrange(1, args.buyers + 1) if named else None,
            "language": language(), "query": texts[k],
            "results": 0 if k % 10 == 7 else rng.randrange(1, 50),
            "created_at": _during(rng, rng.choice(FAIR_DAYS)),
        }  # fmt: skip


def _meetings(n: int, exhibitors: list[str], rng: random.Random) -> Iterator[dict[str, Any]]:
    """One buyer in ten booked a meeting; most were confirmed, most of those held."""
    for buyer in range(1, n + 1, 10):
        starts = _during(rng, rng.choice(FAIR_DAYS))
        confirmed = rng.random() < 0.8
        outcome = None
        if confirmed and rng.random() < 0.7:
            outcome = MeetingOutcome.ATTENDED if rng.random() < 0.85 else MeetingOutcome.NO_SHOW
        exhibitor = rng.choice(exhibitors)
        yield {
            "telegram_id": buyer, "exhibitor_id": exhibitor, "exhibitor_name": {"en": exhibitor},
            "starts_at": starts, "ends_at": starts + timedelta(minutes=30),
            "booked_at": starts - timedelta(hours=rng.randrange(1, 72)),
            "status": MeetingStatus.CONFIRMED if confirmed else MeetingStatus.REQUESTED,
            "outcome": outcome,
        }  # fmt: skip


def _talks(n: int, exhibitors: list[str], rng: random.Random) -> Iterator[dict[str, Any]]:
    """One buyer in ten talked to an exhibitor; answered after seconds to hours."""
    for buyer in range(1, n + 1, 10):
        asked = _during(rng, rng.choice(FAIR_DAYS))
        answered = asked + timedelta(seconds=int(rng.expovariate(1 / 600)))
        yield {
            "buyer_id": buyer, "exhibitor_id": rng.choice(exhibitors), "product_id": "P1",
            "status": ThreadStatus.CLOSED, "created_at": asked, "waiting_since": asked,
            "first_answered_at": answered, "closed_at": answered + timedelta(minutes=10),
        }  # fmt: skip


async def _interest(database: Database, n: int, exhibitors: list[str], rng: random.Random) -> None:
    """Each buyer showed interest in 0 to 10 exhibitors (5 on average), the first tenth
    of them the most: a lead each, with one to three kinds of interest."""
    busiest = exhibitors[: len(exhibitors) // 10]
    events: list[dict[str, Any]] = []
    leads: list[dict[str, Any]] = []
    kinds = list(InterestKind)
    for buyer in range(1, n + 1):
        chosen = {
            rng.choice(busiest if rng.random() < 0.3 else exhibitors)
            for _ in range(rng.randrange(11))
        }
        for exhibitor in chosen:
            first = _during(rng, rng.choice(FAIR_DAYS))
            shown = rng.sample(kinds, rng.choice((1, 1, 2, 3)))
            for kind in shown:
                events.append({
                    "buyer_id": buyer, "exhibitor_id": exhibitor, "kind": kind,
                    "count": rng.randrange(1, 6), "first_at": first,
                    "last_at": first + timedelta(minutes=rng.randrange(600)),
                })  # fmt: skip
            score = rng.randrange(1, 100)
            leads.append({
                "buyer_id": buyer, "exhibitor_id": exhibitor, "score": score, "adjustment": 0,
                "level": LeadLevel.HOT if score > 70 else LeadLevel.WARM if score > 30
                else LeadLevel.COLD,
                "first_at": first, "last_at": first + timedelta(hours=1), "last_kind": shown[0],
            })  # fmt: skip
        if len(events) >= BATCH:
            await _write(database, LeadEvent.__table__, events)
            await _write(database, Lead.__table__, leads)
            events, leads = [], []
    if events:
        await _write(database, LeadEvent.__table__, events)
        await _write(database, Lead.__table__, leads)


def _outbox(n: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    status = _weighted(rng, ((SENT, 90), (BLOCKED, 5), (FAILED, 2), (QUEUED, 3)))
    for number in range(n):
        when = _during(rng, rng.choice(FAIR_DAYS))
        yield {
            "chat_id": number % 200_000 + 1, "kind": "notice", "text": "hi",
            "status": status(), "attempts": 1, "not_before": when, "created_at": when,
        }  # fmt: skip


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
