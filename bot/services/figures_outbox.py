"""The outbox's figure: messages sent, blocked (the user blocked the bot) and failed, per day.

A message is counted on the fair-clock date it was queued (`created_at`). These are
messages, not buyers: plain numbers. Settled messages are pruned after
OUTBOX_RETENTION_DAYS (announcements' excepted), so older days count fewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.clock_sql import as_date
from bot.db.outbox import BLOCKED, FAILED, SENT, OutboxMessage
from bot.services.figures import Period, day_of, within

SETTLED = (SENT, BLOCKED, FAILED)


@dataclass(frozen=True)
class OutboxDay:
    day: date
    sent: int
    blocked: int
    failed: int


async def outbox_per_day(session: AsyncSession, period: Period) -> list[OutboxDay]:
    """Each fair-clock date of the period with settled messages, by outcome."""
    day = day_of(session, OutboxMessage.created_at, period)
    # Every status is counted and the unsettled ones dropped here: a condition on the
    # status would lead SQLite (without statistics) to the outbox's queue index, not to
    # the (created_at, status) index that holds all this query reads.
    rows = await session.execute(
        select(day, OutboxMessage.status, func.count())
        .where(*within(OutboxMessage.created_at, period))
        .group_by(day, OutboxMessage.status)
    )
    counted: dict[date, dict[str, int]] = {}
    for found, status, n in rows.all():
        if status in SETTLED:
            counted.setdefault(as_date(found), {})[status] = int(n)
    return [
        OutboxDay(d, c.get(SENT, 0), c.get(BLOCKED, 0), c.get(FAILED, 0))
        for d, c in sorted(counted.items())
    ]
