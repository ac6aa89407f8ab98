"""The outbox: the queue of messages the bot sends on its own.

Enqueueing happens in the caller's transaction, so a reminder or a reward notice is
queued if and only if what caused it committed; a `dedupe_key` queues a message at
most once ever. `bot.services.outbox_delivery` leases the queued rows to senders at
Telegram's rates and settles what happened to them.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.outbox import FAILED, QUEUED, SENDING, OutboxMessage
from bot.db.statements import affected, dialect_of

# The table itself, for statements over many rows at once (typed: `__table__` is not).
OUTBOX = cast(Table, OutboxMessage.__table__)
Buttons = list[list[tuple[str, str]]]
#: What a message carries, with its text as the caption: a photo or a document Telegram
#: already holds ("photo" | "document", file_id), or a small file the bot made, uploaded
#: as a document when sent ("file", its name, its bytes in base64: the row is JSON).
Media = tuple[str, str] | tuple[str, str, str]
INSERT_BATCH = 2_000


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message to queue. `dedupe_key`, when given, queues it at most once ever."""

    chat_id: int
    text: str
    kind: str
    dedupe_key: str | None = None
    buttons: Buttons | None = None
    broadcast_id: int | None = None
    not_before: datetime | None = None
    thread_id: int | None = None  # the live talk it belongs to, to route replies to it
    about: int | None = None  # whose personal data it carries, if not the recipient's
    media: Media | None = None


def upload(name: str, data: bytes) -> Media:
    """A file the bot made (an .ics, say) to send as a document; kept in the row until sent,
    so it must be small (a calendar file is a few hundred bytes)."""
    return ("file", name, base64.b64encode(data).decode("ascii"))


async def enqueue(session: AsyncSession, messages: Iterable[Outgoing], now: datetime) -> int:
    """Queue messages in the caller's transaction; returns how many were new."""
    rows = [_row(m, now) for m in messages]
    added = 0
    for start in range(0, len(rows), INSERT_BATCH):
        batch = rows[start : start + INSERT_BATCH]
        keyed = [r for r in batch if r["dedupe_key"] is not None]
        plain = [r for r in batch if r["dedupe_key"] is None]
        if plain:
            await session.execute(insert(OutboxMessage), plain)
            added += len(plain)
        if keyed:
            added += await _insert_new(session, keyed)
    return added


def _row(m: Outgoing, now: datetime) -> dict[str, Any]:
    return {
        "chat_id": m.chat_id, "kind": m.kind, "dedupe_key": m.dedupe_key, "text": m.text,
        "buttons": [[list(b) for b in row] for row in m.buttons] if m.buttons else None,
        "broadcast_id": m.broadcast_id, "status": QUEUED, "attempts": 0,
        "not_before": m.not_before or now, "created_at": now, "thread_id": m.thread_id,
        "about_user_id": m.about, "media": list(m.media) if m.media else None,
    }  # fmt: skip


async def _insert_new(session: AsyncSession, rows: list[dict[str, Any]]) -> int:
    """Insert rows whose dedupe_key is not queued yet (INSERT ... ON CONFLICT DO NOTHING)."""
    statement = (
        dialect_of(session)
        .insert(OutboxMessage)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
    )
    inserted = await session.execute(statement.returning(OutboxMessage.id), rows)
    return len(inserted.all())


async def counts(session: AsyncSession, broadcast_id: int | None = None) -> dict[str, int]:
    """How many messages are in each status (of one broadcast, or of the whole outbox)."""
    query = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
    if broadcast_id is not None:
        query = query.where(OutboxMessage.broadcast_id == broadcast_id)
    found = await session.execute(query)
    return {status: int(n) for status, n in found.all()}


async def pending(session: AsyncSession) -> int:
    """Messages not settled yet (queued or being sent)."""
    found = await session.execute(
        select(func.count())
        .select_from(OutboxMessage)
        .where(OutboxMessage.status.in_((QUEUED, SENDING)))
    )
    return int(found.scalar_one())


async def withdraw(session: AsyncSession, kind: str, key_prefix: str, reason: str) -> int:
    """Settle as failed, with `reason`, the queued messages of `kind` whose dedupe key starts
    with `key_prefix` (what they say is no longer true); one being sent goes on. Their keys
    stay taken, so they are never queued again."""
    done = await session.execute(
        update(OutboxMessage)
        .where(
            OutboxMessage.kind == kind,
            OutboxMessage.status == QUEUED,
            OutboxMessage.dedupe_key.startswith(key_prefix, autoescape=True),
        )
        .values(status=FAILED, error=reason)
        .execution_options(synchronize_session=False)
    )
    return affected(done)
