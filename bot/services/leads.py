"""Leads: buyers who showed interest in an exhibitor, scored, for its staff to follow up.

Where a buyer shows interest (a product card, a save, a meeting, a talk and its
messages, searches that show the exhibitor's products) the service doing it calls
`record`. It counts the interest per kind, scores the pair from those counts with
the weights of `bot.services.lead_scores`, and marks the alert staff are owed:
when the buyer first becomes a lead, and when the lead turns hot.
`bot.services.lead_alerts` queues those alerts.

A lead is a registered buyer who consented to share their profile with exhibitors
(registration's consent step) and whose score is above 0. Interest of buyers who
did not consent is counted too, so that they become leads at once if they consent
later, but staff only ever see how many there are: never a name, never an alert.
Consent is read whenever leads are shown, so withdrawing it hides the buyer at once.

Staff adjust a lead's score with a note (+3 "met at the booth"); the notes are kept
per lead and the adjustments add to the score. Every staff function takes the
member's Telegram id and re-checks their link: they see their own exhibitor's
leads only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Row, Select, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.leads import Lead, LeadEvent, LeadNote
from bot.db.models import Buyer
from bot.db.statements import affected, dialect_of
from bot.domain import InterestKind, LeadAlert, LeadLevel
from bot.errors import InvalidAnswer, StaleAction
from bot.services import staff
from bot.services.lead_scores import WEIGHTS, Reason, level_of, reasons, score_of

RECENT = timedelta(hours=24)
PAGE_SIZE = 6
MAX_DELTA = 20
MAX_NOTE = 500
MAX_EXPORT = 10_000
MARKED = "leads.marked"  # the session.info key of `marked`


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


@dataclass(frozen=True)
class Recorded:
    """The pair's score and level after an event; `alert` is the alert now pending."""

    score: int
    level: LeadLevel | None
    alert: LeadAlert | None


async def record(
    session: AsyncSession, buyer_id: int, exhibitor_id: str, kind: InterestKind, now: datetime
) -> Recorded | None:
    """Count one event of `kind` by the buyer for the exhibitor, rescore, mark any alert due.

    None when nothing is scored: `buyer_id` is no registered buyer (nothing is
    recorded), or the event is counted but too rare yet to count (one search).
    """
    consent = await _consent(session, buyer_id)
    if consent is None:
        return None
    counts = await _count(session, buyer_id, [exhibitor_id], kind, now)
    if counts[exhibitor_id] < WEIGHTS[kind].at_least:
        return None
    return await _scored(session, buyer_id, exhibitor_id, kind, consent, now)


async def record_all(
    session: AsyncSession,
    buyer_id: int,
    exhibitor_ids: Iterable[str],
    kind: InterestKind,
    now: datetime,
) -> None:
    """`record` for several exhibitors at once (a search's results show several): one
    statement counts them all, and only those whose count now scores are rescored, in
    a fixed order so two transactions lock the same rows in the same order."""
    chosen = sorted(set(exhibitor_ids))
    consent = await _consent(session, buyer_id) if chosen else None
    if consent is None:
        return
    counts = await _count(session, buyer_id, chosen, kind, now)
    for exhibitor_id in chosen:
        if counts[exhibitor_id] >= WEIGHTS[kind].at_least:
            await _scored(session, buyer_id, exhibitor_id, kind, consent, now)


def marked(session: AsyncSession) -> set[tuple[int, str]]:
    """The (buyer, exhibitor) pairs owed an alert after `record` in this session's
    transaction: the ones worth looking at to alert at once (none: no query at all)."""
    pairs: set[tuple[int, str]] = session.info.setdefault(MARKED, set())
    return pairs


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


async def adjust(
    session: AsyncSession, staff_id: int, buyer_code: str, delta: int, text: str, now: datetime
) -> LeadView | None:
    """Add `delta` to the lead's score with a note saying why; the note is kept. None when
    the score fell to 0: the buyer is no lead any more, and leaves the list."""
    text = text.strip()
    if delta == 0 or abs(delta) > MAX_DELTA:
        raise InvalidAnswer("bad_delta", limit=MAX_DELTA)
    if not text:
        raise InvalidAnswer("empty")
    if len(text) > MAX_NOTE:
        raise InvalidAnswer("too_long", limit=MAX_NOTE)
    await card(session, staff_id, buyer_code)
    member = await staff.require(session, staff_id)
    buyer = await _buyer_of(session, buyer_code)
    lead = await _locked(session, buyer.telegram_id, member.exhibitor_id)
    lead.adjustment += delta
    counts = await _counts(session, lead.buyer_id, lead.exhibitor_id)
    _rescore(lead, counts, buyer.consent_share, now)
    # Staff know what they adjusted: no alert for it, and the level is known to them.
    lead.alert, lead.alert_marked_at = None, None
    lead.alerted_level = lead.level or lead.alerted_level
    session.add(
        LeadNote(
            buyer_id=lead.buyer_id, exhibitor_id=lead.exhibitor_id, staff_id=staff_id,
            delta=delta, text=text, created_at=now,
        )
    )  # fmt: skip
    await session.flush()
    return None if lead.level is None else await card(session, staff_id, buyer_code)


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


async def clear_alert(
    session: AsyncSession, lead: tuple[int, str], alert: LeadAlert, now: datetime
) -> bool:
    """Settle a pending alert as sent; False when another process settled it first."""
    done = await session.execute(
        update(Lead)
        .where(Lead.buyer_id == lead[0], Lead.exhibitor_id == lead[1], Lead.alert == alert)
        .values(alert=None, alert_marked_at=None, alerted_at=now, alerted_level=Lead.level)
    )
    return affected(done) == 1


def _rescore(lead: Lead, counts: Mapping[InterestKind, int], consent: bool, now: datetime) -> None:
    """The lead's score and level from its counts, and the alert it is owed now: NEW when
    staff have heard nothing of it, HOT when it turned hot since they last heard."""
    lead.score = score_of(counts, lead.adjustment)
    lead.level = level_of(lead.score)
    owed = None
    if consent and lead.level is not None:
        if lead.alerted_level is None:
            owed = LeadAlert.HOT if lead.level == LeadLevel.HOT else LeadAlert.NEW
        elif lead.level == LeadLevel.HOT and lead.alerted_level != LeadLevel.HOT:
            owed = LeadAlert.HOT
    if owed is None:
        lead.alert, lead.alert_marked_at = None, None
    elif owed != lead.alert:
        lead.alert, lead.alert_marked_at = owed, lead.alert_marked_at or now


async def _consent(session: AsyncSession, buyer_id: int) -> bool | None:
    """Whether the buyer consented to share their profile; None for no registered buyer."""
    found = await session.execute(select(Buyer.consent_share).where(Buyer.telegram_id == buyer_id))
    return found.scalar_one_or_none()


async def _count(
    session: AsyncSession,
    buyer_id: int,
    exhibitor_ids: list[str],
    kind: InterestKind,
    now: datetime,
) -> dict[str, int]:
    """Count one event of `kind` for each exhibitor (one upsert); the counts now."""
    rows = [
        {"buyer_id": buyer_id, "exhibitor_id": exhibitor_id, "kind": kind, "count": 1,
         "first_at": now, "last_at": now}
        for exhibitor_id in exhibitor_ids
    ]  # fmt: skip
    upsert = dialect_of(session).insert(LeadEvent).values(rows)
    counted = await session.execute(
        upsert.on_conflict_do_update(
            index_elements=["buyer_id", "exhibitor_id", "kind"],
            set_={"count": LeadEvent.count + 1, "last_at": now},
        ).returning(LeadEvent.exhibitor_id, LeadEvent.count)
    )
    return {exhibitor_id: count for exhibitor_id, count in counted.all()}


async def _scored(
    session: AsyncSession,
    buyer_id: int,
    exhibitor_id: str,
    kind: InterestKind,
    consent: bool,
    now: datetime,
) -> Recorded:
    """Rescore the pair (making its lead row the first time) after an event of `kind`."""
    fresh = dialect_of(session).insert(Lead).values(
        buyer_id=buyer_id, exhibitor_id=exhibitor_id, score=0, adjustment=0,
        first_at=now, last_at=now, last_kind=kind,
    )  # fmt: skip
    await session.execute(
        fresh.on_conflict_do_nothing(index_elements=["buyer_id", "exhibitor_id"])
    )
    lead = await _locked(session, buyer_id, exhibitor_id)
    lead.last_at, lead.last_kind = now, kind
    _rescore(lead, await _counts(session, buyer_id, exhibitor_id), consent, now)
    await session.flush()
    if lead.alert is not None:
        marked(session).add((buyer_id, exhibitor_id))
    return Recorded(lead.score, lead.level, lead.alert)


async def _locked(session: AsyncSession, buyer_id: int, exhibitor_id: str) -> Lead:
    found = await session.execute(
        select(Lead)
        .where(Lead.buyer_id == buyer_id, Lead.exhibitor_id == exhibitor_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return found.scalar_one()


async def _counts(
    session: AsyncSession, buyer_id: int, exhibitor_id: str
) -> dict[InterestKind, int]:
    found = await session.execute(
        select(LeadEvent.kind, LeadEvent.count).where(
            LeadEvent.buyer_id == buyer_id, LeadEvent.exhibitor_id == exhibitor_id
        )
    )
    return {kind: count for kind, count in found.all()}


async def _buyer_of(session: AsyncSession, buyer_code: str) -> Buyer:
    found = await session.execute(select(Buyer).where(Buyer.buyer_code == buyer_code))
    buyer = found.scalar_one_or_none()
    if buyer is None:
        raise StaleAction()
    return buyer


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
