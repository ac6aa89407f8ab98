"""The database layer on both engines: migrations match the models, writes never lock out."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import MetaData, func, select, text
from sqlalchemy.engine import make_url

from bot.db import tables  # noqa: F401 - registers every table
from bot.db.engine import Database
from bot.db.models import Base, User
from bot.db.snapshots import shared_reads
from tests.auxil.tcp_proxy import TcpProxy


async def test_migrated_schema_matches_the_models(database: Database) -> None:
    async with database.engine.connect() as conn:
        reflected = MetaData()
        await conn.run_sync(reflected.reflect)
    for table in Base.metadata.sorted_tables:
        assert table.name in reflected.tables, table.name
        assert set(reflected.tables[table.name].columns.keys()) == set(table.columns.keys())


async def test_datetimes_come_back_aware_in_utc(database: Database) -> None:
    moment = datetime(2026, 10, 15, 9, 55, tzinfo=UTC)
    async with database.write() as session:
        session.add(
            User(
                telegram_id=7,
                language="en",
                language_chosen=False,
                created_at=moment,
                updated_at=moment,
            )
        )
    async with database.read() as session:
        stored = (await session.execute(select(User.created_at))).scalar_one()
    assert stored == moment and stored.utcoffset() is not None


async def test_concurrent_read_then_write_transactions_all_commit(database: Database) -> None:
    """Fifty writers that each read a counter and then write it: none fails, none is lost."""
    moment = datetime(2026, 10, 15, tzinfo=UTC)
    async with database.write() as session:
        session.add(
            User(
                telegram_id=1,
                language="0",
                language_chosen=False,
                created_at=moment,
                updated_at=moment,
            )
        )

    async def bump() -> None:
        async with database.write() as session:
            user = (
                await session.execute(select(User).where(User.telegram_id == 1).with_for_update())
            ).scalar_one()
            await asyncio.sleep(0)
            user.language = str(int(user.language) + 1)

    other = Database(database.url)
    try:
        await asyncio.gather(*(bump() for _ in range(25)), *(_bump_with(other) for _ in range(25)))
    finally:
        await other.dispose()
    async with database.read() as session:
        assert (await session.execute(select(User.language))).scalar_one() == "50"


async def _bump_with(db: Database) -> None:
    async with db.write() as session:
        user = (
            await session.execute(select(User).where(User.telegram_id == 1).with_for_update())
        ).scalar_one()
        await asyncio.sleep(0)
        user.language = str(int(user.language) + 1)


async def test_shared_reads_see_one_moment_of_the_database(
    database: Database, engine_name: str
) -> None:
    users = select(func.count()).select_from(User)
    now = datetime(2026, 10, 1, tzinfo=UTC)
    async with shared_reads(database, 3) as sessions:
        before = await sessions[0].scalar(users)
        async with database.write() as session:  # committed while the reads are open
            session.add(User(telegram_id=77, language="en", created_at=now, updated_at=now))
        seen = [await session.scalar(users) for session in sessions]
    assert len(sessions) == (1 if engine_name == "sqlite" else 3)
    assert seen == [before] * len(sessions)
    async with database.read() as session:
        assert await session.scalar(users) == (before or 0) + 1


async def test_head_constant_is_alembic_s_head(database: Database) -> None:
    from alembic.script import ScriptDirectory

    from bot.db import migrate

    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == migrate.HEAD
    assert await migrate.current(database) == migrate.HEAD


async def test_a_connection_lost_while_idle_is_replaced_unseen(database: Database) -> None:
    """pool_pre_ping: the first session after PostgreSQL came back works, on both engines
    (SQLite has no server to lose and is not pinged, but its pool serves it all the same)."""
    url = make_url(database.url)
    if database.is_sqlite:
        assert await _select_one(database) == await _select_one(database) == 1
        return
    async with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        db = Database(url.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
        try:
            assert await _select_one(db) == 1
            await proxy.cut()
            await proxy.restore()
            assert await _select_one(db) == 1
        finally:
            await db.dispose()


async def test_ping_says_whether_the_database_answers(database: Database) -> None:
    assert await database.ping(2.0)
    if database.is_sqlite:
        return
    url = make_url(database.url)
    async with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        db = Database(url.set(host="127.0.0.1", port=proxy.port).render_as_string(False))
        try:
            await proxy.cut()
            assert not await db.ping(2.0)
            await proxy.restore()
            assert await db.ping(2.0)
        finally:
            await db.dispose()


async def _select_one(db: Database) -> int | None:
    async with db.read() as session:
        return (await session.execute(text("SELECT 1"))).scalar()
