"""The fair `make bench-figures` measures: 200,000 buyers and what they did, generated.

A fresh database (migrated to head) is filled by bulk inserts: the buyers (a third of
them registered before the fair, the rest over its days, from ~40 countries), ~3
check-ins a buyer, reward grants, the searches (over the fair's days and hours, a
Zipf-like spread over a few thousand queries, ~10% finding nothing, a third by a
named buyer), meetings, answered talks with 500 exhibitors, the buyers' interest in
exhibitors (5 exhibitors a buyer on average: ~1,000,000 lead events, ~600,000 leads),
the outbox, and 2,000,000 products (`--products`), which no figure reads (the searches
are logged with their result count, the talks and meetings carry the exhibitor), on
a database of the issue's size all the same.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert

from bot.db.catalog import Exhibitor, Product, Search
from bot.db.checkin import CheckIn, RewardGrant
from bot.db.engine import Database
from bot.db.handoff import HandoffThread
from bot.db.leads import Lead, LeadEvent
from bot.db.meetings import Meeting
from bot.db.models import Buyer, User
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENT, OutboxMessage
from bot.domain import InterestKind, LeadLevel, MeetingOutcome, MeetingStatus, ThreadStatus

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


async def fill(database: Database, args: argparse.Namespace, tiers: Sequence[str]) -> None:
    """Every table the figures read, by core inserts (`args`: the counts and the seed)."""
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
