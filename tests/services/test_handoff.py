"""Live talks: threads, leads, claims, relays and consent, on both engines."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.engine import Database
from bot.db.handoff import RelayedMessage
from bot.db.outbox import SENT
from bot.domain import ThreadStatus
from bot.errors import AlreadyClaimed, NotRegistered, NotStaff, StaleAction, ThreadOpen
from bot.services import buyers, handoff, outbox, outbox_delivery, privacy, staff, users
from bot.services.outbox import Outgoing
from bot.services.outbox_delivery import Outcome, Pacing
from tests.auxil.handoff import ANA, BEN, LI, NOBODY, NOW, WANG, ZHOU, answers, db, link_staff

__all__ = ["db"]


async def test_one_thread_per_buyer_and_only_for_registered_buyers(db: Database) -> None:
    async with db.write() as s:
        thread = await handoff.open_thread(s, ANA, "P000001", NOW)
    assert (thread.exhibitor_id, thread.status, thread.product("en")) == (
        "EX0002",
        ThreadStatus.NEW,
        "LED strip model 1",
    )
    for buyer, product, error in [
        (ANA, "P000002", ThreadOpen),
        (ANA, "P000001", ThreadOpen),
        (NOBODY, "P000001", NotRegistered),
        (BEN, "P999999", StaleAction),
    ]:
        with pytest.raises(error):
            async with db.write() as s:
                await handoff.open_thread(s, buyer, product, NOW)
    async with db.write() as s:
        ended = await handoff.end(s, ANA, NOW)
    assert ended is not None and ended.notify is None and ended.thread.id == thread.id
    async with db.write() as s:
        again = await handoff.open_thread(s, ANA, "P000002", NOW)
        assert await handoff.end(s, NOBODY, NOW) is None
    assert again.id != thread.id and again.exhibitor_id == "EX0001"


async def test_a_thread_waits_for_staff_who_link_later(db: Database) -> None:
    async with db.write() as s:
        thread = await handoff.open_thread(s, BEN, "P000001", NOW)
        first = await handoff.say(s, BEN, "Do you ship to Spain?", None, NOW)
        second = await handoff.say(s, BEN, "And the MOQ?", None, NOW)
    assert first is not None and first.first and first.recipients == []
    assert second is not None and not second.first and second.recipients == []
    await link_staff(db, LI, "EX0002")
    async with db.read() as s:
        link = await staff.get(s, LI)
        box = await handoff.inbox(s, LI)
    assert link is not None and link.waiting == 1
    assert [t.id for t in box.waiting] == [thread.id] and box.mine == []
    async with db.write() as s:
        claimed = await handoff.claim(s, LI, thread.id, NOW)
    assert claimed.history == ["Do you ship to Spain?", "And the MOQ?"]
    assert claimed.thread.status == ThreadStatus.OPEN and claimed.thread.owner_id == LI
    async with db.write() as s:
        reply = await handoff.say(s, LI, "Yes, we do.", None, NOW)
        onward = await handoff.say(s, BEN, "Great", None, NOW)
    assert reply is not None and reply.recipients == [BEN] and reply.buyer is None
    assert onward is not None and onward.recipients == [LI] and onward.buyer is not None


async def test_the_first_message_alerts_every_member_and_one_claim_wins(db: Database) -> None:
    for member in (LI, WANG):
        await link_staff(db, member, "EX0002")
    await link_staff(db, ZHOU, "EX0001")
    async with db.write() as s:
        thread = await handoff.open_thread(s, ANA, "P000003", NOW)
    with pytest.raises(StaleAction):
        async with db.write() as s:
            await handoff.claim(s, LI, thread.id, NOW)
    async with db.write() as s:
        said = await handoff.say(s, ANA, "Hello", None, NOW)
    assert said is not None and said.first and sorted(said.recipients) == [LI, WANG]

    async def claim(member: int) -> str:
        try:
            async with db.write() as s:
                await handoff.claim(s, member, thread.id, NOW)
        except AlreadyClaimed:
            return "refused"
        return "won"

    assert sorted(await asyncio.gather(claim(LI), claim(WANG))) == ["refused", "won"]
    async with db.read() as s:
        owner = (await handoff.buyer_thread(s, ANA)).owner_id  # type: ignore[union-attr]
    loser = WANG if owner == LI else LI
    with pytest.raises(AlreadyClaimed) as again:
        async with db.write() as s:
            await handoff.claim(s, owner, thread.id, NOW)  # type: ignore[arg-type]
    assert again.value.mine
    with pytest.raises(AlreadyClaimed) as other:
        async with db.write() as s:
            await handoff.claim(s, loser, thread.id, NOW)
    assert not other.value.mine
    with pytest.raises(StaleAction):
        async with db.write() as s:
            await handoff.claim(s, ZHOU, thread.id, NOW)
    with pytest.raises(NotStaff):
        async with db.write() as s:
            await handoff.claim(s, NOBODY, thread.id, NOW)
    with pytest.raises(StaleAction):
        async with db.write() as s:
            await handoff.switch(s, loser, thread.id)
    async with db.write() as s:
        assert await handoff.say(s, loser, "not theirs: a search", None, NOW) is None


async def test_contact_details_reach_staff_only_with_consent(db: Database) -> None:
    async with db.read() as s:
        ana = await handoff.buyer_card(s, ANA)
        ben = await handoff.buyer_card(s, BEN)
    assert ana.shared and (ana.full_name, ana.company, ana.email, ana.phone) == (
        "Ana",
        "Ana Trading",
        "ana@example.es",
        "+34600123456",
    )
    assert not ben.shared and ben.country == "ES" and ben.buyer_code.startswith("CF")
    assert (ben.full_name, ben.company, ben.email, ben.phone) == (None, None, None, None)


async def _relayed(
    s: AsyncSession, chat: int, message_id: int, thread_id: int, at: datetime
) -> None:
    """The outbox sent a message of the thread to `chat`, and Telegram gave it this id."""
    relay = Outgoing(chat, "relayed", "handoff", thread_id=thread_id)
    await outbox.enqueue(s, [relay], at)
    (lease,) = (await outbox_delivery.lease(s, "test", Pacing(), at)).messages
    sent = Outcome(
        lease.id, chat, SENT, at, token=lease.token, message_id=message_id, relay=lease.relay
    )
    await outbox_delivery.settle(s, [sent])


async def test_replies_route_to_their_thread_and_end_tells_the_other_side(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    threads = []
    for n, (buyer, product) in enumerate(((ANA, "P000001"), (BEN, "P000003"))):
        async with db.write() as s:
            thread = await handoff.open_thread(s, buyer, product, NOW)
            await handoff.say(s, buyer, "hi", None, NOW)
            await handoff.claim(s, LI, thread.id, NOW)
            await _relayed(s, LI, 100 + buyer, thread.id, NOW + timedelta(seconds=2 * n))
        threads.append(thread)
    async with db.write() as s:
        to_active = await handoff.say(s, LI, "to Ben", None, NOW)
        to_ana = await handoff.say(s, LI, "to Ana", 100 + ANA, NOW)
        unrelated = await handoff.say(s, LI, "a reply to something else", 5, NOW)
    assert to_active is not None and to_active.recipients == [BEN]
    assert to_ana is not None and to_ana.recipients == [ANA]
    assert unrelated is not None and unrelated.recipients == [BEN]
    async with db.write() as s:
        await handoff.switch(s, LI, threads[0].id)
        ended = await handoff.end(s, LI, NOW)
    assert ended is not None and ended.by_staff and ended.notify == ANA
    async with db.write() as s:
        assert await handoff.buyer_thread(s, ANA) is None
        assert await handoff.say(s, LI, "anyone?", None, NOW) is None
        with pytest.raises(StaleAction):
            await handoff.say(s, LI, "late reply", 100 + ANA, NOW)
        ended = await handoff.end(s, BEN, NOW)
    assert ended is not None and not ended.by_staff and ended.notify == LI
    async with db.read() as s:
        box = await handoff.inbox(s, LI)
    assert box.waiting == [] and box.mine == [] and box.active_id is None


async def test_a_sent_relay_is_recorded_once_however_often_it_is_settled(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        thread = await handoff.open_thread(s, ANA, "P000001", NOW)
        await handoff.say(s, ANA, "hi", None, NOW)
        await handoff.claim(s, LI, thread.id, NOW)
        relay = Outgoing(LI, "relayed", "handoff", thread_id=thread.id)
        await outbox.enqueue(s, [relay], NOW)
        (lease,) = (await outbox_delivery.lease(s, "test", Pacing(), NOW)).messages
    sent = Outcome(lease.id, LI, SENT, NOW, token=lease.token, message_id=300, relay=lease.relay)
    for _ in range(2):
        async with db.write() as s:
            await outbox_delivery.settle(s, [sent])
    async with db.read() as s:
        relayed = (await s.execute(select(RelayedMessage))).scalars().all()
        target = await handoff.target(s, LI, 300)
    assert [(r.chat_id, r.message_id, r.thread_id) for r in relayed] == [(LI, 300, thread.id)]
    assert target is not None and target.id == thread.id


async def test_unlink_puts_threads_back_and_forget_removes_them(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        thread = await handoff.open_thread(s, BEN, "P000001", NOW)
        await handoff.say(s, BEN, "hi", None, NOW)
        await handoff.claim(s, LI, thread.id, NOW)
        await staff.unlink(s, LI)
    await link_staff(db, WANG, "EX0002")
    async with db.read() as s:
        box = await handoff.inbox(s, WANG)
        waiting = await handoff.buyer_thread(s, BEN)
    assert [t.id for t in box.waiting] == [thread.id]
    assert (
        waiting is not None and waiting.status == ThreadStatus.WAITING and waiting.owner_id is None
    )
    async with db.write() as s:
        await handoff.claim(s, WANG, thread.id, NOW)
        forgotten = await privacy.forget(s, BEN)
    assert forgotten.deleted and forgotten.ended is not None
    assert (forgotten.ended.id, forgotten.ended.owner_id) == (thread.id, WANG)
    async with db.read() as s:
        assert await handoff.buyer_thread(s, BEN) is None
        assert (await handoff.inbox(s, WANG)).active_id is None


async def test_staff_who_forget_keep_their_staff_link(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        await buyers.create(s, LI, answers("Li", consent=True), NOW)
    async with db.write() as s:
        forgotten = await privacy.forget(s, LI)
        assert forgotten.deleted and forgotten.ended is None
    async with db.read() as s:
        assert not await users.is_registered(s, LI)
        assert await staff.get(s, LI) is not None
        assert await users.language_of(s, LI) == "en"
