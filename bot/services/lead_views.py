"""Leads as an exhibitor's staff see them: pages of the list, one lead's card, the export.

Only consenting buyers whose score is above 0 are shown (`bot.services.leads` keeps
the scores); those who did not consent are a count, never a name. Consent is read
whenever leads are shown, so withdrawing it hides the buyer at once. Every function
that takes a member's Telegram id re-checks their link: they see their own
exhibitor's leads only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Row, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.leads import Lead, LeadEvent, LeadNote
from bot.db.models import Buyer
from bot.domain import InterestKind, LeadLevel
from bot.errors import StaleAction
from bot.services import staff
from bot.services.lead_scores import Reason, reasons

RECENT = timedelta(hours=24)
PAGE_SIZE = 6
MAX_EXPORT = 10_000


@dataclass(frozen=True)
class Note:
    delta: int
    text: str
    staff_id: int
    created_at: datetime


@dataclass(frozen=True)
class LeadView:
    """A lead as its exhibitor's staff see it (consenting buyers only)."""

    buyer_code: str
    full_name: str
    company: str
    country: str
    email: str
    phone: str | None
    interests: list[str]
    score: int
    level: LeadLevel
    reasons: list[Reason]
    adjustment: int
    notes: list[Note]
    first_at: datetime
    last_at: datetime
    last_kind: InterestKind


@dataclass(frozen=True)
class Page:
    """A page of an exhibitor's leads; `anonymous` counts the interested buyers who did
    not consent, whom staff see only as that number."""

    leads: list[LeadView]
    offset: int
    total: int
    anonymous: int
    size: int = PAGE_SIZE


async def listing(
    session: AsyncSession,
    staff_id: int,
    now: datetime,
    level: LeadLevel | None = None,
    recent: bool = False,
    offset: int = 0,
    size: int = PAGE_SIZE,
) -> Page:
    """The member's exhibitor's leads, hottest first (most recent first when `recent`:
    active in the last RECENT); `offset` is clamped to the pages there are."""
    member = await staff.require(session, staff_id)
    query = _leads(member.exhibitor_id)
    if level is not None:
        query = query.where(Lead.level == level)
    if recent:
        query = query.where(Lead.last_at >= now - RECENT)
    total = int(
        (await session.execute(select(func.count()).select_from(query.subquery()))).scalar_one()
    )
    offset = max(0, min(offset, (max(total, 1) - 1) // size * size))
    order = (Lead.last_at.desc(),) if recent else (Lead.score.desc(), Lead.last_at.desc())
    rows = (
        await session.execute(query.order_by(*order, Lead.buyer_id).offset(offset).limit(size))
    ).all()
    views = await _views(session, member.exhibitor_id, rows)
    return Page(views, offset, total, await anonymous(session, member.exhibitor_id), size)


async def anonymous(session: AsyncSession, exhibitor_id: str) -> int:
    """How many buyers who did not consent showed interest in the exhibitor."""
    found = await session.execute(
        select(func.count())
        .select_from(Lead)
        .join(Buyer, Buyer.telegram_id == Lead.buyer_id)
        .where(
            Lead.exhibitor_id == exhibitor_id,
            Lead.level.is_not(None),
            Buyer.consent_share.is_(False),
        )
    )
    return int(found.scalar_one())


async def card(session: AsyncSession, staff_id: int, buyer_code: str) -> LeadView:
    """One lead of the member's exhibitor; StaleAction when it is no lead of theirs (any
    more: the buyer withdrew consent or used /forget, the member was unlinked)."""
    member = await staff.require(session, staff_id)
    row = (
        await session.execute(_leads(member.exhibitor_id).where(Buyer.buyer_code == buyer_code))
    ).first()
    if row is None:
        raise StaleAction()
    return (await _views(session, member.exhibitor_id, [row]))[0]


async def view_of(session: AsyncSession, exhibitor_id: str, buyer_id: int) -> LeadView | None:
    """A lead as its alert shows it to every member; None when it is no lead (any more)."""
    row = (await session.execute(_leads(exhibitor_id).where(Lead.buyer_id == buyer_id))).first()
    return None if row is None else (await _views(session, exhibitor_id, [row]))[0]


async def export(session: AsyncSession, staff_id: int) -> list[LeadView]:
    """Every lead of the member's exhibitor, hottest first, for the CSV file."""
    member = await staff.require(session, staff_id)
    rows = (
        await session.execute(
            _leads(member.exhibitor_id)
            .order_by(Lead.score.desc(), Lead.last_at.desc(), Lead.buyer_id)
            .limit(MAX_EXPORT)
        )
    ).all()
    return await _views(session, member.exhibitor_id, rows)


def _leads(exhibitor_id: str) -> Select[Lead, Buyer]:
    """The exhibitor's leads that staff may see: consenting buyers, score above 0."""
    return (
        select(Lead, Buyer)
        .join(Buyer, Buyer.telegram_id == Lead.buyer_id)
        .where(
            Lead.exhibitor_id == exhibitor_id,
            Lead.level.is_not(None),
            Buyer.consent_share.is_(True),
        )
    )


async def _views(
    session: AsyncSession, exhibitor_id: str, rows: Iterable[Row[Lead, Buyer]]
) -> list[LeadView]:
    """The rows as views, with their counts and notes read in one query each."""
    pairs = list(rows)
    buyer_ids = [lead.buyer_id for lead, _ in pairs]
    counts: dict[int, dict[InterestKind, int]] = defaultdict(dict)
    notes: dict[int, list[Note]] = defaultdict(list)
    if buyer_ids:
        events = await session.execute(
            select(LeadEvent.buyer_id, LeadEvent.kind, LeadEvent.count).where(
                LeadEvent.exhibitor_id == exhibitor_id, LeadEvent.buyer_id.in_(buyer_ids)
            )
        )
        for buyer_id, kind, count in events.all():
            counts[buyer_id][kind] = count
        kept = await session.execute(
            select(LeadNote)
            .where(LeadNote.exhibitor_id == exhibitor_id, LeadNote.buyer_id.in_(buyer_ids))
            .order_by(LeadNote.created_at, LeadNote.id)
        )
        for note in kept.scalars():
            notes[note.buyer_id].append(
                Note(note.delta, note.text, note.staff_id, note.created_at)
            )
    return [
        _view(lead, buyer, counts[lead.buyer_id], notes[lead.buyer_id]) for lead, buyer in pairs
    ]


def _view(
    lead: Lead, buyer: Buyer, counts: Mapping[InterestKind, int], notes: list[Note]
) -> LeadView:
    assert lead.level is not None  # `_leads` selects leads only
    return LeadView(
        buyer_code=buyer.buyer_code, full_name=buyer.full_name, company=buyer.company,
        country=buyer.country, email=buyer.email, phone=buyer.phone,
        interests=list(buyer.interests), score=lead.score, level=lead.level,
        reasons=reasons(counts), adjustment=lead.adjustment, notes=notes,
        first_at=lead.first_at, last_at=lead.last_at, last_kind=lead.last_kind,
    )  # fmt: skip
