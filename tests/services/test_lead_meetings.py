"""Staff invite a lead to a meeting: only a consenting lead of their own exhibitor, at a
free slot of theirs, under a booking's rules; on both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.db.engine import Database
from bot.domain import InterestKind, MeetingStatus
from bot.errors import MeetingOverlap, SlotUnavailable, StaleAction
from bot.services import buyers, leads, meeting_requests
from bot.services.meeting_notices import Letter, Notice, Request
from tests.auxil.handoff import ANA, BEN, LI, NOW, ZHOU, db, link_staff
from tests.auxil.meetings import RULES

__all__ = ["db"]
EARLY = NOW - timedelta(days=14)  # before AV1, EX0001's slot on the fair's first morning


def compose(notice: Notice, request: Request, language: str | None) -> Letter:
    return Letter(f"{notice} {request.booking.id}")


async def invite(db: Database, staff_id: int, buyer_id: int, slot_id: str) -> Request:
    async with db.write() as s:
        code = (await buyers.get(s, buyer_id)).buyer_code
        return await meeting_requests.propose_to_lead(
            s, staff_id, code, slot_id, EARLY, RULES, compose, EARLY
        )


async def test_only_a_consenting_lead_of_ones_own_exhibitor_at_a_free_slot(db: Database) -> None:
    await link_staff(db, LI, "EX0001")
    await link_staff(db, ZHOU, "EX0002")
    async with db.write() as s:
        for buyer in (ANA, BEN):
            await leads.record(s, buyer, "EX0001", InterestKind.VIEWED, NOW)
    for staff_id, buyer_id in ((LI, BEN), (ZHOU, ANA)):  # no consent; not their lead
        with pytest.raises(StaleAction):
            await invite(db, staff_id, buyer_id, "AV1")
    with pytest.raises(SlotUnavailable):
        await invite(db, LI, ANA, "no-such-slot")
    request = await invite(db, LI, ANA, "AV1")
    assert request.booking.status == MeetingStatus.PROPOSED and request.asked is None
    with pytest.raises(MeetingOverlap):  # the buyer holds that time already
        await invite(db, LI, ANA, "AV1")
