"""Flow state on both engines: a place in a flow stored before 0012 (in the table then
called `conversations`, its draft a plain JSON object) survives the rename and loads
as the flow's typed draft, so no one's draft is lost."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command
from sqlalchemy import MetaData

from bot.db.engine import Database
from bot.db.migrate import alembic_config
from bot.db.models import UTCDateTime
from bot.services import flow_state, registration, users
from bot.services.registration import Draft, Step

NOW = datetime(2026, 10, 1, tzinfo=UTC)
USER = 4343
BEFORE = "0011_privacy"
OLD = sa.table(
    "conversations",
    sa.column("telegram_id", sa.BigInteger),
    sa.column("flow", sa.String),
    sa.column("step", sa.String),
    sa.column("token", sa.String),
    sa.column("data", sa.JSON),
    sa.column("updated_at", UTCDateTime()),
)


async def _migrate(database: Database, revision: str) -> None:
    """Down to `revision`, or up to it when it is `head`, in one transaction."""
    move = command.upgrade if revision == "head" else command.downgrade
    async with database.engine.begin() as connection:
        await connection.run_sync(lambda sync: move(alembic_config(sync), revision))


async def _tables(database: Database) -> set[str]:
    async with database.engine.connect() as connection:
        reflected = MetaData()
        await connection.run_sync(reflected.reflect)
    return set(reflected.tables)


async def test_a_draft_stored_before_the_rename_is_still_there(database: Database) -> None:
    await _migrate(database, BEFORE)
    assert "conversations" in await _tables(database)
    async with database.write() as s:
        await users.ensure(s, USER, "en", NOW)
        await s.execute(
            OLD.insert().values(
                telegram_id=USER, flow="registration", step="company", token="abcd1234",
                data={"full_name": "Ana García", "interests": []}, updated_at=NOW,
            )
        )  # fmt: skip
    await _migrate(database, "head")
    tables = await _tables(database)
    assert "flow_states" in tables and "conversations" not in tables
    async with database.read() as s:
        state = await flow_state.get(s, USER, *registration.FLOWS)
        arrival = await users.arrival(s, USER)
    assert state is not None and (state.flow, state.step, state.token) == (
        "registration",
        Step.COMPANY,
        "abcd1234",
    )
    assert state.draft == Draft(full_name="Ana García")
    assert registration.FLOW.read(arrival.state) == state
