"""The demo's exhibitor staff: personas linked to two exhibitors, so a visitor plays both sides.

The catalog arrives after the demo starts (the sync runs in the background), so
`link_when_ready` waits for a finished sync, then picks two exhibitors with
products (those with meeting slots first) and links the staff personas to them
through invitations, as an organizer would. The first exhibitor confirms each
meeting request (a buyer's booking waits for its staff to accept it), the second
books at once, so a visitor sees both ways. The second also keeps business hours
(`DESK_HOURS` on the fair's clock): a talk opened outside them is told when staff
are back, on the buyer's clock; the first answers at any hour, so a visitor can
always play a live talk from both sides. Each persona then opens their staff
menu (/desk), so their chat shows it when the visitor turns to them. A persona
linked already (a restarted demo on the same database) keeps their link, and the
exhibitor its mode as its manager left it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace

from sqlalchemy import exists, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db.catalog import Exhibitor, Product, Slot, SyncRun
from bot.db.engine import Database
from bot.demo.personas import Persona
from bot.domain import BookingMode, StaffRole
from bot.i18n import I18n
from bot.services import exhibitor_settings, staff, users

log = logging.getLogger(__name__)
LOOK_EVERY = 1.0
#: The second exhibitor's business hours, minutes after midnight on the fair's clock.
DESK_HOURS = (8 * 60, 20 * 60)


@dataclass(frozen=True)
class StaffPersona:
    """A staff persona and its place: `team` 0 is the first exhibitor picked, 1 the second."""

    persona: Persona
    team: int
    role: StaffRole


STAFF = (
    StaffPersona(
        Persona(2001, "王芳", "zh-hans", "👩‍💼", staff=True, feminine=True), 0, StaffRole.MANAGER
    ),
    StaffPersona(Persona(2002, "Kevin Liu", "en", "🧑‍💼", staff=True), 0, StaffRole.AGENT),
    StaffPersona(
        Persona(2003, "Anna Wong", "en", "👩‍💼", staff=True, feminine=True), 1, StaffRole.MANAGER
    ),
)


def staff_personas() -> list[Persona]:
    """The staff personas as listed before the catalog is in (no exhibitor yet)."""
    return [member.persona for member in STAFF]


async def pick_exhibitors(session: AsyncSession) -> list[Exhibitor]:
    """Two exhibitors with products, those with meeting slots first; fewer when the catalog
    has fewer."""
    has_products = exists().where(Product.exhibitor_id == Exhibitor.id)
    has_slots = exists().where(Slot.exhibitor_id == Exhibitor.id)
    rows = await session.execute(
        select(Exhibitor).where(has_products).order_by(has_slots.desc(), Exhibitor.id).limit(2)
    )
    return list(rows.scalars())


async def link(database: Database, clock: Clock, i18n: I18n) -> list[Persona] | None:
    """Link the staff personas once a sync has finished; the personas as linked, or None
    while there is no catalog yet."""
    async with database.read() as session:  # a look that takes no write lock
        finished = await session.execute(
            select(SyncRun.id).where(SyncRun.finished_at.is_not(None)).limit(1)
        )
        picked = [e.id for e in await pick_exhibitors(session)] if finished.first() else []
    if len(picked) < 2:
        return None
    async with database.write() as session:
        if await staff.get(session, STAFF[0].persona.id) is None:  # first link: what to show
            await exhibitor_settings.change(
                session, picked[0], clock.now(), booking_mode=BookingMode.CONFIRM
            )
            opens_at, closes_at = DESK_HOURS
            await exhibitor_settings.change(
                session, picked[1], clock.now(), opens_at=opens_at, closes_at=closes_at
            )
        linked = []
        for member in STAFF:
            persona = member.persona
            current = await staff.get(session, persona.id)
            if current is None:
                language = i18n.negotiate(persona.language_code)
                await users.ensure(session, persona.id, language, clock.now())
                invite = await staff.invite(session, picked[member.team], clock.now(), member.role)
                current = await staff.link(session, persona.id, invite.code, clock.now())
            linked.append(replace(persona, staff_of=current.exhibitor_names))
    return linked


async def link_when_ready(
    database: Database,
    clock: Clock,
    i18n: I18n,
    linked: Callable[[list[Persona]], Awaitable[None]],
    every: float = LOOK_EVERY,
) -> None:
    """Look for the catalog every `every` seconds until the staff personas are linked, then
    hand them to `linked` (the page lists them and opens their menus)."""
    while True:
        try:
            personas = await link(database, clock, i18n)
        except SQLAlchemyError as error:  # the sync writing at the same moment: look again
            log.info("demo staff not linked yet: %s", error)
            personas = None
        if personas is not None:
            await linked(personas)
            return
        await asyncio.sleep(every)
