"""Every figure of a period at once, as the chat draws them and the files list them.

An organizer sees the whole fair; an exhibitor's staff see their own booth only (the
exhibitor id comes from their staff link, checked by the caller). Read in one
session, so a set is one consistent picture.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.services import figures_buyers as buyers
from bot.services import figures_exhibitor as exhibitor
from bot.services import figures_outbox as outbox
from bot.services import figures_searches as searches
from bot.services import figures_talks as talks
from bot.services.figures import DayCount, Period


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
    """The whole fair's figures of `period`."""
    response_times = await talks.response_times(session, period)
    return OrganizerFigures(
        period=period,
        registered=await buyers.registrations_per_day(session, period),
        countries=await buyers.registrations_by_country(session, period),
        checked_in=await buyers.checkins_per_day(session, period),
        streaks=await buyers.streaks(session, period, settings.phases),
        rewards=await buyers.rewards(session, period),
        hours=await searches.searches_per_hour(session, period),
        queries=await searches.top_queries(session, period),
        unfound=await searches.top_unfound(session, period),
        meetings=await talks.meetings(session, period),
        response_times=response_times,
        slowest=talks.slowest(response_times),
        outbox=await outbox.outbox_per_day(session, period),
    )


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
