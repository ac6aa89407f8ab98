"""Migration 0015 on both engines: meetings booked before it are confirmed meetings, not
requests, and nothing lets them lapse."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, select, text

from bot.db import migrate
from bot.db.engine import Database
from bot.db.meetings import Meeting
from bot.domain import MeetingStatus
from tests.auxil.meetings import registered, synced_catalog

NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)
ANA = 501
OLD_MEETING = (
    "INSERT INTO meetings (telegram_id, slot_id, exhibitor_id, exhibitor_name, starts_at, "
    "ends_at, booked_at) VALUES (:buyer, 'AV2', 'EX0001', '{}', :at, :at, :at)"
)


async def test_meetings_booked_before_requests_existed_are_confirmed(
    database: Database, tmp_path: Path
) -> None:
    await synced_catalog(database, tmp_path / "feed")
    await registered(database, ANA, "Europe/Madrid")
    async with database.engine.begin() as connection:
        await connection.run_sync(lambda sync: _downgrade(sync, "0014_exhibitor_side"))
        await connection.execute(text(OLD_MEETING), {"buyer": ANA, "at": NOW})
    await migrate.upgrade(database)
    async with database.read() as s:
        (meeting,) = (await s.execute(select(Meeting))).scalars()
    assert (meeting.status, meeting.expires_at, meeting.answered_by) == (
        MeetingStatus.CONFIRMED, None, None,
    )  # fmt: skip


def _downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    command.downgrade(migrate.alembic_config(connection), revision)
