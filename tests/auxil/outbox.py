"""Buyers in the double, messages queued for them, and waiting until the outbox is empty."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.outbox import OutboxMessage
from bot.services import outbox
from bot.services.outbox import Outgoing
from bot.telegram_double import BotApiDouble

FIRST_USER = 7000


def users(double: BotApiDouble, count: int) -> list[int]:
    """`count` users known to the double, from FIRST_USER on; returns their ids."""
    ids = list(range(FIRST_USER, FIRST_USER + count))
    for user_id in ids:
        double.add_user(user_id, f"Buyer {user_id}")
    return ids


async def queue(db: Database, chats: list[int], per_chat: int, clock: Clock) -> list[str]:
    """Queue `per_chat` numbered messages to each chat (round robin); returns their texts."""
    wanted = [Outgoing(c, f"notice {n} for {c}", "test") for n in range(per_chat) for c in chats]
    async with db.write() as session:
        await outbox.enqueue(session, wanted, clock.wall())
    return [m.text for m in wanted]


async def drained(db: Database, timeout: float, poll: float = 0.1) -> None:
    """Return once nothing is pending in the outbox (queued or being sent)."""
    async with asyncio.timeout(timeout):
        while True:
            async with db.read() as session:
                if await outbox.pending(session) == 0:
                    return
            await asyncio.sleep(poll)


async def rows_of(
    db: Database, kind: str, *columns: InstrumentedAttribute[Any]
) -> list[tuple[Any, ...]]:
    """`columns` of every outbox message of `kind`, in the order they were queued."""
    async with db.read() as session:
        found = await session.execute(
            select(*columns).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
        )
        return [tuple(row) for row in found.all()]
