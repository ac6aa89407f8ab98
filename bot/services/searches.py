"""The search log: what buyers look for, for the organizers' figures and lead alerts.

A buyer who did not consent to share their profile is counted, not named: the
row keeps the query, language and result count, without the Telegram id.
The exhibitors whose products the first page shows get a search counted towards
their leads (`bot.services.leads`: repeated searches make one).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Product, Search
from bot.db.models import Buyer
from bot.domain import InterestKind
from bot.services import leads

MAX_LOGGED_QUERY = 256


async def record(
    session: AsyncSession,
    telegram_id: int,
    language: str,
    query: str,
    results: int,
    now: datetime,
    shown: Sequence[str] = (),
) -> int:
    """Log a search; returns its id (paging buttons refer to it). `shown` are the
    products its first page shows."""
    consent = await session.execute(
        select(Buyer.consent_share).where(Buyer.telegram_id == telegram_id)
    )
    registered = consent.scalar_one_or_none()
    named = bool(registered)
    row = Search(
        telegram_id=telegram_id if named else None, language=language,
        query=query[:MAX_LOGGED_QUERY], results=results, created_at=now,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    if shown and registered is not None:  # only registered buyers make leads
        exhibitors = await session.execute(
            select(Product.exhibitor_id).where(Product.id.in_(shown)).distinct()
        )
        await leads.record_all(
            session, telegram_id, exhibitors.scalars(), InterestKind.SEARCHED, now
        )
    return row.id


async def query_of(session: AsyncSession, search_id: int) -> str | None:
    """The text of a logged search, for its paging buttons."""
    row = await session.get(Search, search_id)
    return None if row is None else row.query
