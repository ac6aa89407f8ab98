"""Figures about meetings and live talks, for the whole fair or one exhibitor.

Meetings: `requested` counts the meetings booked or requested in the period that
still exist (a declined, withdrawn or lapsed request is deleted, and with it any
trace of it), `accepted` those of them confirmed; `held` and `no_show` count the
meetings that started in the period by the outcome staff reported.

Talks: the first-response time of a talk is from the buyer's first message
(`waiting_since`) to the first message of staff (`first_answered_at`), in whole
seconds; the median and the 90th percentile are nearest-rank (the value at rank
ceil(p * n) of the n sorted times), computed by the database. An exhibitor is
ranked among the slowest only with at least 5 answered talks: one bad afternoon
of a booth with two talks names nobody.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Texts
from bot.db.clock_sql import seconds_between
from bot.db.handoff import HandoffThread
from bot.db.meetings import Meeting
from bot.domain import MeetingOutcome, MeetingStatus
from bot.services.figures import Count, Period, within

SLOWEST = 10


@dataclass(frozen=True)
class Meetings:
    requested: Count
    accepted: Count
    held: Count
    no_show: Count


@dataclass(frozen=True)
class ResponseTimes:
    """One exhibitor's first-response times over the talks answered in the period."""

    exhibitor_id: str
    name: Texts  # the exhibitor's name by language, as the catalog has it
    answered: Count
    median_seconds: int
    p90_seconds: int


async def meetings(
    session: AsyncSession, period: Period, exhibitor_id: str | None = None
) -> Meetings:
    """The meetings of the period, the whole fair's or one exhibitor's."""
    scope = () if exhibitor_id is None else (Meeting.exhibitor_id == exhibitor_id,)
    booked = await session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((Meeting.status == MeetingStatus.CONFIRMED, 1), else_=0)), 0
            ),
        ).where(*within(Meeting.booked_at, period), *scope)
    )
    requested, accepted = booked.one()
    outcomes = await session.execute(
        select(Meeting.outcome, func.count())
        .where(*within(Meeting.starts_at, period), Meeting.outcome.is_not(None), *scope)
        .group_by(Meeting.outcome)
    )
    held = {key: value for key, value in outcomes.all()}
    return Meetings(
        Count.of(int(requested)),
        Count.of(int(accepted)),
        Count.of(held.get(MeetingOutcome.ATTENDED, 0)),
        Count.of(held.get(MeetingOutcome.NO_SHOW, 0)),
    )


def _response_times(session: AsyncSession, period: Period, exhibitor_id: str | None) -> Any:
    """Per exhibitor: answered talks, median and 90th percentile (nearest rank), as a subquery."""
    waited = seconds_between(session, HandoffThread.first_answered_at, HandoffThread.waiting_since)
    scope = () if exhibitor_id is None else (HandoffThread.exhibitor_id == exhibitor_id,)
    ranked = (
        select(
            HandoffThread.exhibitor_id.label("exhibitor_id"),
            waited.label("seconds"),
            func.row_number()
            .over(partition_by=HandoffThread.exhibitor_id, order_by=waited)
            .label("rank"),
            func.count().over(partition_by=HandoffThread.exhibitor_id).label("n"),
        )
        .where(
            *within(HandoffThread.first_answered_at, period),
            HandoffThread.waiting_since.is_not(None),
            *scope,
        )
        .subquery()
    )
    c = ranked.c
    return (
        select(
            c.exhibitor_id,
            func.max(c.n).label("answered"),
            func.max(case((c.rank == (c.n + 1) // 2, c.seconds))).label("median"),
            func.max(case((c.rank == (c.n * 9 + 9) // 10, c.seconds))).label("p90"),
        )
        .group_by(c.exhibitor_id)
        .subquery()
    )


def _named(times: Any) -> Select[Any]:
    return select(
        times.c.exhibitor_id, Exhibitor.name, times.c.answered, times.c.median, times.c.p90
    ).join(Exhibitor, Exhibitor.id == times.c.exhibitor_id)


def _rows(rows: Any) -> list[ResponseTimes]:
    return [
        ResponseTimes(exhibitor, name, Count.of(int(n)), int(median), int(p90))
        for exhibitor, name, n, median, p90 in rows
    ]


async def response_times(
    session: AsyncSession, period: Period, exhibitor_id: str | None = None
) -> list[ResponseTimes]:
    """First-response times per exhibitor (or of one) over the talks answered in the period."""
    times = _response_times(session, period, exhibitor_id)
    rows = await session.execute(_named(times).order_by(times.c.exhibitor_id))
    return _rows(rows.all())


def slowest(times: list[ResponseTimes], limit: int = SLOWEST) -> list[ResponseTimes]:
    """The exhibitors of `times` with the slowest median first response, at least 5 talks
    answered (their count is shown): picked from what `response_times` read."""
    ranked = [t for t in times if t.answered.shown is not None and t.answered.shown > 0]
    ranked.sort(key=lambda t: (-t.median_seconds, -t.p90_seconds, t.exhibitor_id))
    return ranked[:limit]
