"""Figures about searches: when buyers search, what for, and what they do not find.

A query is listed only when at least 5 buyers searched it, so a list never shows
what one buyer typed. Most searches are logged without a buyer (they did not
consent to share their profile), so the buyers of a query are estimated from
above: each named buyer once, however often they searched it, and each anonymous
search as one buyer. Queries are compared trimmed and lower-cased (the engines'
own `lower`: PostgreSQL folds every script, SQLite only ASCII).

The log itself is read only beyond what is folded into its tallies
(`bot.services.search_tallies`): the counts are the same either way. The tallies
count searches, not buyers, so a query that fewer than 5 anonymous searches found
has its named buyers counted in the log, through its index by query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Search
from bot.db.clock_sql import local_hour
from bot.db.search_tallies import SearchQuarter, SearchTally
from bot.services.figures import SMALLEST_SHOWN, Period, within
from bot.services.search_tallies import (
    anonymous_searches,
    day_spans,
    horizon,
    in_spans,
    normalized,
    quarter_spans,
    quarter_start,
)

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
    spans = quarter_spans(period, await horizon(session, period.zone))
    hours = [0] * 24
    if spans.quarters is not None:
        first, end = spans.quarters
        tallied = await session.execute(
            select(SearchQuarter.quarter, SearchQuarter.searches).where(
                SearchQuarter.quarter >= first, SearchQuarter.quarter < end
            )
        )
        for quarter, n in tallied.all():
            hours[quarter_start(quarter).astimezone(period.zone).hour] += n
    if spans.raw:
        hour = local_hour(session, Search.created_at, period.zone, period.start, period.end)
        logged = await session.execute(
            select(hour, func.count()).where(in_spans(spans.raw)).group_by(hour)
        )
        for h, n in logged.all():
            hours[int(h)] += int(n)
    return [HourCount(h, n) for h, n in enumerate(hours)]


async def top_queries(
    session: AsyncSession, period: Period, limit: int = TOP_QUERIES
) -> list[QueryCount]:
    """The queries searched most in the period, in any language."""
    counted = await _counted(session, period, unfound=False)
    shown: list[QueryCount] = []
    for (_, query), (searches, anonymous) in _ranked(counted):
        if len(shown) == limit or searches < SMALLEST_SHOWN:
            break
        if await _enough_buyers(session, period, query, None, anonymous):
            shown.append(QueryCount(None, query, searches))
    return shown


async def top_unfound(
    session: AsyncSession, period: Period, limit: int = TOP_QUERIES
) -> dict[str, list[QueryCount]]:
    """For each language, the queries that found nothing searched most in the period:
    what buyers want and the catalog lacks."""
    counted = await _counted(session, period, unfound=True)
    found: dict[str, list[QueryCount]] = {}
    for (language, query), (searches, anonymous) in _ranked(counted):
        assert language is not None
        listed = found.setdefault(language, [])
        if len(listed) == limit or searches < SMALLEST_SHOWN:
            continue
        if await _enough_buyers(session, period, query, language, anonymous):
            listed.append(QueryCount(language, query, searches))
    return {language: listed for language, listed in sorted(found.items()) if listed}


Key = tuple[str | None, str]  # (language, or None for any; the query as compared)


async def _counted(session: AsyncSession, period: Period, unfound: bool) -> dict[Key, list[int]]:
    """Searches and anonymous searches of each query in the period (by language when
    `unfound`, of the searches that found nothing), from the tallies and the log."""
    spans = day_spans(period, await horizon(session, period.zone))
    counted: dict[Key, list[int]] = {}
    if spans.days is not None:
        first, last = spans.days
        keys: tuple[Any, ...] = (
            (SearchTally.language, SearchTally.query) if unfound else (SearchTally.query,)
        )
        tallied = await session.execute(
            select(*keys, func.sum(SearchTally.searches), func.sum(SearchTally.anonymous))
            .where(
                SearchTally.day >= first,
                SearchTally.day <= last,
                *((SearchTally.found.is_(False),) if unfound else ()),
            )
            .group_by(*keys)
        )
        _add(counted, tallied.all(), unfound)
    if spans.raw:
        logged_keys: tuple[Any, ...] = (
            (Search.language, normalized()) if unfound else (normalized(),)
        )
        logged = await session.execute(
            select(*logged_keys, func.count(), anonymous_searches())
            .where(in_spans(spans.raw), *((Search.results == 0,) if unfound else ()))
            .group_by(*logged_keys)
        )
        _add(counted, logged.all(), unfound)
    return counted


def _add(counted: dict[Key, list[int]], rows: Any, by_language: bool) -> None:
    for row in rows:
        key: Key = (row[0], row[1]) if by_language else (None, row[0])
        searches, anonymous = int(row[-2]), int(row[-1] or 0)
        total = counted.setdefault(key, [0, 0])
        total[0] += searches
        total[1] += anonymous


def _ranked(counted: dict[Key, list[int]]) -> list[tuple[Key, list[int]]]:
    """By language, then most searched first, ties by the query."""
    return sorted(counted.items(), key=lambda item: (item[0][0] or "", -item[1][0], item[0][1]))


async def _enough_buyers(
    session: AsyncSession, period: Period, query: str, language: str | None, anonymous: int
) -> bool:
    """Whether at least 5 buyers searched `query` in the period: named buyers once each,
    each anonymous search as one buyer (there is no telling them apart)."""
    if anonymous >= SMALLEST_SHOWN:
        return True
    scope = () if language is None else (Search.language == language, Search.results == 0)
    named = await session.scalar(
        select(func.count(func.distinct(Search.telegram_id))).where(
            normalized() == query,
            *within(Search.created_at, period),
            Search.telegram_id.is_not(None),
            *scope,
        )
    )
    return anonymous + int(named or 0) >= SMALLEST_SHOWN
