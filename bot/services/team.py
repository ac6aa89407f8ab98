"""An exhibitor's team as its managers run it: who is on it, inviting agents, removing members.

Every function takes the acting member's Telegram id and checks them again on
each call (still linked, a manager, and of the exhibitor the member belongs to),
so a forged button, an old list or a role lost since does nothing.

Each member is named by the id of their link (`staff_roster.link_id`): a member
removed who links again has another, so an old Remove button cannot end the new
link. An exhibitor always keeps a manager, whether a manager is removed from the
team or ends their own link (/unlink, `leave`): it is decided with the
exhibitor's manager rows locked (FOR UPDATE on PostgreSQL; SQLite runs one write
at a time), so two managers removing each other at once leave one of them.
Organizers' revocations (`staff_roster`) are not bound by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor
from bot.db.handoff import Staff
from bot.domain import StaffRole
from bot.errors import LastManager, NothingToRevoke, NotManager
from bot.i18n import I18n
from bot.services import outbox, staff, staff_roster, users
from bot.services.outbox import Outgoing
from bot.services.product_cards import localized


@dataclass(frozen=True)
class Member:
    """One linked member of the team; `id` names this link (see the module's docstring)."""

    id: str
    telegram_id: int
    role: StaffRole
    available: bool
    linked_at: datetime


@dataclass(frozen=True)
class Team:
    exhibitor_id: str
    exhibitor_names: dict[str, str]
    members: list[Member]

    def exhibitor(self, language: str) -> str:
        return localized(self.exhibitor_names, language, self.exhibitor_id)


async def manager(session: AsyncSession, telegram_id: int) -> Staff:
    """The staff row of a manager; NotStaff for someone unlinked, NotManager for an agent."""
    member = await staff.require(session, telegram_id)
    if member.role != StaffRole.MANAGER:
        raise NotManager()
    return member


async def team(session: AsyncSession, manager_id: int) -> Team:
    """The manager's exhibitor and everyone linked to it: managers first, then by seniority."""
    own = await manager(session, manager_id)
    rows = await session.execute(
        select(Staff).where(Staff.exhibitor_id == own.exhibitor_id).order_by(Staff.linked_at)
    )
    members = sorted(
        (_member(row) for row in rows.scalars()), key=lambda m: m.role != StaffRole.MANAGER
    )
    return Team(own.exhibitor_id, await _names(session, own.exhibitor_id), members)


async def invite_agent(session: AsyncSession, manager_id: int, now: datetime) -> staff.Invite:
    """A single-use invitation making an agent of the manager's own exhibitor."""
    own = await manager(session, manager_id)
    return await staff.invite(session, own.exhibitor_id, now, StaffRole.AGENT)


async def find(session: AsyncSession, manager_id: int, member_id: str) -> Member:
    """The member of the manager's team `member_id` names; NothingToRevoke("revoked") when
    that link has ended (or was never this team's)."""
    own = await manager(session, manager_id)
    return await _find(session, own.exhibitor_id, member_id)


async def remove(
    session: AsyncSession, manager_id: int, member_id: str, i18n: I18n, wall: datetime
) -> Member:
    """End the link `member_id` names, as an organizer's revocation does, and queue the member
    a notice (unless they removed themself; `wall` is the outbox's time). LastManager when it
    would leave the exhibitor no manager."""
    own = await manager(session, manager_id)
    locked = await _lock_managers(session, own.exhibitor_id)
    await manager(session, manager_id)  # a colleague may have removed them while we waited
    member = await _find(session, own.exhibitor_id, member_id)
    themself = member.telegram_id == manager_id
    if member.role == StaffRole.MANAGER and locked - {member.telegram_id} == set():
        raise LastManager()
    await staff_roster.drop_queued_relays(session, member.telegram_id)
    if await staff.unlink(session, member.telegram_id) is None:
        raise NothingToRevoke("revoked")
    language, blocked = await users.reader(session, member.telegram_id)
    if not themself and not blocked:
        t = i18n.translator(language)
        names = await _names(session, own.exhibitor_id)
        text = t.format(
            "A manager of {exhibitor} removed you from its team. You no longer receive its "
            "buyers' conversations; those you had claimed now wait for your colleagues.",
            exhibitor=localized(names, t.code, own.exhibitor_id),
        )
        notice = Outgoing(
            member.telegram_id, t.paragraphs(text), "staff", dedupe_key=f"team-removed:{member.id}"
        )
        await outbox.enqueue(session, [notice], wall)
    return member


async def leave(session: AsyncSession, member_id: int) -> dict[str, str] | None:
    """End one's own link (/unlink), as `staff.unlink` does; LastManager for the exhibitor's
    last manager. The exhibitor's names, or None when there was no link."""
    own = await session.get(Staff, member_id, populate_existing=True)
    if own is None:
        return None
    if own.role == StaffRole.MANAGER:
        locked = await _lock_managers(session, own.exhibitor_id)
        if locked - {member_id} == set():
            raise LastManager()
    return await staff.unlink(session, member_id)


async def _lock_managers(session: AsyncSession, exhibitor_id: str) -> set[int]:
    """The exhibitor's managers, their rows locked until the transaction ends."""
    managers = await session.execute(
        select(Staff.telegram_id)
        .where(Staff.exhibitor_id == exhibitor_id, Staff.role == StaffRole.MANAGER)
        .order_by(Staff.telegram_id)  # one order for every locker: no deadlock
        .with_for_update()
    )
    return set(managers.scalars())


async def _find(session: AsyncSession, exhibitor_id: str, member_id: str) -> Member:
    parsed = staff_roster.parse_link_id(member_id)
    row = await session.get(Staff, parsed[0], populate_existing=True) if parsed else None
    if row is None or row.exhibitor_id != exhibitor_id or _member(row).id != member_id:
        raise NothingToRevoke("revoked")
    return _member(row)


def _member(row: Staff) -> Member:
    return Member(
        staff_roster.link_id(row.telegram_id, row.linked_at), row.telegram_id, row.role,
        row.available, row.linked_at,
    )  # fmt: skip


async def _names(session: AsyncSession, exhibitor_id: str) -> dict[str, str]:
    exhibitor = await session.get(Exhibitor, exhibitor_id)
    return dict(exhibitor.name) if exhibitor is not None else {}
