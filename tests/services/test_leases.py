"""Job leases on both engines: one holder at a time, renewal, expiry and takeover."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.db.engine import Database
from bot.services import leases

T0 = datetime(2026, 10, 16, 2, 0, tzinfo=UTC)
TTL = timedelta(seconds=30)


async def hold(db: Database, owner: str, now: datetime, name: str = "reminders") -> bool:
    async with db.write() as session:
        return await leases.hold(session, name, owner, TTL, now)


async def holder(db: Database, now: datetime, name: str = "reminders") -> str | None:
    async with db.read() as session:
        return await leases.holder(session, name, now)


async def test_the_first_owner_holds_and_renews_the_second_waits(database: Database) -> None:
    assert await hold(database, "a", T0)
    assert not await hold(database, "b", T0 + timedelta(seconds=1))
    assert await hold(database, "a", T0 + timedelta(seconds=20))  # renewed until T0+50
    assert not await hold(database, "b", T0 + timedelta(seconds=40))
    assert await holder(database, T0 + timedelta(seconds=40)) == "a"
    assert await hold(database, "b", T0, name="catalog-sync")  # another job, another lease


async def test_an_expired_lease_is_taken_over(database: Database) -> None:
    assert await hold(database, "a", T0)
    later = T0 + TTL + timedelta(seconds=1)  # `a` died and did not renew
    assert await holder(database, later) is None
    assert await hold(database, "b", later)
    assert not await hold(database, "a", later)  # back too late: `b` has it now
    assert await holder(database, later) == "b"


async def test_a_released_lease_is_free_at_once(database: Database) -> None:
    assert await hold(database, "a", T0)
    async with database.write() as session:
        await leases.release(session, "reminders", "b")  # not b's: nothing happens
    assert not await hold(database, "b", T0)
    async with database.write() as session:
        await leases.release(session, "reminders", "a")
    assert await hold(database, "b", T0)


async def test_of_many_owners_asking_at_once_exactly_one_holds(database: Database) -> None:
    owners = [f"process-{n}" for n in range(8)]
    for round_ in range(3):  # a free lease, then an expired one, twice
        now = T0 + round_ * (TTL + timedelta(seconds=1))
        won = await asyncio.gather(*(hold(database, owner, now) for owner in owners))
        assert sum(won) == 1, won
        assert await holder(database, now) == owners[won.index(True)]
