"""Sending a confirmed announcement: one outbox message per buyer, and how far it has gone.

Confirming creates the broadcast row and queues every recipient in the same
transaction. Recipients are read as a stream and queued in chunks, so a fair of
200,000 buyers costs a few hundred multi-row INSERTs and memory for one chunk,
not one round trip or one object per buyer. Each message's dedupe key names the
broadcast and the chat, so queueing again adds nothing.

The outbox says where each message is (`outbox.counts`); the broadcast row keeps
where the organizer watches that (`progress_chat_id`/`progress_message_id`) and
when it was over (`finished_at`), so a restarted bot resumes the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.broadcasts import Broadcast
from bot.db.models import Buyer, User
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENDING, SENT, OutboxMessage
from bot.errors import AlreadySent, StaleAction
from bot.services import broadcasts, flow_state, outbox
from bot.services.outbox import Outgoing
from bot.telegram_html import parse_html

KIND = "broadcast"
CHUNK = 2_000
EXCERPT = 80


@dataclass(frozen=True)
class Created:
    id: int
    total: int


@dataclass(frozen=True)
class Progress:
    """Where a broadcast's messages are; `waiting` is queued or being sent."""

    id: int
    total: int
    sent: int
    blocked: int
    failed: int
    waiting: int

    @property
    def finished(self) -> bool:
        return self.waiting == 0


@dataclass(frozen=True)
class Tracked:
    """An unfinished broadcast and the message its author watches it in (if any yet)."""

    id: int
    author_id: int
    chat_id: int | None
    message_id: int | None


@dataclass(frozen=True)
class Summary:
    progress: Progress
    created_at: datetime
    languages: list[str]
    excerpt: str


async def confirm(
    session: AsyncSession,
    admin_id: int,
    token: str,
    headers: Mapping[str, str],
    now: datetime,
    wall: datetime,
) -> Created:
    """Create the broadcast of the draft under preview and queue it for every buyer.

    A second tap finds the draft gone (AlreadySent when its broadcast exists,
    StaleAction otherwise); the unique token stops a second row even so."""
    state = await flow_state.lock(session, admin_id, broadcasts.FLOW)
    if state is None or state.token != token:
        if await _exists(session, token):
            raise AlreadySent()
        raise StaleAction()
    if state.step != broadcasts.Step.PREVIEW:
        raise StaleAction()
    texts = dict(state.draft.texts)
    row = Broadcast(token=token, author_id=admin_id, texts=texts, total=0, created_at=now)
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError:
        raise AlreadySent() from None
    row.total = await queue(session, row.id, headers, texts, wall)
    if row.total == 0:
        row.finished_at = now
    await flow_state.end(session, admin_id)
    await session.flush()
    return Created(row.id, row.total)


async def queue(
    session: AsyncSession,
    broadcast_id: int,
    headers: Mapping[str, str],
    texts: Mapping[str, str],
    wall: datetime,
) -> int:
    """Queue the broadcast for every registered buyer who has not blocked the bot, in
    their language; returns how many messages are new (0 when queued already)."""
    messages = {code: broadcasts.compose(headers, texts, code) for code in {*headers, *texts}}
    recipients = await session.stream(
        select(User.telegram_id, User.language)
        .join(Buyer, Buyer.telegram_id == User.telegram_id)
        .where(User.blocked_at.is_(None))
        .order_by(User.telegram_id)
        .execution_options(yield_per=CHUNK)
    )
    added = 0
    async for chunk in recipients.partitions(CHUNK):
        added += await outbox.enqueue(
            session,
            [
                Outgoing(
                    chat_id,
                    messages.get(language) or messages[broadcasts.FALLBACK],
                    kind=KIND,
                    dedupe_key=f"{KIND}:{broadcast_id}:{chat_id}",
                    broadcast_id=broadcast_id,
                )
                for chat_id, language in chunk
            ],
            wall,
        )
    return added


async def progress(session: AsyncSession, broadcast_id: int) -> Progress:
    row = await session.get(Broadcast, broadcast_id)
    if row is None:
        raise StaleAction()
    return _progress(row, await outbox.counts(session, broadcast_id))


async def watch(session: AsyncSession, broadcast_id: int, chat_id: int, message_id: int) -> None:
    """Remember the message the author watches the progress in."""
    await session.execute(
        update(Broadcast)
        .where(Broadcast.id == broadcast_id)
        .values(progress_chat_id=chat_id, progress_message_id=message_id)
    )


async def finish(session: AsyncSession, broadcast_id: int, now: datetime) -> Progress | None:
    """Mark the broadcast over if nothing of it waits any more; its final figures, or None."""
    row = await session.get(Broadcast, broadcast_id, with_for_update=True)
    if row is None:
        return None
    done = _progress(row, await outbox.counts(session, broadcast_id))
    if not done.finished:
        return None
    if row.finished_at is None:
        row.finished_at = now
    return done


async def unfinished(session: AsyncSession) -> list[Tracked]:
    """Broadcasts still going out, whose progress report a (re)started bot takes up."""
    found = await session.execute(
        select(
            Broadcast.id,
            Broadcast.author_id,
            Broadcast.progress_chat_id,
            Broadcast.progress_message_id,
        )
        .where(Broadcast.finished_at.is_(None))
        .order_by(Broadcast.id)
    )
    return [Tracked(*row) for row in found.all()]


async def watched(session: AsyncSession, broadcast_id: int) -> Tracked | None:
    """The broadcast's author and the message they watch it in."""
    row = await session.get(Broadcast, broadcast_id)
    if row is None:
        return None
    return Tracked(row.id, row.author_id, row.progress_chat_id, row.progress_message_id)


async def recent(session: AsyncSession, limit: int = 5) -> list[Summary]:
    """The last broadcasts, newest first, with their figures."""
    rows = (
        (await session.execute(select(Broadcast).order_by(Broadcast.id.desc()).limit(limit)))
        .scalars()
        .all()
    )
    counts: dict[int, dict[str, int]] = {row.id: {} for row in rows}
    if rows:
        found = await session.execute(
            select(OutboxMessage.broadcast_id, OutboxMessage.status, func.count())
            .where(OutboxMessage.broadcast_id.in_(list(counts)))
            .group_by(OutboxMessage.broadcast_id, OutboxMessage.status)
        )
        for broadcast_id, status, n in found.all():
            counts[cast(int, broadcast_id)][status] = int(n)  # in_() picked non-null ids
    return [
        Summary(
            progress=_progress(row, counts[row.id]),
            created_at=row.created_at,
            languages=sorted(row.texts, key=lambda code: code != broadcasts.FALLBACK),
            excerpt=_excerpt(row.texts[broadcasts.FALLBACK]),
        )
        for row in rows
    ]


async def _exists(session: AsyncSession, token: str) -> bool:
    found = await session.execute(select(Broadcast.id).where(Broadcast.token == token))
    return found.scalar_one_or_none() is not None


def _progress(row: Broadcast, counts: Mapping[str, int]) -> Progress:
    return Progress(
        id=row.id,
        total=row.total,
        sent=counts.get(SENT, 0),
        blocked=counts.get(BLOCKED, 0),
        failed=counts.get(FAILED, 0),
        waiting=counts.get(QUEUED, 0) + counts.get(SENDING, 0),
    )


def _excerpt(html: str) -> str:
    """The start of a text without its markup, on one line (plain text: escape to show)."""
    plain = " ".join(parse_html(html)[0].split())
    return plain if len(plain) <= EXCERPT else plain[: EXCERPT - 1] + "…"
