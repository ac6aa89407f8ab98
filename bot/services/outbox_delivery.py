"""Outbox delivery: lease queued messages to senders in paced slots, and settle them.

Leasing hands a sender the next messages `bot.services.outbox` queued, with the time
each may go out: one global schedule (`OutboxPace`, locked by every leaser, so all
processes together hold one rate), at most one message per chat per `per_chat`
seconds counted from when the last one was really sent, and nobody sends while a 429
pause lasts. Rows are taken with `FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite's write lock
(BEGIN IMMEDIATE) serialises leasers there.

A lease is one sender's hold on a row, named by a token (new for every lease, stored on
the row); `settle` and `give_back` change a row only with the token of the lease that
holds it. A lease lasts `request_timeout + lease_ttl` past its slot, and the sender
starts a send only while that leaves the request timeout and half of `lease_ttl` (see
`bot.outbox_sender`): every send is answered, or given up, while its lease holds, and
a lease expires only when its sender died or could not reach the database for half of
`lease_ttl` or more. The row is queued again then, and a late settle of the old lease
changes nothing, whoever holds the row now.

Every time here is wall time (`Clock.wall`): Telegram counts real seconds, and a
demo clock moved to a fair morning must neither stall nor rush the sender.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, exists, func, or_, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.db.handoff import HandoffThread, RelayedMessage
from bot.db.models import User
from bot.db.outbox import (
    BLOCKED,
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    OutboxMessage,
    OutboxPace,
)
from bot.db.statements import affected, dialect_of
from bot.services.outbox import OUTBOX, Buttons, Media

#: How far a send may land from its slot (early starts, event-loop stalls, the
#: network): slots are spaced so that even so, no second holds more than the rate.
#: Larger bunching (a stalled server) is held back by each sender's window on what
#: Telegram may have received (`bot.outbox_sender`).
JITTER = 0.008
MAX_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class Pacing:
    """Telegram's limits as the sender holds them."""

    rate: float = 30.0  # messages a second, all chats and all processes together
    per_chat: float = 1.0  # seconds between two messages to one chat
    horizon: float = 0.5  # seconds of slots one lease takes
    lease_ttl: float = 30.0  # seconds a lease outlives its send's longest answer
    request_timeout: float = 30.0  # seconds a send waits for Telegram's answer at most

    @property
    def spacing(self) -> float:
        """Seconds between two slots: any 1 s window, jitter included, holds <= rate.

        A second holding rate + 1 sends, each up to JITTER off its slot, would span
        `rate` spacings in under 1 + 2 * JITTER seconds; at this spacing they cannot.
        """
        return (1 + 2 * JITTER) / self.rate


@dataclass(frozen=True, slots=True)
class Lease:
    """A message a sender holds, to send at `send_at`, until `until`, as `token`."""

    id: int
    chat_id: int
    text: str
    buttons: Buttons | None
    send_at: datetime
    attempts: int
    token: str
    until: datetime
    media: Media | None = None
    relay: bool = False  # a message relayed in a live talk (its Telegram id is recorded)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one leased message.

    status SENT; BLOCKED (403, or 400 chat not found: the chat gets nothing more);
    FAILED (a refusal that retrying cannot fix); QUEUED (try again after `retry_at`,
    counting an attempt unless `paused`: a 429 is Telegram's pacing, not a failure).
    `token` is the lease's: the outcome is recorded only if that lease still holds it.
    """

    id: int
    chat_id: int
    status: str
    at: datetime
    error: str | None = None
    retry_at: datetime | None = None
    paused: bool = False
    message_id: int | None = None  # Telegram's id of the sent message
    _: KW_ONLY
    token: str
    relay: bool = False  # the lease's: only a relay's Telegram id is recorded, by its talk


@dataclass(slots=True)
class Leased:
    messages: list[Lease] = field(default_factory=list)
    wake_at: datetime | None = None  # nothing to send before then (None: nothing queued)


def _later(session: AsyncSession, current: Any, value: Any) -> Any:
    """SQL for the later of two instants (SQLite's max() of two values is GREATEST)."""
    return (
        func.greatest(current, value)
        if dialect_of(session) is postgresql
        else func.max(current, value)
    )


async def lease(
    session: AsyncSession, owner: str, pacing: Pacing, now: datetime, limit: int | None = None
) -> Leased:
    """Take the next messages (at most `limit`: what the sender can start in time) and
    their send times, within every limit (see the module doc)."""
    await _expire_leases(session, now)
    pace = (
        await session.execute(select(OutboxPace).where(OutboxPace.id == 1).with_for_update())
    ).scalar_one()
    if pace.pause_until > now:
        return Leased(wake_at=pace.pause_until)
    step = timedelta(seconds=pacing.spacing)
    slot = max(now, pace.next_slot_at)
    end = now + timedelta(seconds=pacing.horizon)
    room = max(0, math.ceil((end - slot) / step))
    if limit is not None:
        room = min(room, limit)
    if room == 0:
        return Leased(wake_at=slot - timedelta(seconds=pacing.horizon / 2))
    # A chat takes its next message once the last one was really sent (answered, so
    # received by Telegram before that) `per_chat` seconds ago, and none is in flight.
    table, other = OUTBOX, aliased(OutboxMessage)
    recent = now - timedelta(seconds=pacing.per_chat + 2 * JITTER)
    busy = exists().where(
        other.chat_id == table.c.chat_id,
        or_(other.status == SENDING, and_(other.status == SENT, other.sent_at > recent)),
    )
    candidates = (
        await session.execute(
            select(table.c.id, table.c.chat_id, table.c.not_before)
            .where(table.c.status == QUEUED, table.c.not_before <= end, ~busy)
            .order_by(table.c.not_before, table.c.id)
            .limit(room * 2)
            .with_for_update(skip_locked=True)
        )
    ).all()
    chosen: list[dict[str, Any]] = []
    chats: set[int] = set()
    ttl = timedelta(seconds=pacing.request_timeout + pacing.lease_ttl)  # see the module doc
    for row_id, chat_id, not_before in candidates:
        at = max(slot, not_before)
        if len(chosen) == room or chat_id in chats or at > end:
            continue
        chats.add(chat_id)
        chosen.append({"row_id": row_id, "at": at, "until": at + ttl})
        slot = at + step
    if not chosen:
        return Leased(wake_at=await _next_due(session, now))
    pace.next_slot_at = slot
    token = secrets.token_hex(8)  # one lease call's rows share it; (id, token) is unique
    await session.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(status=SENDING, lease_owner=owner, lease_token=token, send_at=bindparam("at"),
                lease_until=bindparam("until")),
        chosen,
    )  # fmt: skip
    rows = await session.execute(
        select(table.c.id, table.c.chat_id, table.c.text, table.c.buttons, table.c.send_at,
               table.c.attempts, table.c.lease_until, table.c.media, table.c.thread_id)
        .where(table.c.id.in_([c["row_id"] for c in chosen]))
        .order_by(table.c.send_at)
    )  # fmt: skip
    leases = [
        Lease(i, chat, text, _buttons(b), at, n, token, until, _media(m), thread is not None)
        for i, chat, text, b, at, n, until, m, thread in rows.all()
    ]
    return Leased(leases)


#: A row no longer leased keeps nothing of its last lease.
_UNLEASED: dict[str, Any] = {
    "status": QUEUED, "lease_owner": None, "lease_token": None, "send_at": None
}  # fmt: skip


async def _expire_leases(session: AsyncSession, now: datetime) -> None:
    """Queue again what a dead (or cut off) sender leased and never settled."""
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == SENDING, OutboxMessage.lease_until < now)
        .values(**_UNLEASED)
    )


async def _next_due(session: AsyncSession, now: datetime) -> datetime | None:
    """When the earliest queued message may go (None: the queue is empty)."""
    found = await session.execute(
        select(func.min(OutboxMessage.not_before)).where(OutboxMessage.status == QUEUED)
    )
    earliest = found.scalar_one_or_none()
    if earliest is None:
        return None
    return max(earliest, now + timedelta(milliseconds=200))


def _buttons(raw: list[Any] | None) -> Buttons | None:
    if not raw:
        return None
    return [[(str(label), str(data)) for label, data in row] for row in raw]


def _media(raw: list[str] | None) -> Media | None:
    if not raw:
        return None
    if len(raw) == 3:
        return (raw[0], raw[1], raw[2])
    return (raw[0], raw[1])


async def settle(session: AsyncSession, outcomes: Sequence[Outcome]) -> None:
    """Record what happened to leased messages, each only if its lease still holds it.

    A sent message's `sent_at` is when Telegram answered: a chat's next message is
    leased `per_chat` after that (see `lease`), however late this one started. A sent
    relay's id is recorded under its talk (`_relayed`)."""
    table = OUTBOX
    sent = [o for o in outcomes if o.status == SENT]
    if sent:  # the common case, in one executemany: the owner stays, saying who sent it
        await session.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"), _held_by(bindparam("held_by")))
            .values(
                status=SENT,
                sent_at=bindparam("at"),
                error=None,
                telegram_message_id=bindparam("message_id"),
            ),
            [{"row_id": o.id, "held_by": o.token, "at": o.at, "message_id": o.message_id}
             for o in sent],
        )  # fmt: skip
        relays = [o.id for o in sent if o.relay]
        if relays:  # most messages are none: the query is not even built for them
            await _relayed(session, relays)
    again = [o for o in outcomes if o.status == QUEUED]
    if again:  # after a 429, a sender gives back all it holds: one executemany too
        await session.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"), _held_by(bindparam("held_by")))
            .values(
                **_UNLEASED,
                error=bindparam("why"),
                not_before=bindparam("retry_at"),
                attempts=table.c.attempts + bindparam("attempt"),
            ),
            [{"row_id": o.id, "held_by": o.token, "why": o.error, "retry_at": o.retry_at or o.at,
              "attempt": 0 if o.paused else 1} for o in again],
        )  # fmt: skip
    for o in outcomes:
        if o.status in (SENT, QUEUED):
            continue
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id == o.id, _held_by(o.token))
            .values(status=o.status, lease_owner=None, error=o.error)
        )
        if o.status == BLOCKED:
            await block_chat(session, o.chat_id, o.at, o.error or "blocked")
    pauses = [o.retry_at for o in again if o.paused and o.retry_at is not None]
    if pauses:
        await session.execute(
            update(OutboxPace)
            .where(OutboxPace.id == 1)
            .values(
                pause_until=_later(session, OutboxPace.pause_until, max(pauses)),
                next_slot_at=_later(session, OutboxPace.next_slot_at, max(pauses)),
            )
        )


async def _relayed(session: AsyncSession, ids: list[int]) -> None:
    """Record which talk each sent relay among `ids` belongs to, by its Telegram id.

    From the rows, not the outcomes: a settle whose lease no longer held its row
    recorded nothing. Once is enough (a repeated settle adds nothing), and a talk
    deleted meanwhile (/forget) has nothing to record.
    """
    table = OUTBOX
    relays = (
        select(table.c.chat_id, table.c.telegram_message_id, table.c.thread_id)
        .join(HandoffThread, HandoffThread.id == table.c.thread_id)
        .where(table.c.id.in_(ids), table.c.telegram_message_id.is_not(None))
    )
    columns = ["chat_id", "message_id", "thread_id"]
    await session.execute(
        dialect_of(session)
        .insert(RelayedMessage)
        .from_select(columns, relays)
        .on_conflict_do_nothing()
    )


async def give_back(session: AsyncSession, leases: Sequence[Lease]) -> None:
    """Queue again, as they were, leased messages the sender will not start (too late to
    start within their lease); a lease that no longer holds its row changes nothing."""
    if not leases:
        return
    table = OUTBOX
    await session.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"), _held_by(bindparam("held_by")))
        .values(**_UNLEASED),
        [{"row_id": lease.id, "held_by": lease.token} for lease in leases],
    )


def _held_by(token: Any) -> Any:
    """SQL: the row is leased, by the lease with this token."""
    return and_(OutboxMessage.status == SENDING, OutboxMessage.lease_token == token)


async def block_chat(session: AsyncSession, chat_id: int, now: datetime, reason: str) -> None:
    """The chat blocked the bot (or is gone): mark the user, drop what is queued for it."""
    await session.execute(
        update(User).where(User.telegram_id == chat_id, User.blocked_at.is_(None))
        .values(blocked_at=now)
    )  # fmt: skip
    await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.chat_id == chat_id, OutboxMessage.status == QUEUED)
        .values(status=BLOCKED, error=reason[:300])
    )


async def release(session: AsyncSession, owner: str) -> int:
    """Give back what `owner` leased and did not send (a clean stop)."""
    released = await session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.status == SENDING, OutboxMessage.lease_owner == owner)
        .values(**_UNLEASED)
    )
    return affected(released)


def retry_outcome(lease: Lease, error: str, now: datetime) -> Outcome:
    """Retry with exponential backoff (2, 4, 8, 16 s), then give up as failed."""
    if lease.attempts + 1 >= MAX_ATTEMPTS:
        return Outcome(lease.id, lease.chat_id, FAILED, now, error[:300], token=lease.token)
    retry_at = now + timedelta(seconds=2 ** (lease.attempts + 1))
    return Outcome(lease.id, lease.chat_id, QUEUED, now, error[:300], retry_at, token=lease.token)
