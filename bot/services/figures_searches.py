"""Figures about searches: when buyers search, what for, and what they do not find.

A query is listed only when at least 5 buyers searched it, so a list never shows
what one buyer typed. Most searches are logged without a buyer (they did not
consent to share their profile), so the buyers of a query are estimated from
above: each named buyer once, however often they searched it, and each anonymous
search as one buyer. Queries are compared trimmed and lower-cased (the engines'
own `lower`: PostgreSQL folds every script, SQLite only ASCII).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.db.catalog import Search
from bot.db.clock_sql import local_hour
from bot.services.figures import SMALLEST_SHOWN, Period, within

TOP_QUERIES = 10


@dataclass(frozen=True)
class HourCount:
    hour: int  # 0-23 on the fair's clock
    searches: int


@dataclass(frozen=True)
class QueryCount:
    language: str | None  # None where the list mixes languages
    query: str
    searches: int


async def searches_per_hour(session: AsyncSession, period: Period) -> list[HourCount]:
    """Searches in the period by hour of the day on the fair's clock, all 24 hours."""
    hour = local_hour(session, Search.created_at, period.zone, period.start, period.end)
    rows = await session.execute(
        select(hour, func.count()).where(*within(Search.created_at, period)).group_by(hour)
    )
    found = {int(h): int(n) for h, n in rows.all()}
    return [HourCount(h, found.get(h, 0)) for h in range(24)]


def _normalized() -> ColumnElement[str]:
    return func.lower(func.trim(Search.query))


def _buyers() -> ColumnElement[int]:
    """At least as many buyers as searched: named ones once, anonymous searches each."""
    anonymous = func.sum(case((Search.telegram_id.is_(None), 1), else_=0))
    return func.count(func.distinct(Search.telegram_id)) + func.coalesce(anonymous, 0)


async def top_queries(
    session: AsyncSession, period: Period, limit: int = TOP_QUERIES
) -> list[QueryCount]:
    """The queries searched most in the period, in any language."""
    query = _normalized()
    rows = await session.execute(
        select(query, func.count())
        .where(*within(Search.created_at, period))
        .group_by(query)
        .having(_buyers() >= SMALLEST_SHOWN)
        .order_by(func.count().desc(), query)
        .limit(limit)
    )
    return [QueryCount(None, text, int(n)) for text, n in rows.all()]


async def top_unfound(
    session: AsyncSession, period: Period, limit: int = TOP_QUERIES
) -> dict[str, list[QueryCount]]:
    """For each language, the queries that found nothing searched most in the period:
    what buyers want and the catalog lacks."""
    query = _normalized()
    counted = (
        select(
            Search.language.label("language"),
            query.label("query"),
            func.count().label("searches"),
        )
        .where(*within(Search.created_at, period), Search.results == 0)
        .group_by(Search.language, query)
        .having(_buyers() >= SMALLEST_SHOWN)
        .subquery()
    )
    rank = func.row_number().over(
        partition_by=counted.c.language, order_by=(counted.c.searches.desc(), counted.c.query)
    )
    ranked = select(counted, rank.label("rank")).subquery()
    rows = await session.execute(
        select(ranked.c.language, ranked.c.query, ranked.c.searches)
        .where(ranked.c.rank <= limit)
        .order_by(ranked.c.language, ranked.c.rank)
    )
    found: dict[str, list[QueryCount]] = {}
    for language, text, n in rows.all():
        found.setdefault(language, []).append(QueryCount(language, text, int(n)))
    return found
