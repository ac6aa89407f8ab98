"""How long the outbox keeps what it sent, and forgetting what it holds about someone.

An outbox row keeps the text it delivered: a lead alert holds the buyer's name,
e-mail, phone and message; a relayed message, what was said; a reward notice, a
redeem code. So a row goes when the person it concerns uses /forget (`forget`),
and every settled row goes once the retention has passed (`prune`). Which talk a
relayed message belongs to is kept apart, with the talk (`relayed_messages`), so a
late reply still finds its conversation.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.outbox import BLOCKED, FAILED, SENT, OutboxMessage
from bot.db.statements import affected
from bot.services.outbox import OUTBOX

PRUNE_BATCH = 5_000


async def forget(session: AsyncSession, telegram_id: int) -> int:
    """Delete every message to the user or about them (`about_user_id`), in any status.

    One being sent at this moment may still arrive; its outcome then settles nothing."""
    deleted = await session.execute(
        delete(OutboxMessage).where(
            or_(OutboxMessage.chat_id == telegram_id, OutboxMessage.about_user_id == telegram_id)
        )
    )
    return affected(deleted)


async def prune(session: AsyncSession, before: datetime, limit: int = PRUNE_BATCH) -> int:
    """Delete up to `limit` settled messages last due, and sent, before `before`.

    An announcement's messages stay: they carry its text, the same for everyone, and
    its figures are counted from them (/forget still takes each buyer's own).
    Idempotent, so any number of processes may prune at once. `not_before` narrows
    the search through the outbox's (status, not_before) index: a message is never
    sent before it is due."""
    table = OUTBOX
    old = (
        select(table.c.id)
        .where(
            table.c.status.in_((SENT, BLOCKED, FAILED)),
            table.c.not_before < before,
            or_(table.c.sent_at.is_(None), table.c.sent_at < before),
            table.c.broadcast_id.is_(None),
        )
        .order_by(table.c.id)
        .limit(limit)
    )
    ids = list((await session.execute(old)).scalars())
    if ids:
        await session.execute(delete(table).where(table.c.id.in_(ids)))
    return len(ids)
