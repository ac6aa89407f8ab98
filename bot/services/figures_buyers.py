"""Figures about buyers: registrations by day and country, check-ins, streaks, rewards.

Every number is a count of buyers, so every one is a `Count` (1 to 4 suppressed).
A country with fewer than 5 buyers is never listed by name: it joins "others".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.db.checkin import CheckIn, RewardGrant
from bot.db.clock_sql import as_date, days_between
from bot.db.models import Buyer
from bot.services.figures import SMALLEST_SHOWN, Count, DayCount, Period, day_of, within

TOP_COUNTRIES = 15


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
    """Buyers who checked in on each fair day of the period that had any."""
    rows = await session.execute(
        select(CheckIn.fair_day, func.count())
        .where(*_fair_days(period), *within(CheckIn.checked_at, period))
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

    Gaps and islands in SQL: a fair day's ordinal minus its rank among the buyer's
    check-ins is the same along a streak."""
    ordinal = _ordinal(session, phases)
    ranked = (
        select(
            CheckIn.buyer_id.label("buyer"),
            (
                ordinal
                - func.row_number().over(partition_by=CheckIn.buyer_id, order_by=CheckIn.fair_day)
            ).label("island"),
        )
        .where(*_fair_days(period), *within(CheckIn.checked_at, period), ordinal.is_not(None))
        .subquery()
    )
    runs = (
        select(ranked.c.buyer, func.count().label("length"))
        .group_by(ranked.c.buyer, ranked.c.island)
        .subquery()
    )
    best = select(func.max(runs.c.length).label("best")).group_by(runs.c.buyer).subquery()
    rows = await session.execute(
        select(best.c.best, func.count()).group_by(best.c.best).order_by(best.c.best)
    )
    return [StreakCount(int(days), Count.of(n)) for days, n in rows.all()]


def _ordinal(session: AsyncSession, phases: tuple[tuple[date, date], ...]) -> ColumnElement[Any]:
    whens = []
    before = 0
    for first, last in phases:
        whens.append(
            (
                CheckIn.fair_day.between(first, last),
                days_between(session, CheckIn.fair_day, first) + before,
            )
        )
        before += (last - first).days + 1
    return case(*whens, else_=None)


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
