"""The organizers' view of exhibitor staff: who is linked, which invitations are open, revoking.

Each entry has an id that names exactly one link or invitation, so a revoke
button or a `bot.py staff revoke ID` from an old list never hits something else:
`s<telegram id>-<linked at, Unix seconds>` for a link (a member revoked who
links again has a new id) and `i<first 12 hex digits of the code's hash>` for an
invitation (the code itself is never stored).

Revoking a link ends it as /unlink does (conversations the member had claimed
wait for their colleagues; the buyer's messages are kept for whoever claims next),
drops the handoff messages still queued to them, and queues them a notice in
their language, all in one transaction. Revoking an invitation deletes it, so its
code links no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, String, cast, delete, func, literal, null, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor
from bot.db.handoff import HandoffThread, Staff, StaffInvite
from bot.db.outbox import QUEUED, OutboxMessage
from bot.db.statements import affected
from bot.domain import StaffRole
from bot.errors import NothingToRevoke
from bot.i18n import I18n
from bot.services import outbox, staff, users
from bot.services.lead_alerts import KIND as LEAD_ALERT
from bot.services.outbox import Outgoing
from bot.services.product_cards import localized

LINK, INVITATION = "link", "invitation"
PAGE_SIZE = 8
HASH_DIGITS = 12
_LINK_ID = re.compile(r"^s([0-9]{1,19})-([0-9]{1,12})$")
_INVITATION_ID = re.compile(rf"^i([0-9a-f]{{{HASH_DIGITS}}})$")


@dataclass(frozen=True)
class Entry:
    """One staff link (`telegram_id` set) or open invitation (`expires_at` set)."""

    id: str
    kind: str
    exhibitor_id: str
    exhibitor_names: dict[str, str]
    since: datetime
    role: StaffRole
    telegram_id: int | None = None
    expires_at: datetime | None = None

    def exhibitor(self, language: str) -> str:
        return localized(self.exhibitor_names, language, self.exhibitor_id)

    @property
    def short_id(self) -> str:
        """What a person reads: the member's Telegram id, or the invitation's id."""
        return str(self.telegram_id) if self.kind == LINK else self.id


@dataclass(frozen=True)
class Page:
    entries: list[Entry]
    offset: int
    total: int
    size: int = PAGE_SIZE


async def page(
    session: AsyncSession,
    now: datetime,
    offset: int = 0,
    exhibitor_id: str | None = None,
    size: int = PAGE_SIZE,
) -> Page:
    """Links and open invitations by exhibitor (links first, oldest first); `offset` is
    clamped to the pages there are, so an old Next button shows the last page."""
    listing = _listing(now, exhibitor_id).subquery()
    total = int((await session.execute(select(func.count()).select_from(listing))).scalar_one())
    offset = max(0, min(offset, (max(total, 1) - 1) // size * size))
    rows = await session.execute(
        select(listing, Exhibitor.name)
        .join(Exhibitor, Exhibitor.id == listing.c.exhibitor_id)
        .order_by(
            listing.c.exhibitor_id, listing.c.kind, listing.c.since, listing.c.telegram_id,
            listing.c.code_hash,
        )
        .offset(offset)
        .limit(size)
    )  # fmt: skip
    return Page([_entry(row) for row in rows], offset, total, size)


async def find(session: AsyncSession, entry_id: str, now: datetime) -> Entry:
    """The link or open invitation `entry_id` names; NothingToRevoke when there is none."""
    link = _LINK_ID.match(entry_id)
    invitation = _INVITATION_ID.match(entry_id)
    if link is not None:
        query = _links().where(Staff.telegram_id == int(link.group(1)))
    elif invitation is not None:
        query = _invitations().where(StaffInvite.code_hash.startswith(invitation.group(1)))
    else:
        raise NothingToRevoke("revoked")
    found = (await session.execute(query)).all()
    if link is not None:
        found = [row for row in found if _epoch(row.since) == int(link.group(2))]
    if len(found) != 1:
        raise NothingToRevoke("revoked")
    row = found[0]
    names = await session.get(Exhibitor, row.exhibitor_id)
    entry = _entry(row, dict(names.name) if names is not None else {})
    if entry.kind == INVITATION and (row.used_by is not None or row.expires_at <= now):
        raise NothingToRevoke("closed")
    return entry


async def revoke(
    session: AsyncSession, entry_id: str, i18n: I18n, now: datetime, wall: datetime
) -> Entry:
    """Revoke the link or invitation `entry_id` names (see the module's docstring).

    NothingToRevoke("revoked") for a second revocation (a double tap, an old
    list), NothingToRevoke("closed") for an invitation used or expired since.
    """
    entry = await find(session, entry_id, now)
    if entry.kind == INVITATION:
        gone = await session.execute(
            delete(StaffInvite).where(
                StaffInvite.code_hash.startswith(entry.id[1:]), StaffInvite.used_by.is_(None)
            )
        )
        if affected(gone) != 1:  # used, or revoked by a concurrent tap, since `find`
            await find(session, entry.id, now)
            raise NothingToRevoke("closed")
        return entry
    assert entry.telegram_id is not None
    member = entry.telegram_id
    await drop_queued_relays(session, member)
    if await staff.unlink(session, member) is None:
        raise NothingToRevoke("revoked")
    language, blocked = await users.reader(session, member)
    if not blocked:
        t = i18n.translator(language)
        text = t.format(
            "The fair's organizers ended your link to {exhibitor}. You no longer receive its "
            "buyers' conversations; those you had claimed now wait for your colleagues.",
            exhibitor=entry.exhibitor(t.code),
        )
        await outbox.enqueue(session, [Outgoing(member, t.paragraphs(text), "staff")], wall)
    return entry


async def drop_queued_relays(session: AsyncSession, member: int) -> None:
    """Alerts of talks and leads and buyers' messages not yet sent to the member are not
    sent at all (what they are owed as a buyer in a thread of their own still goes)."""
    own = select(HandoffThread.id).where(HandoffThread.buyer_id == member)
    await session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.chat_id == member,
            OutboxMessage.kind == "handoff",
            OutboxMessage.status == QUEUED,
            OutboxMessage.thread_id.is_not(None),
            OutboxMessage.thread_id.not_in(own),
        )
    )
    await session.execute(
        delete(OutboxMessage).where(
            OutboxMessage.chat_id == member,
            OutboxMessage.kind == LEAD_ALERT,
            OutboxMessage.status == QUEUED,
        )
    )


def _links() -> Select[Any]:
    return select(
        Staff.exhibitor_id.label("exhibitor_id"),
        literal(0).label("kind"),
        Staff.linked_at.label("since"),
        Staff.telegram_id.label("telegram_id"),
        cast(null(), String).label("code_hash"),
        cast(null(), Staff.linked_at.type).label("expires_at"),
        cast(null(), Staff.telegram_id.type).label("used_by"),
        Staff.role.label("role"),
    )


def _invitations() -> Select[Any]:
    return select(
        StaffInvite.exhibitor_id.label("exhibitor_id"),
        literal(1).label("kind"),
        StaffInvite.created_at.label("since"),
        cast(null(), Staff.telegram_id.type).label("telegram_id"),
        StaffInvite.code_hash.label("code_hash"),
        StaffInvite.expires_at.label("expires_at"),
        StaffInvite.used_by.label("used_by"),
        StaffInvite.role.label("role"),
    )


def _listing(now: datetime, exhibitor_id: str | None) -> Any:
    links = _links()
    invitations = _invitations().where(StaffInvite.used_by.is_(None), StaffInvite.expires_at > now)
    if exhibitor_id is not None:
        links = links.where(Staff.exhibitor_id == exhibitor_id)
        invitations = invitations.where(StaffInvite.exhibitor_id == exhibitor_id)
    return union_all(links, invitations)


def _entry(row: Any, names: dict[str, str] | None = None) -> Entry:
    exhibitor_names = dict(row.name) if names is None else names
    if row.kind == 0:
        return Entry(
            link_id(row.telegram_id, row.since), LINK, row.exhibitor_id, exhibitor_names,
            row.since, StaffRole(row.role), telegram_id=row.telegram_id,
        )  # fmt: skip
    return Entry(
        f"i{row.code_hash[:HASH_DIGITS]}", INVITATION, row.exhibitor_id, exhibitor_names,
        row.since, StaffRole(row.role), expires_at=row.expires_at,
    )  # fmt: skip


def link_id(telegram_id: int, linked_at: datetime) -> str:
    """The id naming one link (see the module's docstring); a member who links again gets
    another."""
    return f"s{telegram_id}-{_epoch(linked_at)}"


def parse_link_id(entry_id: str) -> tuple[int, int] | None:
    """The Telegram id and link time (Unix seconds) a link id names; None for anything else."""
    found = _LINK_ID.match(entry_id)
    return (int(found.group(1)), int(found.group(2))) if found else None


def _epoch(instant: datetime) -> int:
    return int(instant.timestamp())
