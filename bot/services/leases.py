"""Job leases: which process runs a job that must run once per fair (see bot/db/leases.py).

`hold` takes a free or expired lease, or renews one's own, in one atomic
statement (INSERT ... ON CONFLICT DO UPDATE ... WHERE it expired or is ours), so
of two processes asking at once exactly one gets it, on either engine. Times are
real time (`Clock.wall`): a lease counts real seconds whatever the demo's clock says.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.leases import JobLease
from bot.db.statements import dialect_of


async def hold(
    session: AsyncSession, name: str, owner: str, ttl: timedelta, now: datetime
) -> bool:
    """Take or renew the lease on job `name` for `owner` until `now + ttl`; False while
    another owner holds a lease that has not expired."""
    dialect: Any = dialect_of(session)
    insert = dialect.insert(JobLease).values(name=name, owner=owner, until=now + ttl)
    statement = insert.on_conflict_do_update(
        index_elements=["name"],
        set_={"owner": insert.excluded.owner, "until": insert.excluded.until},
        where=(JobLease.until < now) | (JobLease.owner == owner),
    ).returning(JobLease.owner)
    return (await session.execute(statement)).first() is not None


async def release(session: AsyncSession, name: str, owner: str) -> None:
    """Give the lease up (a job that is over), if `owner` still holds it."""
    await session.execute(delete(JobLease).where(JobLease.name == name, JobLease.owner == owner))


async def holder(session: AsyncSession, name: str, now: datetime) -> str | None:
    """Who holds the lease on `name` now, if anyone."""
    found = await session.execute(
        select(JobLease.owner).where(JobLease.name == name, JobLease.until >= now)
    )
    return found.scalar_one_or_none()
