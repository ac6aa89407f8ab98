"""The outbox's retention on both engines: old settled messages go, /forget takes a person's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.db.engine import Database
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENDING, SENT, OutboxMessage
from bot.services import retention
from bot.services.outbox import Outgoing, enqueue

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
CUTOFF = NOW - timedelta(days=30)


def message(text: str, status: str, due: datetime, **extra: object) -> OutboxMessage:
    """A message last due at `due`, sent then when its status says it was."""
    fields: dict[str, object] = {"chat_id": 1, "sent_at": due if status == SENT else None}
    return OutboxMessage(
        kind="test", text=text, status=status, attempts=0, not_before=due, created_at=due,
        **(fields | extra),
    )  # fmt: skip


async def texts(db: Database) -> set[str]:
    async with db.read() as session:
        return set((await session.execute(select(OutboxMessage.text))).scalars())


async def test_prune_deletes_settled_messages_older_than_the_retention(database: Database) -> None:
    old, recent = CUTOFF - timedelta(minutes=1), CUTOFF + timedelta(minutes=1)
    async with database.write() as session:
        session.add_all([
            message("old sent", SENT, old), message("old blocked", BLOCKED, old),
            message("old failed", FAILED, old), message("recent sent", SENT, recent),
            message("old but queued", QUEUED, old), message("old but sending", SENDING, old),
            message("old announcement", SENT, old, broadcast_id=7),
            message("due long ago, sent lately", SENT, old, sent_at=recent),
        ])  # fmt: skip
    async with database.write() as session:
        assert await retention.prune(session, CUTOFF) == 3
    async with database.write() as session:
        assert await retention.prune(session, CUTOFF) == 0  # idempotent
    assert await texts(database) == {
        "recent sent", "old but queued", "old but sending", "old announcement",
        "due long ago, sent lately",
    }  # fmt: skip


async def test_prune_goes_in_batches(database: Database) -> None:
    old = CUTOFF - timedelta(days=1)
    async with database.write() as session:
        session.add_all([message(f"m{n}", SENT, old, chat_id=n) for n in range(5)])
    async with database.write() as session:
        assert await retention.prune(session, CUTOFF, limit=3) == 3
    async with database.write() as session:
        assert await retention.prune(session, CUTOFF, limit=3) == 2
    assert await texts(database) == set()


async def test_forget_takes_messages_to_and_about_the_person_only(database: Database) -> None:
    buyer, staff, other = 7_000_000_001, 42, 43
    async with database.write() as session:
        await enqueue(
            session,
            [
                Outgoing(buyer, "reward code", "reward"),
                Outgoing(staff, "lead: the buyer's name and phone", "handoff", about=buyer),
                Outgoing(staff, "lead about someone else", "handoff", about=other),
                Outgoing(other, "a reminder", "reminder"),
            ],
            NOW,
        )
        session.add(message("sent to the buyer", SENT, NOW, chat_id=buyer))
    async with database.write() as session:
        assert await retention.forget(session, buyer) == 3
    assert await texts(database) == {"lead about someone else", "a reminder"}
