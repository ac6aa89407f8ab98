"""Daily check-in: one per buyer per fair day, streaks, points and reward tiers.

The database makes a check-in happen once: `checkins` is unique on (buyer,
fair day) and the insert skips a conflicting row (ON CONFLICT DO NOTHING), so
two taps at once, a retry or two bot processes leave one row, and the call
that lost the race is told "already checked in". Rewards are granted the same
way, unique on (buyer, award), so a tier is reached once whoever gets there.

The fair day is the date on the fair's clock at the instant of the check-in
(see `bot.services.fair_calendar`); a buyer whose own date differs checks in
for the fair's date. A streak counts consecutive fair days, across the gap
between two phases; it is alive while its last day is today or the fair day
before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.checkin import CheckIn, RewardGrant
from bot.db.models import Buyer
from bot.db.statements import dialect_of
from bot.errors import NotFairDay, NotRegistered
from bot.services.fair_calendar import FairCalendar
from bot.tiers import Rewards, Tier


@dataclass(frozen=True)
class NextReward:
    """The reward a buyer is heading for, and how many more check-ins it takes."""

    tier: Tier
    remaining: int


@dataclass(frozen=True)
class Progress:
    """A buyer's check-ins as the chat shows them."""

    days: int
    streak: int
    best_streak: int
    points: int
    checked_today: bool
    next_reward: NextReward | None


@dataclass(frozen=True)
class Granted:
    """A reward reached by this check-in (its code is made from `grant_id`)."""

    grant_id: int
    award: str
    tier: Tier
    phase: int | None


@dataclass(frozen=True)
class CheckInResult:
    fair_day: date
    new: bool
    progress: Progress
    granted: list[Granted]
    buyer_code: str


async def check_in(
    session: AsyncSession,
    telegram_id: int,
    calendar: FairCalendar,
    rewards: Rewards,
    now: datetime,
) -> CheckInResult:
    """Check the buyer in for today's fair day (once, whatever the taps) and grant tiers."""
    buyer_id, buyer_code = await _buyer(session, telegram_id)
    today = calendar.day_of(now)
    if not calendar.is_fair_day(today):
        raise NotFairDay()
    row = {"buyer_id": buyer_id, "fair_day": today, "checked_at": now}
    inserted = await session.execute(
        _insert(session, CheckIn)
        .on_conflict_do_nothing(index_elements=["buyer_id", "fair_day"])
        .returning(CheckIn.id),
        [row],
    )
    new = bool(inserted.all())
    days = await _days(session, buyer_id)
    granted = await _grant(session, buyer_id, days, today, calendar, rewards, now)
    progress = await _progress(session, buyer_id, days, today, calendar, rewards)
    return CheckInResult(today, new, progress, granted, buyer_code)


async def progress(
    session: AsyncSession,
    telegram_id: int,
    calendar: FairCalendar,
    rewards: Rewards,
    now: datetime,
) -> Progress:
    """The buyer's check-ins so far, without checking in (before, between or after phases)."""
    buyer_id, _ = await _buyer(session, telegram_id)
    days = await _days(session, buyer_id)
    return await _progress(session, buyer_id, days, calendar.day_of(now), calendar, rewards)


async def _buyer(session: AsyncSession, telegram_id: int) -> tuple[int, str]:
    found = (
        await session.execute(
            select(Buyer.id, Buyer.buyer_code).where(Buyer.telegram_id == telegram_id)
        )
    ).first()
    if found is None:
        raise NotRegistered()
    return int(found[0]), str(found[1])


async def _days(session: AsyncSession, buyer_id: int) -> list[date]:
    found = await session.execute(
        select(CheckIn.fair_day).where(CheckIn.buyer_id == buyer_id).order_by(CheckIn.fair_day)
    )
    return list(found.scalars())


def _insert(session: AsyncSession, table: type[CheckIn] | type[RewardGrant]) -> sqlite.Insert:
    """INSERT that knows ON CONFLICT, for this session's engine."""
    dialect = dialect_of(session)
    statement: sqlite.Insert = dialect.insert(table)
    return statement


async def _grant(
    session: AsyncSession,
    buyer_id: int,
    days: Sequence[date],
    today: date,
    calendar: FairCalendar,
    rewards: Rewards,
    now: datetime,
) -> list[Granted]:
    """Grant every tier `days` reaches that was not granted before (once, by the database)."""
    reached: list[tuple[str, Tier, int | None]] = []
    checked = set(days)
    for tier in rewards.tiers:
        if tier.days is not None and len(days) >= tier.days:
            reached.append((tier.id, tier, None))
        elif tier.per_phase:
            phase = calendar.phase_of(today)
            if phase is not None and checked.issuperset(calendar.phase_days(phase)):
                reached.append((f"{tier.id}@{phase}", tier, phase))
    granted = []
    for award, tier, phase in reached:
        row = {
            "buyer_id": buyer_id, "award": award, "tier_id": tier.id, "points": tier.points,
            "granted_at": now, "redeemed_at": None,
        }  # fmt: skip
        inserted = await session.execute(
            _insert(session, RewardGrant)
            .on_conflict_do_nothing(index_elements=["buyer_id", "award"])
            .returning(RewardGrant.id),
            [row],
        )
        for (grant_id,) in inserted.all():
            granted.append(Granted(int(grant_id), award, tier, phase))
    return granted


async def _progress(
    session: AsyncSession,
    buyer_id: int,
    days: Sequence[date],
    today: date,
    calendar: FairCalendar,
    rewards: Rewards,
) -> Progress:
    awards = set(
        (
            await session.execute(
                select(RewardGrant.award).where(RewardGrant.buyer_id == buyer_id)
            )
        ).scalars()
    )
    bonus = sum(
        tier.points for award in awards if (tier := rewards.by_id(award.split("@")[0])) is not None
    )
    runs = streaks(days, calendar)
    current = 0
    if runs:
        last_day, last_run = runs[-1]
        alive_from = _previous_ordinal(today, calendar)
        if alive_from is not None and calendar.ordinal(last_day) >= alive_from:
            current = last_run
    return Progress(
        days=len(days),
        streak=current,
        best_streak=max((n for _, n in runs), default=0),
        points=len(days) * rewards.points_per_day + bonus,
        checked_today=today in days,
        next_reward=_next_reward(days, today, awards, calendar, rewards),
    )


def streaks(days: Sequence[date], calendar: FairCalendar) -> list[tuple[date, int]]:
    """Runs of consecutive fair days in `days` (sorted): (last day of the run, its length)."""
    runs: list[tuple[date, int]] = []
    previous: int | None = None
    for day in days:
        if not calendar.is_fair_day(day):
            continue
        ordinal = calendar.ordinal(day)
        if previous is not None and ordinal == previous + 1:
            runs[-1] = (day, runs[-1][1] + 1)
        else:
            runs.append((day, 1))
        previous = ordinal
    return runs


def _previous_ordinal(today: date, calendar: FairCalendar) -> int | None:
    """The ordinal a streak's last day must reach to be alive today."""
    if calendar.is_fair_day(today):
        return calendar.ordinal(today) - 1
    following = calendar.next_fair_day(today)
    if following is None:
        return calendar.ordinal(calendar.last_day)
    return calendar.ordinal(following) - 1


def _next_reward(
    days: Sequence[date],
    today: date,
    awards: set[str],
    calendar: FairCalendar,
    rewards: Rewards,
) -> NextReward | None:
    """The nearest tier not reached yet: by days first, else this phase's every-day tier."""
    by_days = [t for t in rewards.tiers if t.days is not None and t.id not in awards]
    if by_days:
        tier = min(by_days, key=lambda t: t.days or 0)
        return NextReward(tier, (tier.days or 0) - len(days))
    phase = calendar.phase_of(today)
    if phase is None:
        return None
    checked = set(days)
    phase_days = calendar.phase_days(phase)
    for tier in rewards.tiers:
        if not tier.per_phase or f"{tier.id}@{phase}" in awards:
            continue
        if all(d in checked for d in phase_days if d < today):
            return NextReward(tier, sum(1 for d in phase_days if d not in checked))
    return None
