"""Organizers listing and revoking staff links and invitations, on both engines."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.handoff import HandoffThread
from bot.db.outbox import OutboxMessage
from bot.domain import ThreadStatus
from bot.errors import InvalidInvite, NothingToRevoke, NotStaff
from bot.i18n import I18n
from bot.services import handoff, outbox, staff, staff_roster, users
from bot.services.outbox import Outgoing
from bot.services.staff_roster import INVITATION, LINK
from tests.auxil.handoff import ANA, BEN, LI, NOW, WANG, ZHOU, db, link_staff

__all__ = ["db"]
LATER = NOW + timedelta(hours=1)
NOTICE = (
    "The fair's organizers ended your link to {exhibitor}. You no longer receive its "
    "buyers' conversations; those you had claimed now wait for your colleagues."
)


async def _revoke(db: Database, entry_id: str, at: object = LATER) -> staff_roster.Entry:
    async with db.write() as s:
        return await staff_roster.revoke(s, entry_id, I18n(), at, LATER)  # type: ignore[arg-type]


async def _queued(db: Database, chat_id: int) -> list[OutboxMessage]:
    async with db.read() as s:
        rows = await s.execute(select(OutboxMessage).where(OutboxMessage.chat_id == chat_id))
        return list(rows.scalars())


async def test_the_list_pages_links_then_open_invitations_by_exhibitor(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0001")
    async with db.write() as s:
        open_one = await staff.invite(s, "EX0001", NOW)
        await staff.invite(s, "EX0002", NOW - timedelta(days=8))  # expired
        used = await staff.invite(s, "EX0002", NOW)
        await staff.link(s, ZHOU, used.code, NOW)
    async with db.read() as s:
        whole = await staff_roster.page(s, LATER, size=50)
        first = await staff_roster.page(s, LATER, size=2)
        past_the_end = await staff_roster.page(s, LATER, offset=400, size=2)
        one = await staff_roster.page(s, LATER, exhibitor_id="EX0001")
    kinds = [(e.exhibitor_id, e.kind, e.telegram_id) for e in whole.entries]
    assert kinds == [
        ("EX0001", LINK, WANG), ("EX0001", INVITATION, None),
        ("EX0002", LINK, LI), ("EX0002", LINK, ZHOU),
    ]  # fmt: skip
    assert whole.total == 4 and whole.entries[1].expires_at == open_one.expires_at
    assert whole.entries[0].exhibitor("en") == "Maker 1 Co., Ltd."
    assert [e.id for e in first.entries] == [e.id for e in whole.entries[:2]]
    assert past_the_end.offset == 2 and [e.telegram_id for e in past_the_end.entries] == [LI, ZHOU]
    assert [e.kind for e in one.entries] == [LINK, INVITATION] and one.total == 2


async def test_revoking_a_link_unlinks_reopens_drops_relays_and_tells_the_member(
    db: Database,
) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0002")
    async with db.write() as s:
        await users.set_language(s, LI, "ru", NOW)
        thread = await handoff.open_thread(s, ANA, "P000001", NOW)
        await handoff.say(s, ANA, "Hola", None, NOW)
        await handoff.claim(s, LI, thread.id, NOW)
        relay = Outgoing(LI, "Ana: more", "handoff", thread_id=thread.id)
        alert = Outgoing(LI, "New lead: Ana", "lead", about=ANA)
        await outbox.enqueue(s, [relay, alert, Outgoing(LI, "reminder", "reminder")], NOW)
    async with db.read() as s:
        [entry] = [e for e in (await staff_roster.page(s, LATER)).entries if e.telegram_id == LI]
    revoked = await _revoke(db, entry.id)
    assert revoked.kind == LINK and revoked.exhibitor("en") == "Maker 2 Co., Ltd."
    async with db.read() as s:
        assert await staff.get(s, LI) is None
        assert await staff.member_ids(s, "EX0002") == [WANG]
        row = await s.get(HandoffThread, thread.id)
        assert row is not None and (row.status, row.owner_id) == (ThreadStatus.WAITING, None)
    texts = [m.text for m in await _queued(db, LI)]
    assert "Ana: more" not in texts and "New lead: Ana" not in texts and "reminder" in texts
    notice = I18n().translator("ru").gettext(NOTICE).split("{")[0]
    assert any(text.startswith(notice) for text in texts), texts
    with pytest.raises(NothingToRevoke) as again:
        await _revoke(db, entry.id)
    assert again.value.reason == "revoked"
    with pytest.raises(NotStaff):
        async with db.write() as s:
            await handoff.claim(s, LI, thread.id, LATER)
    async with db.write() as s:
        claimed = await handoff.claim(s, WANG, thread.id, LATER)
    assert claimed.thread.status == ThreadStatus.OPEN and claimed.history == ["Hola"]


async def test_an_old_link_id_does_not_revoke_a_new_link(db: Database) -> None:
    await link_staff(db, LI, "EX0002")
    async with db.read() as s:
        [old] = (await staff_roster.page(s, LATER)).entries
    await _revoke(db, old.id)
    async with db.write() as s:
        invite = await staff.invite(s, "EX0001", LATER)
        await staff.link(s, LI, invite.code, LATER + timedelta(seconds=5))
    with pytest.raises(NothingToRevoke):
        await _revoke(db, old.id)
    async with db.read() as s:
        assert (await staff.get(s, LI)) is not None


def _invitation_id(code: str) -> str:
    return "i" + hashlib.sha256(code.encode()).hexdigest()[:12]


async def test_revoking_an_invitation_makes_its_code_useless(db: Database) -> None:
    async with db.write() as s:
        kept = await staff.invite(s, "EX0001", NOW)
        dropped = await staff.invite(s, "EX0001", NOW)
        used = await staff.invite(s, "EX0002", NOW)
    async with db.read() as s:
        listed = {e.id for e in (await staff_roster.page(s, LATER)).entries}
    assert listed == {_invitation_id(i.code) for i in (kept, dropped, used)}
    async with db.write() as s:
        await staff.link(s, BEN, used.code, NOW)
    revoked = await _revoke(db, _invitation_id(dropped.code))
    assert revoked.kind == INVITATION and revoked.exhibitor_id == "EX0001"
    for entry_id, reason in [(_invitation_id(dropped.code), "revoked"),
                             (_invitation_id(used.code), "closed")]:  # fmt: skip
        with pytest.raises(NothingToRevoke) as refused:
            await _revoke(db, entry_id)
        assert refused.value.reason == reason
    with pytest.raises(NothingToRevoke) as expired:
        await _revoke(db, _invitation_id(kept.code), NOW + timedelta(days=8))
    assert expired.value.reason == "closed"
    with pytest.raises(InvalidInvite) as unknown:
        async with db.write() as s:
            await staff.link(s, LI, dropped.code, LATER)
    assert unknown.value.reason == "unknown"
    async with db.write() as s:
        assert (await staff.link(s, LI, kept.code, LATER)).exhibitor_id == "EX0001"
    for entry_id in ("", "s", "s12", "sx-1", "i123", "iZZZZZZZZZZZZ", "i" + "0" * 64, "x1"):
        with pytest.raises(NothingToRevoke):
            await _revoke(db, entry_id)
