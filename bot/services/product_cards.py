"""What a buyer sees of a product: its card, and what its picture shows, read from the catalog.

A buyer opening a card is a lead for its exhibitor (`view`, `bot.services.leads`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Category, Exhibitor, Product
from bot.domain import InterestKind
from bot.services import leads
from bot.web_urls import is_web_url


@dataclass(frozen=True)
class Card:
    id: str
    names: dict[str, str]
    exhibitor_id: str
    exhibitor_names: dict[str, str]
    hall: str | None
    booth: str | None
    price_min: Decimal | None
    price_max: Decimal | None
    currency: str | None
    moq: int | None
    moq_unit: str | None
    certifications: tuple[str, ...]
    # The first image that is a web URL: python-telegram-bot uploads a local path's file.
    image: str | None

    def name(self, language: str) -> str:
        """The name in the reader's language when the catalog has it, else English."""
        return self.names.get(language.split("_")[0]) or self.names.get("en", self.id)

    def exhibitor(self, language: str) -> str:
        names = self.exhibitor_names
        return names.get(language.split("_")[0]) or names.get("en", self.exhibitor_id)


async def cards(session: AsyncSession, product_ids: list[str]) -> dict[str, Card]:
    """Cards of the products that still exist, by id."""
    if not product_ids:
        return {}
    rows = await session.execute(
        select(Product, Exhibitor)
        .join(Exhibitor, Product.exhibitor_id == Exhibitor.id)
        .where(Product.id.in_(product_ids))
    )
    return {product.id: _card(product, exhibitor) for product, exhibitor in rows}


async def view(
    session: AsyncSession, telegram_id: int, product_id: str, now: datetime
) -> Card | None:
    """The card a user opens, counted as interest in its exhibitor; None when it is gone."""
    card = (await cards(session, [product_id])).get(product_id)
    if card is not None:
        await leads.record(session, telegram_id, card.exhibitor_id, InterestKind.VIEWED, now)
    return card


async def by_exhibitor(session: AsyncSession, exhibitor_id: str, limit: int = 10) -> list[Card]:
    rows = await session.execute(
        select(Product, Exhibitor)
        .join(Exhibitor, Product.exhibitor_id == Exhibitor.id)
        .where(Product.exhibitor_id == exhibitor_id)
        .order_by(Product.id)
        .limit(limit)
    )
    return [_card(product, exhibitor) for product, exhibitor in rows]


@dataclass(frozen=True)
class Picture:
    """What the offline demo draws as a product's photo (its catalog has no real ones)."""

    product_id: str
    name: str
    exhibitor: str
    category_id: str | None
    category: str | None


async def picture(session: AsyncSession, product_id: str) -> Picture | None:
    """The English names a product's picture shows, or None if the product is gone."""
    row = (
        await session.execute(
            select(Product, Exhibitor, Category.name)
            .join(Exhibitor, Product.exhibitor_id == Exhibitor.id)
            .outerjoin(Category, Product.category_id == Category.id)
            .where(Product.id == product_id)
        )
    ).first()
    if row is None:
        return None
    product, exhibitor, category_names = row
    card = _card(product, exhibitor)
    category = (category_names or {}).get("en")
    return Picture(card.id, card.name("en"), card.exhibitor("en"), product.category_id, category)


def _card(product: Product, exhibitor: Exhibitor) -> Card:
    return Card(
        id=product.id, names=dict(product.name), exhibitor_id=exhibitor.id,
        exhibitor_names=dict(exhibitor.name), hall=exhibitor.hall, booth=exhibitor.booth,
        price_min=product.price_min, price_max=product.price_max, currency=product.currency,
        moq=product.moq, moq_unit=product.moq_unit,
        certifications=tuple(product.certifications or ()),
        image=next((url for url in product.images if is_web_url(url)), None),
    )  # fmt: skip


def localized(names: dict[str, str], language: str, fallback: str) -> str:
    """A catalog text in the reader's language when the catalog has it, else English."""
    return names.get(language.split("_")[0]) or names.get("en") or fallback
