"""`/start <payload>` deep links: what a t.me/<bot>?start=... link asks for.

Telegram allows payloads of 1-64 characters from A-Z, a-z, 0-9, _ and -.
Known forms: `register` (go straight to registration), `src-<campaign>`
(which campaign brought the user, kept for the organizers' figures) and
`staff-<code>` (an exhibitor staff invitation). Later features add theirs
here; anything else is ignored politely by the handler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User

_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_CAMPAIGN = re.compile(r"^src-([A-Za-z0-9_]{1,40})$")
_STAFF = re.compile(r"^staff-([A-Za-z0-9]{1,32})$")


@dataclass(frozen=True)
class DeepLink:
    kind: str
    value: str = ""


def parse(payload: str) -> DeepLink | None:
    """The link's meaning, or None for a payload this release does not know."""
    if not _PAYLOAD.match(payload):
        return None
    if payload == "register":
        return DeepLink("register")
    campaign = _CAMPAIGN.match(payload)
    if campaign:
        return DeepLink("campaign", campaign.group(1).lower())
    staff = _STAFF.match(payload)
    if staff:
        return DeepLink("staff", staff.group(1))
    return None


def staff_invitation(bot_username: str, code: str) -> str:
    """The t.me link that opens the bot with a staff invitation."""
    return f"https://t.me/{bot_username}?start=staff-{code}"


async def record_campaign(
    session: AsyncSession, telegram_id: int, campaign: str, now: datetime
) -> None:
    """Remember the first campaign that brought this user; later links do not overwrite it."""
    user = await session.get(User, telegram_id)
    if user is not None and user.source is None:
        user.source = campaign
        user.updated_at = now
