"""One exhibitor's own figures, for its staff: interest in its products and its leads.

Only rows of `exhibitor_id` are read; meetings and response times come from
`figures_talks` with the same scope. `lead_events` keeps one row per buyer and
kind of interest with a running count (not one row per event), so a kind counts
the buyers whose latest such interest fell in the period, and `times` sums
those buyers' counts (all their views, say, some of them perhaps before it).
`times` is hidden with its buyers when they are fewer than 5.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.leads import Lead, LeadEvent
from bot.domain import InterestKind, LeadLevel
from bot.services.figures import Count, Period, within


@dataclass(frozen=True)
class InterestCount:
    kind: InterestKind
    buyers: Count
    times: int | None  # None when `buyers` is suppressed


@dataclass(frozen=True)
class LevelCount:
    level: LeadLevel
    buyers: Count


async def interest(
    session: AsyncSession, period: Period, exhibitor_id: str
) -> list[InterestCount]:
    """Buyers (and how often) by kind of interest shown in the exhibitor: every kind, in order."""
    rows = await session.execute(
        select(LeadEvent.kind, func.count(), func.sum(LeadEvent.count))
        .where(LeadEvent.exhibitor_id == exhibitor_id, *within(LeadEvent.last_at, period))
        .group_by(LeadEvent.kind)
    )
    found = {kind: (int(n), int(times)) for kind, n, times in rows.all()}
    counted = []
    for kind in InterestKind:
        buyers, times = found.get(kind, (0, 0))
        count = Count.of(buyers)
        counted.append(InterestCount(kind, count, None if count.suppressed else times))
    return counted


async def leads_by_level(
    session: AsyncSession, period: Period, exhibitor_id: str
) -> list[LevelCount]:
    """The exhibitor's leads active in the period (last interest in it), by level, hot first."""
    rows = await session.execute(
        select(Lead.level, func.count())
        .where(
            Lead.exhibitor_id == exhibitor_id,
            *within(Lead.last_at, period),
            Lead.level.is_not(None),
        )
        .group_by(Lead.level)
    )
    found = {key: value for key, value in rows.all()}
    order = (LeadLevel.HOT, LeadLevel.WARM, LeadLevel.COLD)
    return [LevelCount(level, Count.of(found.get(level, 0))) for level in order]
