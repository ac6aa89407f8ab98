"""A database filled with known numbers for the figures: buyers, check-ins, rewards,
searches, meetings, talks, lead events and the outbox, by direct inserts.

Times are on the fair's clock (Asia/Shanghai, the test settings'). Every group the
figures show has 5 or more buyers, or 1 to 4 to be suppressed, as the comments say.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.catalog import Exhibitor, Search
from bot.db.checkin import CheckIn, RewardGrant
from bot.db.engine import Database
from bot.db.handoff import HandoffThread
from bot.db.leads import Lead, LeadEvent
from bot.db.meetings import Meeting
from bot.db.models import Buyer, User
from bot.db.outbox import BLOCKED, FAILED, QUEUED, SENT, OutboxMessage
from bot.domain import InterestKind, LeadLevel, MeetingOutcome, MeetingStatus, ThreadStatus

SHANGHAI = ZoneInfo("Asia/Shanghai")
D15, D16, D17, D19 = date(2026, 10, 15), date(2026, 10, 16), date(2026, 10, 17), date(2026, 10, 19)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """An instant on the fair's clock."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


async def _buyer(session: AsyncSession, telegram_id: int, country: str, when: datetime) -> None:
    session.add(User(telegram_id=telegram_id, language="en", created_at=when, updated_at=when))
    await session.flush()
    session.add(
        Buyer(
            id=telegram_id, telegram_id=telegram_id, buyer_code=f"B{telegram_id:05d}",
            full_name=f"Secret Name {telegram_id}", company="Acme", country=country,
            timezone="Europe/Madrid", email="b@acme.es", interests=[], consent_share=False,
            registered_at=when, updated_at=when,
        )
    )  # fmt: skip


def _exhibitor(session: AsyncSession, exhibitor_id: str, when: datetime) -> None:
    session.add(
        Exhibitor(
            id=exhibitor_id, name={"en": f"Maker {exhibitor_id}"}, country="CN", description={},
            main_products=[], meetings=True, chat=True, updated_at=when, sync_run=1,
        )
    )  # fmt: skip


async def fill(db: Database) -> None:
    async with db.write() as session:
        await _registrations(session)
        for exhibitor_id in ("EX1", "EX2", "EX3"):
            _exhibitor(session, exhibitor_id, at(D15, 8))
        await session.flush()
        _checkins(session)
        _searches(session)
        _meetings(session)
        _talks(session)
        _interest(session)
        _outbox(session)


async def _registrations(session: AsyncSession) -> None:
    """10-15: 8 DE (5 of them at 23:59), 5 ES, 2 FR; 10-16 at 00:01: 3 IT (< 5).
    Before the fair, 10-10: 20 CN (outside the fair so far)."""
    ids = iter(range(1, 100))
    for country, n, when in [
        ("DE", 3, at(D15, 10)), ("DE", 5, at(D15, 23, 59)), ("ES", 5, at(D15, 11)),
        ("FR", 2, at(D15, 12)), ("IT", 3, at(D16, 0, 1)),
        ("CN", 20, at(date(2026, 10, 10), 12)),
    ]:  # fmt: skip
        for _ in range(n):
            await _buyer(session, next(ids), country, when)


def _checkins(session: AsyncSession) -> None:
    """Buyers 1-5: 15, 16, 17 and 19 (streak 3, or 4 when 18 is a gap between phases);
    6-10: 15 only (streak 1); 11-12: 15 and 16 (streak 2, < 5). Rewards: 5 bronze
    granted, 2 redeemed (< 5)."""
    days: dict[int, tuple[date, ...]] = {b: (D15, D16, D17, D19) for b in range(1, 6)}
    days.update({b: (D15,) for b in range(6, 11)})
    days.update({b: (D15, D16) for b in range(11, 13)})
    for buyer, dates in days.items():
        for day in dates:
            session.add(CheckIn(buyer_id=buyer, fair_day=day, checked_at=at(day, 9)))
    for buyer in range(1, 6):
        session.add(
            RewardGrant(
                buyer_id=buyer, award="bronze", tier_id="bronze", points=10,
                granted_at=at(D17, 9), redeemed_at=at(D17, 15) if buyer <= 2 else None,
            )
        )  # fmt: skip


def _searches(session: AsyncSession) -> None:
    """9:00: "LED lamp" 6 times anonymous (found); 14:00: "=cmd" 5 times anonymous (en,
    nothing found); "solar" 7 times by one named buyer (nothing found: 1 buyer, never
    listed); " Bomba " 5 times by 5 named buyers in es (nothing found)."""
    rows = (
        [(None, "en", "LED lamp", 4, at(D15, 9))] * 6
        + [(None, "en", "=cmd", 0, at(D15, 14))] * 5
        + [(7, "en", "solar", 0, at(D15, 14))] * 7
        + [(b, "es", " Bomba ", 0, at(D16, 14)) for b in range(1, 6)]
    )
    for telegram_id, language, query, results, when in rows:
        session.add(
            Search(
                telegram_id=telegram_id, language=language, query=query, results=results,
                created_at=when,
            )
        )  # fmt: skip


def _meeting(
    session: AsyncSession, buyer: int, exhibitor_id: str, status: MeetingStatus,
    outcome: MeetingOutcome | None,
) -> None:  # fmt: skip
    session.add(
        Meeting(
            telegram_id=buyer, exhibitor_id=exhibitor_id, exhibitor_name={"en": exhibitor_id},
            starts_at=at(D17, 10), ends_at=at(D17, 10, 30), booked_at=at(D16, 10),
            status=status, outcome=outcome,
        )
    )  # fmt: skip


def _meetings(session: AsyncSession) -> None:
    """EX1: 7 requested, 6 accepted, 5 held, 1 no-show; EX2: 2 requested and accepted."""
    for buyer in range(1, 6):
        _meeting(session, buyer, "EX1", MeetingStatus.CONFIRMED, MeetingOutcome.ATTENDED)
    _meeting(session, 6, "EX1", MeetingStatus.CONFIRMED, MeetingOutcome.NO_SHOW)
    _meeting(session, 7, "EX1", MeetingStatus.REQUESTED, None)
    for buyer in (8, 9):
        _meeting(session, buyer, "EX2", MeetingStatus.CONFIRMED, None)


def _talks(session: AsyncSession) -> None:
    """First responses: EX1 10, 20, 30, 40, 100 s (median 30, p90 100); EX2 500, 600 s
    (2 talks: median 500, p90 600, never among the slowest); EX3 five of 60 s."""
    waits = [("EX1", s) for s in (40, 10, 100, 30, 20)]
    waits += [("EX2", 500), ("EX2", 600)] + [("EX3", 60)] * 5
    for buyer, (exhibitor_id, seconds) in enumerate(waits, start=1):
        asked = at(D16, 11)
        session.add(
            HandoffThread(
                buyer_id=buyer, exhibitor_id=exhibitor_id, product_id="P1",
                status=ThreadStatus.CLOSED, created_at=asked, waiting_since=asked,
                first_answered_at=asked + timedelta(seconds=seconds), closed_at=at(D16, 12),
            )
        )  # fmt: skip


def _interest(session: AsyncSession) -> None:
    """EX1: 5 buyers viewed (2 times each), 2 saved (< 5); leads 5 hot, 1 warm.
    EX2: 6 buyers viewed 3 times each, 6 hot leads."""
    events = [(b, "EX1", InterestKind.VIEWED, 2) for b in range(1, 6)]
    events += [(b, "EX1", InterestKind.SAVED, 1) for b in (1, 2)]
    events += [(b, "EX2", InterestKind.VIEWED, 3) for b in range(1, 7)]
    for buyer, exhibitor_id, kind, count in events:
        session.add(
            LeadEvent(
                buyer_id=buyer, exhibitor_id=exhibitor_id, kind=kind, count=count,
                first_at=at(D16, 9), last_at=at(D16, 9),
            )
        )  # fmt: skip
    leads = [(b, "EX1", LeadLevel.HOT) for b in range(1, 6)] + [(6, "EX1", LeadLevel.WARM)]
    leads += [(b, "EX2", LeadLevel.HOT) for b in range(1, 7)]
    for buyer, exhibitor_id, level in leads:
        session.add(
            Lead(
                buyer_id=buyer, exhibitor_id=exhibitor_id, score=10, level=level,
                first_at=at(D16, 9), last_at=at(D16, 9), last_kind=InterestKind.VIEWED,
            )
        )  # fmt: skip


def _outbox(session: AsyncSession) -> None:
    """10-15: 3 sent, 1 blocked, 1 failed, 1 still queued; 10-16: 2 sent."""
    rows = [(SENT, D15)] * 3 + [(BLOCKED, D15), (FAILED, D15), (QUEUED, D15)] + [(SENT, D16)] * 2
    for chat, (status, day) in enumerate(rows, start=1):
        session.add(
            OutboxMessage(
                chat_id=chat, kind="notice", text="hi", status=status, attempts=1,
                not_before=at(day, 10), created_at=at(day, 10),
            )
        )  # fmt: skip
