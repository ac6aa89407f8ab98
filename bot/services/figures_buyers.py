"""Figures about buyers: registrations by day and country, check-ins, streaks, rewards.

Every number is a count of buyers, so every one is a `Count` (1 to 4 suppressed).
A country with fewer than 5 buyers is never listed by name: it joins "others".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import BigInteger, case, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.db.checkin import CheckIn, RewardGrant
from bot.db.clock_sql import as_date
from bot.db.models import Buyer
from bot.services.figures import SMALLEST_SHOWN, Count, DayCount, Period, day_of, within

TOP_COUNTRIES = 15
MASK_BITS = 62  # fair days summed into one BIGINT


@dataclass(frozen=True)
class CountryCount:
    country: str  # ISO 3166 alpha-2, as stored
    buyers: Count


@dataclass(frozen=True)
class Countries:
    """The `TOP_COUNTRIES` countries most buyers registered from, and all the others."""

    top: tuple[CountryCount, ...]
    others: Count


@dataclass(frozen=True)
class StreakCount:
    """How many buyers' longest run of consecutive fair days in the period was `days`."""

    days: int
    buyers: Count


@dataclass(frozen=True)
class RewardCount:
    tier_id: str
    granted: Count
    redeemed: Count


async def registrations_per_day(session: AsyncSession, period: Period) -> list[DayCount]:
    """Buyers registered on each fair-clock date of the period that had any."""
    day = day_of(session, Buyer.registered_at, period)
    rows = await session.execute(
        select(day, func.count()).where(*within(Buyer.registered_at, period)).group_by(day)
    )
    counted = sorted((as_date(found), n) for found, n in rows.all())
    return [DayCount(found, Count.of(n)) for found, n in counted]


async def registrations_by_country(session: AsyncSession, period: Period) -> Countries:
    """Countries by buyers registered in the period, most first (ties by code)."""
    rows = await session.execute(
        select(Buyer.country, func.count().label("n"))
        .where(*within(Buyer.registered_at, period))
        .group_by(Buyer.country)
        .order_by(func.count().desc(), Buyer.country)
    )
    counted = rows.all()
    named = [(country, n) for country, n in counted if n >= SMALLEST_SHOWN][:TOP_COUNTRIES]
    others = sum(n for _, n in counted) - sum(n for _, n in named)
    return Countries(tuple(CountryCount(c, Count.of(n)) for c, n in named), Count.of(others))


async def checkins_per_day(session: AsyncSession, period: Period) -> list[DayCount]:
    """Buyers who checked in on each fair day of the period that had any.

    A check-in's fair day is the fair-clock date it was made on, and a period runs
    from a midnight to a midnight or to now: its dates are its check-ins' days."""
    rows = await session.execute(
        select(CheckIn.fair_day, func.count())
        .where(*_fair_days(period))
        .group_by(CheckIn.fair_day)
        .order_by(CheckIn.fair_day)
    )
    return [DayCount(as_date(day), Count.of(n)) for day, n in rows.all()]


def _fair_days(period: Period) -> tuple[ColumnElement[bool], ...]:
    dates = period.dates()
    if not dates:
        return (CheckIn.fair_day.is_(None),)
    return CheckIn.fair_day >= dates[0], CheckIn.fair_day <= dates[-1]


async def streaks(
    session: AsyncSession, period: Period, phases: tuple[tuple[date, date], ...]
) -> list[StreakCount]:
    """Buyers by their longest streak of check-ins in the period: consecutive fair days,
    the gap between two phases not breaking one (as `bot.services.checkin` counts them).

    The fair days of the period are numbered, and each buyer's check-ins summed as
    bits, `MASK_BITS` days a word: one pass over the (buyer, day) index, no sorting by
    buyer. Buyers with the same days are counted together by the database, and each
    set of days has its longest run found here."""
    days = [day for day in period.dates() if any(a <= day <= b for a, b in phases)]
    if not days:
        return []
    words = [
        func.sum(
            case(
                {day: literal(1 << bit, BigInteger) for bit, day in enumerate(chunk)},
                value=CheckIn.fair_day,
                else_=literal(0, BigInteger),
            )
        ).label(f"w{number}")
        for number, chunk in enumerate(_chunks(days, MASK_BITS))
    ]
    masks = select(*words).group_by(CheckIn.buyer_id).subquery()
    columns = list(masks.c)
    rows = await session.execute(select(*columns, func.count()).group_by(*columns))
    counted: dict[int, int] = {}
    for *parts, n in rows.all():
        best = _longest_run(parts)
        if best:
            counted[best] = counted.get(best, 0) + int(n)
    return [StreakCount(days, Count.of(n)) for days, n in sorted(counted.items())]


def _chunks(days: list[date], size: int) -> list[list[date]]:
    return [days[at : at + size] for at in range(0, len(days), size)]


def _longest_run(words: list[int | None]) -> int:
    """The longest run of set bits in `words`, word 0 holding the first `MASK_BITS` days."""
    best = run = 0
    for word in words:
        bits = int(word or 0)
        for _ in range(MASK_BITS):
            run = run + 1 if bits & 1 else 0
            best = max(best, run)
            bits >>= 1
    return best


async def rewards(session: AsyncSession, period: Period) -> list[RewardCount]:
    """Reward tiers granted in the period, and redeemed at the desk in it, by tier."""
    granted = await session.execute(
        select(RewardGrant.tier_id, func.count())
        .where(*within(RewardGrant.granted_at, period))
        .group_by(RewardGrant.tier_id)
    )
    redeemed = await session.execute(
        select(RewardGrant.tier_id, func.count())
        .where(*within(RewardGrant.redeemed_at, period))
        .group_by(RewardGrant.tier_id)
    )
    given = {key: value for key, value in granted.all()}
    taken = {key: value for key, value in redeemed.all()}
    return [
        RewardCount(tier, Count.of(given.get(tier, 0)), Count.of(taken.get(tier, 0)))
        for tier in sorted(given.keys() | taken.keys())
    ]
