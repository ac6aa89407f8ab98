"""Buyers with interest already recorded, for the tests of /leads and its CSV file."""

from __future__ import annotations

from collections.abc import Sequence

from bot.deps import Deps
from bot.domain import InterestKind
from bot.services import buyers, leads, users
from tests.auxil.live_talk import NOW


async def interested(
    deps: Deps,
    user_id: int,
    full_name: str,
    kinds: Sequence[InterestKind],
    consent: bool = True,
    country: str = "AE",
    exhibitor_id: str = "EX0001",
) -> str:
    """A registered buyer who showed `kinds` of interest in the exhibitor; their buyer code."""
    async with deps.db.write() as session:
        await users.ensure(session, user_id, "en", NOW)
        profile = await buyers.create(
            session, user_id,
            {"full_name": full_name, "company": f"{full_name} Trading", "country": country,
             "timezone": "Asia/Dubai", "email": f"buyer{user_id}@example.com", "phone": None,
             "interests": ["lighting", "furniture"], "consent": consent},
            NOW,
        )  # fmt: skip
        for kind in kinds:
            await leads.record(session, user_id, exhibitor_id, kind, NOW)
    return profile.buyer_code
