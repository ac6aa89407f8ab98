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
What staff see of leads is `bot.services.lead_views`.

Staff adjust a lead's score with a note (+3 "met at the booth"); the notes are kept
per lead and the adjustments add to the score. The adjustment re-checks the
member's link: they adjust their own exhibitor's leads only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.leads import Lead, LeadEvent, LeadNote
from bot.db.models import Buyer
from bot.db.statements import affected, dialect_of
from bot.domain import InterestKind, LeadAlert, LeadLevel
from bot.errors import InvalidAnswer, StaleAction
from bot.services import lead_views, staff
from bot.services.lead_scores import WEIGHTS, level_of, score_of

MAX_DELTA = 20
MAX_NOTE = 500
MARKED = "leads.marked"  # the session.info key of `marked`


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


async def adjust(
    session: AsyncSession, staff_id: int, buyer_code: str, delta: int, text: str, now: datetime
) -> lead_views.LeadView | None:
    """Add `delta` to the lead's score with a note saying why; the note is kept. None when
    the score fell to 0: the buyer is no lead any more, and leaves the list."""
    text = text.strip()
    if delta == 0 or abs(delta) > MAX_DELTA:
        raise InvalidAnswer("bad_delta", limit=MAX_DELTA)
    if not text:
        raise InvalidAnswer("empty")
    if len(text) > MAX_NOTE:
        raise InvalidAnswer("too_long", limit=MAX_NOTE)
    await lead_views.card(session, staff_id, buyer_code)
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
    return None if lead.level is None else await lead_views.card(session, staff_id, buyer_code)


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
