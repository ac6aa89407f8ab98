"""Talks past the first-response target are escalated once, with every staff member's role."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.db.engine import Database
from bot.domain import StaffRole
from bot.services import handoff, talk_escalation
from tests.auxil.handoff import ANA, BEN, LI, NOW, WANG, db, link_staff

__all__ = ["db"]
TARGET = timedelta(minutes=10)


async def test_a_talk_waiting_past_the_target_is_escalated_once(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0002")
    async with db.write() as s:
        silent = await handoff.open_thread(s, ANA, "P000001", NOW)  # never wrote: not waiting
        await handoff.end(s, ANA, NOW)
        waiting = await handoff.open_thread(s, BEN, "P000003", NOW)
        await handoff.say(s, BEN, "Do you ship to Spain?", None, NOW + timedelta(minutes=1))
    async with db.write() as s:
        assert await talk_escalation.escalate(s, NOW + timedelta(minutes=10), TARGET) == []
    async with db.write() as s:
        due = await talk_escalation.escalate(s, NOW + timedelta(minutes=11), TARGET)
    assert [talk.thread.id for talk in due] == [waiting.id] and silent.id != waiting.id
    assert due[0].waited == TARGET
    assert due[0].staff == [(LI, StaffRole.AGENT), (WANG, StaffRole.AGENT)]
    async with db.write() as s:
        assert await talk_escalation.escalate(s, NOW + timedelta(hours=1), TARGET) == []


async def test_a_claimed_talk_is_not_escalated_and_two_runs_share_the_work(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        claimed = await handoff.open_thread(s, ANA, "P000001", NOW)
        await handoff.say(s, ANA, "Price?", None, NOW)
        await handoff.claim(s, LI, claimed.id, NOW + timedelta(minutes=2))
        await handoff.open_thread(s, BEN, "P000003", NOW)
        await handoff.say(s, BEN, "MOQ?", None, NOW)
    later = NOW + timedelta(minutes=30)

    async def run() -> list[int]:
        async with db.write() as s:
            return [talk.thread.id for talk in await talk_escalation.escalate(s, later, TARGET)]

    first, second = await asyncio.gather(run(), run())
    assert len(first + second) == 1 and claimed.id not in first + second
