"""Reminders to check in, and the countdown notice the day before the fair opens.

When is a reminder due? At the instant a buyer's own clock (Buyer.timezone)
reaches 10:00, take the date on the FAIR's clock at that instant: that is the
fair day the reminder is for. If it is a fair day and the buyer has not checked
in for it, the reminder is due from that instant until the fair day ends (a job
that was down catches up, even past the buyer's local midnight; a day that is
over is not reminded of). So a buyer in
Los Angeles (UTC-7) is reminded for the Shanghai fair day of 15 October at
10:00 on 14 October, local time, which is 01:00 on the 15th in Shanghai; a buyer
in Kiritimati (UTC+14) at 10:00 on the 15th, 04:00 in Shanghai. Each buyer's
10:00 falls in exactly one fair-clock date, so every fair day gets one reminder.

The countdown follows the same rule for the date before the first fair day.
Both go to the outbox with a dedupe key (reminder per buyer and fair day,
countdown per buyer), so a job that runs again, or a restart, never doubles
one. Buyers who turned reminders off, and users who blocked the bot, are never
queued for.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta

from sqlalchemy import String, cast, exists, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.checkin import CheckIn
from bot.db.models import Buyer, User
from bot.db.outbox import OutboxMessage
from bot.errors import NotRegistered
from bot.i18n import I18n
from bot.services import notices
from bot.services.fair_calendar import FairCalendar
from bot.services.outbox import Buttons, Outgoing, enqueue

BATCH = 1_000
REMINDER, COUNTDOWN = "reminder", "countdown"


def due_day(calendar: FairCalendar, zone: str, now: datetime) -> tuple[str, date] | None:
    """What is due now for buyers in `zone`: (REMINDER or COUNTDOWN, fair-clock date) or None."""
    ten = calendar.last_local(now, zone)
    day = calendar.day_of(ten)
    if calendar.day_of(now) != day:
        return None
    if calendar.is_fair_day(day):
        return REMINDER, day
    if day == calendar.first_day - timedelta(days=1):
        return COUNTDOWN, day
    return None


Groups = dict[tuple[str, date], list[str]]


async def due_groups(session: AsyncSession, calendar: FairCalendar, now: datetime) -> Groups:
    """What is due now, by (kind, fair-clock date): the buyers' time zones it is due in."""
    zones = (
        await session.execute(select(Buyer.timezone).where(Buyer.reminders.is_(True)).distinct())
    ).scalars()
    groups: Groups = defaultdict(list)
    for zone in zones:
        due = due_day(calendar, zone, now)
        if due is not None:
            groups[due].append(zone)
    return dict(groups)


async def queue_due(
    session: AsyncSession,
    groups: Groups,
    calendar: FairCalendar,
    i18n: I18n,
    fair_name: str,
    wall: datetime,
    limit: int = BATCH,
) -> int:
    """Queue up to `limit` of the due reminders and countdown notices; returns how many.

    Callers repeat it, one transaction each, until it queues fewer than `limit`.
    """
    queued = 0
    for (kind, day), zones in sorted(groups.items()):
        if queued >= limit:
            break
        compose = _composer(kind, day, calendar, i18n, fair_name)
        queued += await _queue(session, kind, day, zones, compose, wall, limit - queued)
    return queued


async def _queue(
    session: AsyncSession,
    kind: str,
    day: date,
    zones: list[str],
    compose: Callable[[str], tuple[str, Buttons]],
    wall: datetime,
    limit: int,
) -> int:
    prefix = f"reminder:{day.isoformat()}:" if kind == REMINDER else "countdown:"
    key = literal(prefix, String) + cast(Buyer.id, String)
    query = (
        select(Buyer.id, Buyer.telegram_id, User.language)
        .join(User, User.telegram_id == Buyer.telegram_id)
        .where(
            Buyer.timezone.in_(zones),
            Buyer.reminders.is_(True),
            User.blocked_at.is_(None),
            ~exists().where(OutboxMessage.dedupe_key == key),
        )
        .order_by(Buyer.id)
        .limit(limit)
    )
    if kind == REMINDER:
        query = query.where(~exists().where(CheckIn.buyer_id == Buyer.id, CheckIn.fair_day == day))
    messages = []
    for buyer_id, telegram_id, language in (await session.execute(query)).all():
        text, buttons = compose(language)
        messages.append(
            Outgoing(
                telegram_id, text, kind=kind, dedupe_key=f"{prefix}{buyer_id}", buttons=buttons
            )
        )
    return await enqueue(session, messages, wall)


def _composer(
    kind: str, day: date, calendar: FairCalendar, i18n: I18n, fair_name: str
) -> Callable[[str], tuple[str, Buttons]]:
    """Text and buttons per language, composed once per language in a batch."""
    made: dict[str, tuple[str, Buttons]] = {}

    def compose(language: str) -> tuple[str, Buttons]:
        if language not in made:
            t = i18n.translator(language)
            if kind == REMINDER:
                text, buttons = notices.reminder(t, day)
            else:
                text, buttons = notices.countdown(t, fair_name, calendar.first_day)
            made[language] = (t.paragraphs(text), buttons)
        return made[language]

    return compose


async def set_enabled(session: AsyncSession, telegram_id: int, enabled: bool) -> bool:
    """Turn a buyer's reminders on or off; returns whether they were on before."""
    buyer = (
        await session.execute(select(Buyer).where(Buyer.telegram_id == telegram_id))
    ).scalar_one_or_none()
    if buyer is None:
        raise NotRegistered()
    before = buyer.reminders
    buyer.reminders = enabled
    await session.flush()
    return before


async def enabled(session: AsyncSession, telegram_id: int) -> bool | None:
    """Whether the buyer gets reminders; None when they are not registered."""
    return (
        await session.execute(select(Buyer.reminders).where(Buyer.telegram_id == telegram_id))
    ).scalar_one_or_none()
