"""Every figure of a period at once, as the chat draws them and the files list them.

An organizer sees the whole fair; an exhibitor's staff see their own booth only (the
exhibitor id comes from their staff link, checked by the caller). A set is one
consistent picture: read in one session, or in several sharing one snapshot.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.db.engine import Database
from bot.db.snapshots import shared_reads
from bot.services import figures_buyers as buyers
from bot.services import figures_exhibitor as exhibitor
from bot.services import figures_outbox as outbox
from bot.services import figures_searches as searches
from bot.services import figures_talks as talks
from bot.services.figures import DayCount, Period

READERS = 3  # sessions reading the organizer's figures side by side (PostgreSQL)


@dataclass(frozen=True)
class OrganizerFigures:
    period: Period
    registered: list[DayCount]
    countries: buyers.Countries
    checked_in: list[DayCount]
    streaks: list[buyers.StreakCount]
    rewards: list[buyers.RewardCount]
    hours: list[searches.HourCount]
    queries: list[searches.QueryCount]
    unfound: dict[str, list[searches.QueryCount]]
    meetings: talks.Meetings
    response_times: list[talks.ResponseTimes]
    slowest: list[talks.ResponseTimes]
    outbox: list[outbox.OutboxDay]


@dataclass(frozen=True)
class ExhibitorFigures:
    period: Period
    exhibitor_id: str
    interest: list[exhibitor.InterestCount]
    levels: list[exhibitor.LevelCount]
    meetings: talks.Meetings
    response_times: list[talks.ResponseTimes]


async def organizer(session: AsyncSession, period: Period, settings: Settings) -> OrganizerFigures:
    """The whole fair's figures of `period`, read by one session."""
    return await _organizer([session], period, settings)


async def read_organizer(db: Database, period: Period, settings: Settings) -> OrganizerFigures:
    """The whole fair's figures of `period`, read in parallel on one snapshot where the
    engine can (`bot.db.snapshots`): what /figures, the files and the dashboard show."""
    async with shared_reads(db, READERS) as sessions:
        return await _organizer(sessions, period, settings)


async def _organizer(
    sessions: list[AsyncSession], period: Period, settings: Settings
) -> OrganizerFigures:
    """Each figure read by one of `sessions`, dealt out costliest first; the sessions
    read side by side, each its own figures one after another."""
    reads: dict[str, Callable[[AsyncSession], Awaitable[Any]]] = {
        "streaks": lambda s: buyers.streaks(s, period, settings.phases),
        "outbox": lambda s: outbox.outbox_per_day(s, period),
        "registered": lambda s: buyers.registrations_per_day(s, period),
        "response_times": lambda s: talks.response_times(s, period),
        "queries": lambda s: searches.top_queries(s, period),
        "checked_in": lambda s: buyers.checkins_per_day(s, period),
        "unfound": lambda s: searches.top_unfound(s, period),
        "countries": lambda s: buyers.registrations_by_country(s, period),
        "rewards": lambda s: buyers.rewards(s, period),
        "meetings": lambda s: talks.meetings(s, period),
        "hours": lambda s: searches.searches_per_hour(s, period),
    }
    names = list(reads)
    found: dict[str, Any] = {}

    async def read_share(number: int) -> None:
        for name in names[number :: len(sessions)]:
            found[name] = await reads[name](sessions[number])

    await asyncio.gather(*(read_share(number) for number in range(len(sessions))))
    return OrganizerFigures(period=period, slowest=talks.slowest(found["response_times"]), **found)


async def of_exhibitor(
    session: AsyncSession, period: Period, exhibitor_id: str
) -> ExhibitorFigures:
    """One exhibitor's figures of `period`; nothing of another exhibitor."""
    return ExhibitorFigures(
        period=period,
        exhibitor_id=exhibitor_id,
        interest=await exhibitor.interest(session, period, exhibitor_id),
        levels=await exhibitor.leads_by_level(session, period, exhibitor_id),
        meetings=await talks.meetings(session, period, exhibitor_id),
        response_times=await talks.response_times(session, period, exhibitor_id),
    )
