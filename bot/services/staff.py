"""Exhibitor staff: single-use invitations from the organizers, and the links they make.

An invitation code is random (`secrets`), shown once, and stored only as its
SHA-256, so a leaked database links no one. Redeeming is one conditional
UPDATE (unused and unexpired, or nothing): two people racing with one code
cannot both win, whatever the engine. An invitation carries the role its
holder gets (an agent unless it says manager), copied into the link.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, cast, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor
from bot.db.handoff import HandoffThread, Staff, StaffInvite
from bot.db.statements import affected
from bot.domain import StaffRole, ThreadStatus
from bot.errors import AlreadyStaff, InvalidInvite, NotStaff, UnknownExhibitor

INVITE_DAYS = 7
CODE_BYTES = 10
CODE = re.compile(r"^[A-Z2-7]{16}$")


@dataclass(frozen=True)
class Invite:
    """A fresh invitation: the code to hand over (never stored) and whom it is for."""

    code: str
    exhibitor_id: str
    exhibitor_names: dict[str, str]
    expires_at: datetime
    role: StaffRole


@dataclass(frozen=True)
class Link:
    """A staff member's link, and how many conversations wait for their exhibitor."""

    telegram_id: int
    exhibitor_id: str
    exhibitor_names: dict[str, str]
    linked_at: datetime
    waiting: int
    role: StaffRole
    available: bool


def normalize(code: str) -> str:
    """A code as typed (any case, stray spaces) in its canonical form."""
    return code.strip().upper()


async def invite(
    session: AsyncSession, exhibitor_id: str, now: datetime, role: StaffRole = StaffRole.AGENT
) -> Invite:
    """A new single-use code for `exhibitor_id`, valid for INVITE_DAYS days, making a `role`."""
    exhibitor = await session.get(Exhibitor, exhibitor_id)
    if exhibitor is None:
        raise UnknownExhibitor(exhibitor_id)
    code = base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode()
    expires = now + timedelta(days=INVITE_DAYS)
    session.add(
        StaffInvite(
            code_hash=_hash(code), exhibitor_id=exhibitor_id, created_at=now, expires_at=expires,
            role=role,
        )
    )  # fmt: skip
    await session.flush()
    return Invite(code, exhibitor_id, dict(exhibitor.name), expires, role)


async def is_exhibitor(session: AsyncSession, exhibitor_id: str) -> bool:
    return await session.get(Exhibitor, exhibitor_id) is not None


async def exhibitors_for(
    session: AsyncSession, text: str, limit: int = 8
) -> list[tuple[str, dict[str, str]]]:
    """The exhibitors (id, names) `text` names: the one whose ID it is, or else up to
    `limit` + 1 whose name in any language holds it, letter case aside (an organizer who
    knows a company's name but not its ID)."""
    exhibitor = await session.get(Exhibitor, text)
    if exhibitor is not None:
        return [(exhibitor.id, dict(exhibitor.name))]
    needle = text.strip().lower()
    if len(needle) < 3:
        return []
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = await session.execute(
        select(Exhibitor.id, Exhibitor.name)
        .where(func.lower(cast(Exhibitor.name, String)).like(f"%{escaped}%", escape="\\"))
        .order_by(Exhibitor.id)
        .limit(limit + 1)
    )
    return [(exhibitor_id, dict(names)) for exhibitor_id, names in rows]


async def link(session: AsyncSession, telegram_id: int, code: str, now: datetime) -> Link:
    """Redeem `code`: the user becomes staff of its exhibitor, and the code is spent."""
    current = await get(session, telegram_id)
    if current is not None:
        raise AlreadyStaff(current.exhibitor_names)
    code = normalize(code)
    if not CODE.match(code):
        raise InvalidInvite("unknown")
    spent = await session.execute(
        update(StaffInvite)
        .where(
            StaffInvite.code_hash == _hash(code),
            StaffInvite.used_by.is_(None),
            StaffInvite.expires_at > now,
        )
        .values(used_by=telegram_id, used_at=now)
    )
    if affected(spent) != 1:
        await _refuse(session, telegram_id, code)
    invite_row = await session.get(StaffInvite, _hash(code), populate_existing=True)
    assert invite_row is not None
    try:
        async with session.begin_nested():
            session.add(
                Staff(
                    telegram_id=telegram_id, exhibitor_id=invite_row.exhibitor_id,
                    linked_at=now, role=invite_row.role, available=True,
                )
            )  # fmt: skip
    except IntegrityError:
        raise InvalidInvite("used") from None
    found = await get(session, telegram_id)
    assert found is not None
    return found


async def unlink(session: AsyncSession, telegram_id: int) -> dict[str, str] | None:
    """End the link; threads the member owned wait for a colleague. Their exhibitor's names,
    or None when there was no link (or a concurrent unlink or revocation ended it first)."""
    current = await get(session, telegram_id)
    if current is None:
        return None
    gone = await session.execute(delete(Staff).where(Staff.telegram_id == telegram_id))
    if affected(gone) != 1:
        return None
    await session.execute(
        update(HandoffThread)
        .where(HandoffThread.owner_id == telegram_id, HandoffThread.status == ThreadStatus.OPEN)
        .values(status=ThreadStatus.WAITING, owner_id=None, claimed_at=None)
    )
    return current.exhibitor_names


async def get(session: AsyncSession, telegram_id: int) -> Link | None:
    row = (
        await session.execute(
            select(Staff, Exhibitor)
            .join(Exhibitor, Staff.exhibitor_id == Exhibitor.id)
            .where(Staff.telegram_id == telegram_id)
        )
    ).one_or_none()
    if row is None:
        return None
    staff, exhibitor = row
    waiting = await session.execute(
        select(func.count(HandoffThread.id)).where(
            HandoffThread.exhibitor_id == exhibitor.id,
            HandoffThread.status == ThreadStatus.WAITING,
        )
    )
    return Link(
        staff.telegram_id, exhibitor.id, dict(exhibitor.name), staff.linked_at,
        int(waiting.scalar_one()), staff.role, staff.available,
    )  # fmt: skip


async def require(session: AsyncSession, telegram_id: int) -> Staff:
    """The staff row of a member, for staff-only actions."""
    row = await session.get(Staff, telegram_id, populate_existing=True)
    if row is None:
        raise NotStaff()
    return row


async def set_available(session: AsyncSession, telegram_id: int, available: bool) -> None:
    """Whether the member takes live talks now. It sets a state rather than flipping it, so
    a double tap or an old button changes nothing more; NotStaff once the link has ended."""
    changed = await session.execute(
        update(Staff).where(Staff.telegram_id == telegram_id).values(available=available)
    )
    if affected(changed) != 1:
        raise NotStaff()


async def member_ids(
    session: AsyncSession, exhibitor_id: str, available_only: bool = False
) -> list[int]:
    """Everyone linked to the exhibitor (only those available, for alerts about a new
    conversation), longest-serving first."""
    query = select(Staff.telegram_id).where(Staff.exhibitor_id == exhibitor_id)
    if available_only:
        query = query.where(Staff.available.is_(True))
    rows = await session.execute(query.order_by(Staff.linked_at, Staff.telegram_id))
    return list(rows.scalars())


async def _refuse(session: AsyncSession, telegram_id: int, code: str) -> None:
    """Say why a code linked no one; the same user's second try (a double tap) is linked."""
    row = await session.get(StaffInvite, _hash(code), populate_existing=True)
    if row is None:
        raise InvalidInvite("unknown")
    if row.used_by is None:
        raise InvalidInvite("expired")
    current = await get(session, telegram_id)
    if current is not None:
        raise AlreadyStaff(current.exhibitor_names)
    raise InvalidInvite("used")


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()
