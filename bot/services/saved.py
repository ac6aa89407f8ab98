"""Saved products: a buyer's shortlist. Saving twice keeps one (the primary key says so).

A new save is a lead for the product's exhibitor (`bot.services.leads`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Product, SavedProduct
from bot.db.statements import affected
from bot.domain import InterestKind
from bot.errors import StaleAction
from bot.services import leads


async def save(session: AsyncSession, telegram_id: int, product_id: str, now: datetime) -> bool:
    """Save a product; False when it was saved already. A vanished product is stale."""
    product = await session.get(Product, product_id)
    if product is None:
        raise StaleAction()
    if await holds(session, telegram_id, product_id):
        return False
    try:
        async with session.begin_nested():
            session.add(SavedProduct(telegram_id=telegram_id, product_id=product_id, saved_at=now))
    except IntegrityError:
        return False
    await leads.record(session, telegram_id, product.exhibitor_id, InterestKind.SAVED, now)
    return True


async def remove(session: AsyncSession, telegram_id: int, product_id: str) -> bool:
    """Take a product off the shortlist; False when it was not on it (a double tap)."""
    result = await session.execute(
        delete(SavedProduct).where(
            SavedProduct.telegram_id == telegram_id, SavedProduct.product_id == product_id
        )
    )
    return bool(affected(result))


async def holds(session: AsyncSession, telegram_id: int, product_id: str) -> bool:
    return await session.get(SavedProduct, (telegram_id, product_id)) is not None


async def product_ids(session: AsyncSession, telegram_id: int) -> list[str]:
    """The buyer's saved products, newest first."""
    rows = await session.execute(
        select(SavedProduct.product_id)
        .where(SavedProduct.telegram_id == telegram_id)
        .order_by(SavedProduct.saved_at.desc(), SavedProduct.product_id)
    )
    return list(rows.scalars())
