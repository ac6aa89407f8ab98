"""A closed talk's rating (once, by its buyer) and transcript (its buyer or its exhibitor's
staff only), on both engines."""

from __future__ import annotations

import pytest

from bot.db.engine import Database
from bot.errors import StaleAction
from bot.services import handoff, talk_records
from tests.auxil.handoff import ANA, BEN, LI, NOW, WANG, ZHOU, asked, db, link_staff

__all__ = ["db"]


async def test_a_rating_counts_once_and_only_from_the_buyer_of_a_closed_talk(db: Database) -> None:
    thread = await asked(db, "Price?")
    with pytest.raises(StaleAction):  # still open
        async with db.write() as s:
            await talk_records.rate(s, ANA, thread.id, 5)
    async with db.write() as s:
        await handoff.end(s, ANA, NOW)
    for who, score in ((BEN, 5), (ANA, 0), (ANA, 6), (LI, 3)):
        with pytest.raises(StaleAction):
            async with db.write() as s:
                await talk_records.rate(s, who, thread.id, score)
    async with db.write() as s:
        assert await talk_records.rate(s, ANA, thread.id, 4)
    async with db.write() as s:
        assert not await talk_records.rate(s, ANA, thread.id, 1)


async def test_the_transcript_is_for_the_buyer_and_the_exhibitors_staff(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, ZHOU, "EX0001")
    async with db.write() as s:
        thread = await handoff.open_thread(s, BEN, "P000001", NOW)
        await handoff.say(s, BEN, "Do you ship to Spain?", None, NOW)
        await handoff.claim(s, LI, thread.id, NOW)
        await handoff.say(s, LI, "Yes.", None, NOW)
    async with db.read() as s:
        mine = await talk_records.transcript(s, BEN, thread.id)
        staff_side = await talk_records.transcript(s, LI, thread.id)
    assert [(line.from_staff, line.text) for line in mine.lines] == [
        (False, "Do you ship to Spain?"),
        (True, "Yes."),
    ]
    assert not mine.for_staff and staff_side.for_staff and not staff_side.buyer.shared
    for stranger in (ANA, ZHOU, WANG):
        with pytest.raises(StaleAction):
            async with db.read() as s:
                await talk_records.transcript(s, stranger, thread.id)
