"""What the organizers see of the catalog: its size and the last sync's report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Product, SyncRun
from catalog_sync.records import KINDS

# What /catalog shows of each kind in a run's report.
COUNTS = ("added", "updated", "deleted", "unchanged", "rejected", "dropped_images")


@dataclass(frozen=True)
class LastSync:
    status: str
    started_at: datetime
    finished_at: datetime | None
    error: str | None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class CatalogStatus:
    products: int
    exhibitors: int
    last_sync: LastSync | None


async def status(session: AsyncSession) -> CatalogStatus:
    products = (await session.execute(select(func.count()).select_from(Product))).scalar_one()
    exhibitors = (await session.execute(select(func.count()).select_from(Exhibitor))).scalar_one()
    run = (
        await session.execute(select(SyncRun).order_by(SyncRun.id.desc()).limit(1))
    ).scalar_one_or_none()
    last = None
    if run is not None:
        counts = {
            kind: {
                key: int(value) for key, value in run.report.get(kind, {}).items() if key in COUNTS
            }
            for kind in KINDS
            if kind in run.report
        }
        last = LastSync(run.status, run.started_at, run.finished_at, run.error, counts)
    return CatalogStatus(int(products), int(exhibitors), last)
