"""Registered buyers: their profile and changes to it (forgetting them: `privacy`)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Buyer
from bot.errors import NotRegistered
from bot.services.badge import new_buyer_code

PROFILE_FIELDS = (
    "full_name",
    "company",
    "country",
    "timezone",
    "email",
    "phone",
    "interests",
    "consent",
)
CODE_ATTEMPTS = 5


@dataclass(frozen=True)
class Profile:
    """A buyer as handlers and the CLI see them."""

    buyer_code: str
    full_name: str
    company: str
    country: str
    timezone: str
    email: str
    phone: str | None
    interests: list[str]
    consent: bool
    registered_at: datetime

    def as_draft(self) -> dict[str, Any]:
        """The profile as registration draft data, to edit it with the same steps."""
        values = asdict(self)
        return {name: values[name] for name in PROFILE_FIELDS}


async def get(session: AsyncSession, telegram_id: int) -> Profile:
    row = await _row(session, telegram_id)
    if row is None:
        raise NotRegistered()
    return _profile(row)


async def timezone_of(session: AsyncSession, telegram_id: int) -> str | None:
    """A buyer's time zone, or None for someone not registered."""
    zone = await session.execute(select(Buyer.timezone).where(Buyer.telegram_id == telegram_id))
    return zone.scalar_one_or_none()


async def find_by_code(session: AsyncSession, buyer_code: str) -> Profile | None:
    row = (
        await session.execute(select(Buyer).where(Buyer.buyer_code == buyer_code))
    ).scalar_one_or_none()
    return None if row is None else _profile(row)


async def create(
    session: AsyncSession, telegram_id: int, data: dict[str, Any], now: datetime
) -> Profile:
    """Insert the buyer with a fresh random code (retried on the rare collision)."""
    for _ in range(CODE_ATTEMPTS):
        code = new_buyer_code()
        taken = await session.execute(select(Buyer.id).where(Buyer.buyer_code == code))
        if taken.scalar_one_or_none() is None:
            break
    row = Buyer(telegram_id=telegram_id, buyer_code=code, registered_at=now, updated_at=now)
    _apply(row, data)
    session.add(row)
    await session.flush()
    return _profile(row)


async def update(
    session: AsyncSession, telegram_id: int, data: dict[str, Any], now: datetime
) -> Profile:
    row = await _row(session, telegram_id)
    if row is None:
        raise NotRegistered()
    _apply(row, data)
    row.updated_at = now
    await session.flush()
    return _profile(row)


async def _row(session: AsyncSession, telegram_id: int) -> Buyer | None:
    return (
        await session.execute(select(Buyer).where(Buyer.telegram_id == telegram_id))
    ).scalar_one_or_none()


def _apply(row: Buyer, data: dict[str, Any]) -> None:
    row.full_name = data["full_name"]
    row.company = data["company"]
    row.country = data["country"]
    row.timezone = data["timezone"]
    row.email = data["email"]
    row.phone = data.get("phone")
    row.interests = list(data.get("interests", []))
    row.consent_share = bool(data.get("consent"))


def _profile(row: Buyer) -> Profile:
    return Profile(
        buyer_code=row.buyer_code,
        full_name=row.full_name,
        company=row.company,
        country=row.country,
        timezone=row.timezone,
        email=row.email,
        phone=row.phone,
        interests=list(row.interests),
        consent=row.consent_share,
        registered_at=row.registered_at,
    )
