"""Leads: recording interest, scores with reasons, consent, adjustments, lists, on both engines."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from bot.db.engine import Database
from bot.db.leads import Lead, LeadEvent, LeadNote
from bot.domain import InterestKind, LeadAlert, LeadLevel
from bot.errors import InvalidAnswer, NotStaff, StaleAction
from bot.services import (
    buyers,
    handoff,
    lead_scores,
    lead_views,
    leads,
    meetings,
    privacy,
    product_cards,
    saved,
    searches,
    users,
)
from bot.services.lead_scores import Reason
from tests.auxil.handoff import ANA, BEN, LI, NOBODY, NOW, WANG, ZHOU, answers, db, link_staff
from tests.auxil.meetings import RULES

__all__ = ["db"]

K = InterestKind


async def _record(db: Database, buyer: int, exhibitor: str, *kinds: InterestKind) -> None:
    for kind in kinds:
        async with db.write() as s:
            await leads.record(s, buyer, exhibitor, kind, NOW)


async def _code(db: Database, buyer: int) -> str:
    async with db.read() as s:
        return (await buyers.get(s, buyer)).buyer_code


def test_weights_make_scores_levels_and_reasons() -> None:
    counts = {K.VIEWED: 5, K.SAVED: 1, K.SEARCHED: 2}
    assert lead_scores.reasons(counts) == [Reason(K.SAVED, 1, 3), Reason(K.VIEWED, 5, 3)]
    assert lead_scores.score_of(counts) == 6 and lead_scores.level_of(6) == LeadLevel.WARM
    counts[K.SEARCHED] = 3
    assert lead_scores.reasons(counts)[1] == Reason(K.SEARCHED, 3, 3)
    assert lead_scores.score_of({K.MEETING: 2, K.SAVED: 5}) == 6 + 6
    assert lead_scores.level_of(lead_scores.score_of({K.MEETING: 1, K.SAVED: 2})) == LeadLevel.HOT
    assert lead_scores.level_of(lead_scores.score_of({K.VIEWED: 1})) == LeadLevel.COLD
    assert lead_scores.level_of(lead_scores.score_of({K.SEARCHED: 2})) is None
    assert lead_scores.score_of({K.VIEWED: 1}, adjustment=-5) == 0


async def test_interest_is_recorded_where_buyers_show_it(db: Database) -> None:
    async with db.write() as s:
        assert await product_cards.view(s, ANA, "P000002", NOW) is not None
        assert await product_cards.view(s, ANA, "P999999", NOW) is None
        assert await product_cards.view(s, NOBODY, "P000001", NOW) is not None
        assert await saved.save(s, ANA, "P000002", NOW)
        assert not await saved.save(s, ANA, "P000002", NOW)
        await meetings.book(s, ANA, "AV1", "P000002", NOW - timedelta(hours=2), RULES)
        await handoff.open_thread(s, ANA, "P000001", NOW)
        await handoff.say(s, ANA, "Do you ship to Spain?", None, NOW)
        for _ in range(3):
            await searches.record(s, ANA, "en", "led", 3, NOW, ["P000001", "P000003", "P000002"])
        await searches.record(s, NOBODY, "en", "led", 3, NOW, ["P000001"])
    async with db.read() as s:
        found = await s.execute(select(LeadEvent.exhibitor_id, LeadEvent.kind, LeadEvent.count))
        counted = {(exhibitor, kind): count for exhibitor, kind, count in found.all()}
        scores = dict((await s.execute(select(Lead.exhibitor_id, Lead.score))).all())
    assert counted == {
        ("EX0001", K.VIEWED): 1, ("EX0001", K.SAVED): 1, ("EX0001", K.MEETING): 1,
        ("EX0001", K.SEARCHED): 3, ("EX0002", K.TALK): 1, ("EX0002", K.MESSAGE): 1,
        ("EX0002", K.SEARCHED): 3,
    }  # fmt: skip
    assert scores == {"EX0001": 1 + 3 + 6 + 3, "EX0002": 4 + 2 + 3}


async def test_record_counts_per_kind_and_marks_one_alert_for_a_new_lead(db: Database) -> None:
    async with db.write() as s:
        assert await leads.record(s, NOBODY, "EX0002", K.VIEWED, NOW) is None
        first = await leads.record(s, ANA, "EX0002", K.SEARCHED, NOW)
        second = await leads.record(s, ANA, "EX0002", K.VIEWED, NOW + timedelta(minutes=1))
        third = await leads.record(s, ANA, "EX0002", K.VIEWED, NOW + timedelta(minutes=2))
    assert first is None, "one search is counted, but is no lead"
    assert second == leads.Recorded(1, LeadLevel.COLD, LeadAlert.NEW)
    assert third == leads.Recorded(2, LeadLevel.COLD, LeadAlert.NEW)
    async with db.read() as s:
        events = (await s.execute(select(LeadEvent).order_by(LeadEvent.kind))).scalars().all()
        lead = (await s.execute(select(Lead))).scalar_one()
    assert [(e.kind, e.count) for e in events] == [(K.SEARCHED, 1), (K.VIEWED, 2)]
    assert events[1].first_at == NOW + timedelta(minutes=1)
    assert events[1].last_at == NOW + timedelta(minutes=2)
    assert lead.alert_marked_at == NOW + timedelta(minutes=1), "marked when it became a lead"
    assert lead.last_kind == K.VIEWED and lead.first_at == NOW + timedelta(minutes=1)


async def test_a_lead_that_turns_hot_after_its_alert_is_owed_a_hot_one(db: Database) -> None:
    await _record(db, ANA, "EX0002", K.VIEWED)
    async with db.write() as s:
        assert await leads.clear_alert(s, (ANA, "EX0002"), LeadAlert.NEW, NOW)
        assert not await leads.clear_alert(s, (ANA, "EX0002"), LeadAlert.NEW, NOW)
        warm = await leads.record(s, ANA, "EX0002", K.MEETING, NOW)
        hot = await leads.record(s, ANA, "EX0002", K.SAVED, NOW)
    assert warm == leads.Recorded(7, LeadLevel.WARM, None), "warmer, but no new alert"
    assert hot == leads.Recorded(10, LeadLevel.HOT, LeadAlert.HOT)


async def test_buyers_without_consent_are_counted_never_named_nor_alerted(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        recorded = await leads.record(s, BEN, "EX0002", K.MEETING, NOW)
    assert recorded == leads.Recorded(6, LeadLevel.WARM, None)
    async with db.read() as s:
        page = await lead_views.listing(s, LI, NOW)
    assert (page.leads, page.total, page.anonymous) == ([], 0, 1)
    with pytest.raises(StaleAction):
        async with db.read() as s:
            await lead_views.card(s, LI, await _code(db, BEN))
    async with db.write() as s:
        await buyers.update(s, BEN, answers("Ben", consent=True), NOW)
        later = await leads.record(s, BEN, "EX0002", K.VIEWED, NOW)
    assert later == leads.Recorded(7, LeadLevel.WARM, LeadAlert.NEW), "consent given later"
    async with db.read() as s:
        page = await lead_views.listing(s, LI, NOW)
    assert [lead.full_name for lead in page.leads] == ["Ben"] and page.anonymous == 0


async def test_listing_filters_pages_and_keeps_to_the_members_exhibitor(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, ZHOU, "EX0001")
    others = list(range(200, 208))
    async with db.write() as s:
        for number, telegram_id in enumerate(others):
            await users.ensure(s, telegram_id, "en", NOW)
            await buyers.create(s, telegram_id, answers(f"Buyer{number}", consent=True), NOW)
    for number, telegram_id in enumerate(others):
        async with db.write() as s:
            at = NOW - timedelta(hours=30) if number % 2 else NOW
            for _ in range(number + 1):
                await leads.record(s, telegram_id, "EX0002", K.VIEWED, at)
    await _record(db, ANA, "EX0002", K.MEETING, K.SAVED, K.TALK)
    await _record(db, ANA, "EX0001", K.VIEWED)
    async with db.read() as s:
        everyone = await lead_views.listing(s, LI, NOW, size=4)
        last = await lead_views.listing(s, LI, NOW, offset=400, size=4)
        hot = await lead_views.listing(s, LI, NOW, level=LeadLevel.HOT)
        cold = await lead_views.listing(s, LI, NOW, level=LeadLevel.COLD)
        recent = await lead_views.listing(s, LI, NOW, recent=True)
        theirs = await lead_views.listing(s, ZHOU, NOW)
    # Views count up to 3: Buyer2 to Buyer7 score 3, the recent ones first.
    assert everyone.total == 9 and [v.full_name for v in everyone.leads] == [
        "Ana", "Buyer2", "Buyer4", "Buyer6",
    ]  # fmt: skip
    assert last.offset == 8 and [v.full_name for v in last.leads] == ["Buyer0"]
    assert [v.full_name for v in hot.leads] == ["Ana"] and hot.leads[0].score == 13
    assert [r.kind for r in hot.leads[0].reasons] == [K.MEETING, K.TALK, K.SAVED]
    assert cold.total == 8 and "Ana" not in {v.full_name for v in cold.leads}
    assert {v.full_name for v in recent.leads} == {"Ana", "Buyer0", "Buyer2", "Buyer4", "Buyer6"}
    assert [v.full_name for v in theirs.leads] == ["Ana"] and theirs.leads[0].score == 1
    with pytest.raises(NotStaff):
        async with db.read() as s:
            await lead_views.listing(s, BEN, NOW)


async def test_staff_adjust_a_lead_with_notes_kept_and_bad_input_refused(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, ZHOU, "EX0001")
    await _record(db, ANA, "EX0002", K.VIEWED, K.SAVED)
    code = await _code(db, ANA)
    async with db.write() as s:
        up = await leads.adjust(s, LI, code, +6, "  Met at the booth, wants samples ", NOW)
    assert up is not None and up.score == 10 and up.level == LeadLevel.HOT
    async with db.read() as s:
        lead = (await s.execute(select(Lead).where(Lead.exhibitor_id == "EX0002"))).scalar_one()
    assert (lead.alert, lead.alerted_level) == (None, LeadLevel.HOT), "staff know already"
    assert [(n.delta, n.text, n.staff_id) for n in up.notes] == [
        (6, "Met at the booth, wants samples", LI)
    ]
    for delta, text, reason in [(0, "x", "bad_delta"), (21, "x", "bad_delta"), (2, " ", "empty"),
                                (2, "x" * 501, "too_long")]:  # fmt: skip
        with pytest.raises(InvalidAnswer) as refused:
            async with db.write() as s:
                await leads.adjust(s, LI, code, delta, text, NOW)
        assert refused.value.reason == reason
    with pytest.raises(StaleAction):
        async with db.write() as s:
            await leads.adjust(s, ZHOU, code, 1, "not my lead", NOW)
    async with db.write() as s:
        gone = await leads.adjust(s, LI, code, -20, "A competitor, not a buyer", NOW)
    assert gone is None
    async with db.read() as s:
        page = await lead_views.listing(s, LI, NOW)
        notes = (await s.execute(select(func.count()).select_from(LeadNote))).scalar_one()
    assert page.total == 0 and notes == 2


async def test_two_events_at_once_count_both(db: Database) -> None:
    async def one(kind: InterestKind) -> None:
        async with db.write() as s:
            await leads.record(s, ANA, "EX0002", kind, NOW)

    await asyncio.gather(*(one(kind) for kind in (K.VIEWED, K.VIEWED, K.SAVED, K.MEETING)))
    async with db.read() as s:
        lead = (await s.execute(select(Lead))).scalar_one()
    assert lead.score == 2 + 3 + 6 and lead.level == LeadLevel.HOT


async def test_two_staff_adjusting_at_once_both_count(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0002")
    await _record(db, ANA, "EX0002", K.VIEWED)
    code = await _code(db, ANA)

    async def adjust(member: int, delta: int) -> None:
        async with db.write() as s:
            await leads.adjust(s, member, code, delta, f"note by {member}", NOW)

    await asyncio.gather(adjust(LI, 3), adjust(WANG, 4), adjust(LI, -1))
    async with db.read() as s:
        lead = await lead_views.card(s, WANG, code)
    assert (lead.adjustment, lead.score) == (6, 7)
    assert sorted(note.delta for note in lead.notes) == [-1, 3, 4]


async def test_forget_removes_the_buyers_leads_events_and_notes(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await _record(db, ANA, "EX0002", K.MEETING)
    await _record(db, BEN, "EX0002", K.MEETING)
    async with db.write() as s:
        await leads.adjust(s, LI, await _code(db, ANA), 2, "Call back on Monday", NOW)
        await privacy.forget(s, ANA)
    async with db.read() as s:
        left = [
            (await s.execute(select(column))).scalars().all()
            for column in (Lead.buyer_id, LeadEvent.buyer_id, LeadNote.buyer_id)
        ]
    assert left == [[BEN], [BEN], []]
