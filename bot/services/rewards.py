"""Reward codes: signed like the e-badge, checked and redeemed once at the fair's desk.

A code is `FCR-<grant number>-<signature>`, the number and the signature in
Crockford base32 (no I, L, O, U; typed lower-case or with O for 0 it still
reads). The signature is an HMAC-SHA256 with BADGE_SECRET over the grant
number, the buyer code and the award, cut to 50 bits: a code cannot be made
up or moved to another buyer or tier without the secret, and a database
rebuilt with different grants under the same number rejects old codes.

Redeeming is one conditional UPDATE (`... WHERE redeemed_at IS NULL`), so two
desks scanning the same code at once redeem it once.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.checkin import RewardGrant
from bot.db.models import Buyer, User
from bot.db.statements import affected
from bot.i18n import Translator
from bot.services import notices
from bot.services.checkin import Granted
from bot.services.outbox import Outgoing, enqueue

PREFIX = "FCR"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SIGNATURE_CHARS = 10
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


@dataclass(frozen=True)
class RewardCheck:
    """A genuine code: whose reward it is, which tier, and when it was redeemed."""

    grant_id: int
    buyer_code: str
    full_name: str
    tier_id: str
    award: str
    granted_at: datetime
    redeemed_at: datetime | None


@dataclass(frozen=True)
class Redeemed:
    """The outcome of a redeem: `first` is False when the code had been used before."""

    check: RewardCheck
    first: bool
    redeemed_at: datetime


def sign(grant_id: int, buyer_code: str, award: str, secret: bytes) -> str:
    return f"{PREFIX}-{_encode(grant_id)}-{_signature(grant_id, buyer_code, award, secret)}"


def parse(code: str) -> tuple[int, str] | None:
    """The grant number and signature a typed code carries, or None when it is no code."""
    parts = code.strip().upper().replace(" ", "").split("-")
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1]:
        return None
    number, signature = parts[1].translate(_READ_AS), parts[2].translate(_READ_AS)
    if any(c not in ALPHABET for c in number + signature) or len(number) > 10:
        return None
    return _decode(number), signature


async def verify(session: AsyncSession, code: str, secret: bytes) -> RewardCheck | None:
    """The reward behind a code, or None when the code is forged (or its grant is gone)."""
    parsed = parse(code)
    if parsed is None:
        return None
    grant_id, signature = parsed
    found = (
        await session.execute(
            select(RewardGrant, Buyer.buyer_code, Buyer.full_name)
            .join(Buyer, Buyer.id == RewardGrant.buyer_id)
            .where(RewardGrant.id == grant_id)
        )
    ).first()
    if found is None:
        return None
    grant, buyer_code, full_name = found
    expected = _signature(grant_id, buyer_code, grant.award, secret)
    if not hmac.compare_digest(signature.encode(), expected.encode()):
        return None
    return RewardCheck(
        grant_id, buyer_code, full_name, grant.tier_id, grant.award, grant.granted_at,
        grant.redeemed_at,
    )  # fmt: skip


async def redeem(
    session: AsyncSession, code: str, secret: bytes, now: datetime
) -> Redeemed | None:
    """Mark a genuine code used, once; None when it is forged."""
    check = await verify(session, code, secret)
    if check is None:
        return None
    marked = await session.execute(
        update(RewardGrant)
        .where(RewardGrant.id == check.grant_id, RewardGrant.redeemed_at.is_(None))
        .values(redeemed_at=now)
    )
    if affected(marked) == 1:
        return Redeemed(check, True, now)
    redeemed_at = (
        await session.execute(
            select(RewardGrant.redeemed_at).where(RewardGrant.id == check.grant_id)
        )
    ).scalar_one()
    return Redeemed(check, False, redeemed_at or now)


async def queue_notices(
    session: AsyncSession,
    telegram_id: int,
    buyer_code: str,
    granted: Sequence[Granted],
    t: Translator,
    secret: bytes,
    now: datetime,
) -> int:
    """Queue a notice per new reward in the buyer's language (once per buyer and award)."""
    blocked = (
        await session.execute(select(User.blocked_at).where(User.telegram_id == telegram_id))
    ).scalar_one_or_none()
    if blocked is not None or not granted:
        return 0
    messages = [
        Outgoing(
            telegram_id,
            t.paragraphs(notices.reward(t, g.tier, sign(g.grant_id, buyer_code, g.award, secret))),
            kind="reward",
            dedupe_key=f"reward:{buyer_code}:{g.award}",
        )
        for g in granted
    ]
    return await enqueue(session, messages, now)


def _signature(grant_id: int, buyer_code: str, award: str, secret: bytes) -> str:
    digest = hmac.new(
        secret, f"{PREFIX}1:{grant_id}:{buyer_code}:{award}".encode(), hashlib.sha256
    ).digest()
    bits = int.from_bytes(digest[:8], "big") >> (64 - 5 * SIGNATURE_CHARS)
    return _encode(bits).rjust(SIGNATURE_CHARS, "0")


def _encode(number: int) -> str:
    digits = ""
    while True:
        number, rest = divmod(number, 32)
        digits = ALPHABET[rest] + digits
        if number == 0:
            return digits


def _decode(digits: str) -> int:
    number = 0
    for char in digits:
        number = number * 32 + ALPHABET.index(char)
    return number
