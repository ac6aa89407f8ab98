"""Migration 0021 on both engines: talks answered before it get their first-response time."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection, TextClause, bindparam, select, text

from bot.db import migrate
from bot.db.engine import Database
from bot.db.handoff import HandoffThread
from bot.db.models import UTCDateTime
from tests.auxil.handoff import ANA, BEN, NOW, db

__all__ = ["db"]


THREAD = (
    "INSERT INTO handoff_threads (id, buyer_id, exhibitor_id, product_id, status, created_at, "
    "waiting_since) VALUES (:id, :buyer, 'EX0002', 'P000001', 'open', :at, :at)"
)
MESSAGE = (
    "INSERT INTO handoff_messages (thread_id, from_staff, sender_id, text, created_at) "
    "VALUES (:thread, :from_staff, 1, 'hi', :at)"
)


async def test_answered_talks_get_when_staff_first_wrote(db: Database) -> None:
    """Talks of before the migration (written at 0020: a downgrade on SQLite rebuilds the
    table, and its messages would go with it)."""
    async with db.engine.begin() as connection:
        await connection.run_sync(lambda sync: _downgrade(sync, "0020_meeting_ids"))
        for thread, buyer in ((1, ANA), (2, BEN)):
            await connection.execute(_typed(THREAD), {"id": thread, "buyer": buyer, "at": NOW})
        for seconds, from_staff in ((0, False), (300, True), (75, True), (400, False)):
            at = NOW + timedelta(seconds=seconds)
            await connection.execute(
                _typed(MESSAGE), {"thread": 1, "from_staff": from_staff, "at": at}
            )
        await connection.execute(_typed(MESSAGE), {"thread": 2, "from_staff": False, "at": NOW})
    await migrate.upgrade(db)
    async with db.read() as s:
        found = dict(
            (await s.execute(select(HandoffThread.id, HandoffThread.first_answered_at))).all()
        )
    assert found == {1: NOW + timedelta(seconds=75), 2: None}


def _typed(statement: str) -> TextClause:
    return text(statement).bindparams(bindparam("at", type_=UTCDateTime()))


def _downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(migrate.alembic_config(connection), revision)
