"""Managers running their exhibitor's team: roles, inviting agents, removing, on both engines."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.db.engine import Database
from bot.db.handoff import HandoffThread
from bot.db.outbox import OutboxMessage
from bot.domain import StaffRole, ThreadStatus
from bot.errors import DomainError, LastManager, NothingToRevoke, NotManager, NotStaff
from bot.i18n import I18n
from bot.services import handoff, staff, team, users
from tests.auxil.handoff import ANA, BEN, LI, NOW, WANG, ZHOU, db, link_staff

__all__ = ["db"]
AGENT, MANAGER = StaffRole.AGENT, StaffRole.MANAGER
LATER = NOW + timedelta(hours=1)
NOTICE = (
    "A manager of {exhibitor} removed you from its team. You no longer receive its "
    "buyers' conversations; those you had claimed now wait for your colleagues."
)


async def _remove(db: Database, manager_id: int, member_id: str) -> team.Member:
    async with db.write() as s:
        return await team.remove(s, manager_id, member_id, I18n(), LATER)


async def _team(db: Database, manager_id: int) -> team.Team:
    async with db.read() as s:
        return await team.team(s, manager_id)


async def _notices(db: Database, chat_id: int) -> list[str]:
    async with db.read() as s:
        rows = await s.execute(select(OutboxMessage.text).where(OutboxMessage.chat_id == chat_id))
        return list(rows.scalars())


async def test_an_invitation_makes_an_agent_unless_it_says_manager(db: Database) -> None:
    async with db.write() as s:
        plain = await staff.invite(s, "EX0001", NOW)
        boss = await staff.invite(s, "EX0001", NOW, MANAGER)
        await staff.link(s, LI, plain.code, NOW)
        linked = await staff.link(s, WANG, boss.code, NOW)
    assert (plain.role, boss.role) == (AGENT, MANAGER)
    assert (linked.role, linked.available) == (MANAGER, True)
    async with db.read() as s:
        assert (await staff.get(s, LI)).role == AGENT  # type: ignore[union-attr]


async def test_a_manager_sees_the_team_and_invites_agents_of_their_own_exhibitor(
    db: Database,
) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0002", MANAGER)
    await link_staff(db, ZHOU, "EX0001", MANAGER)
    listed = await _team(db, WANG)
    assert listed.exhibitor_id == "EX0002" and listed.exhibitor("en") == "Maker 2 Co., Ltd."
    assert [(m.telegram_id, m.role) for m in listed.members] == [(WANG, MANAGER), (LI, AGENT)]
    async with db.write() as s:
        invitation = await team.invite_agent(s, WANG, NOW)
        linked = await staff.link(s, ANA, invitation.code, NOW)
    assert (invitation.exhibitor_id, invitation.role) == ("EX0002", AGENT)
    assert (linked.exhibitor_id, linked.role) == ("EX0002", AGENT)
    for who, refused in [(LI, NotManager), (BEN, NotStaff)]:
        for call in (team.team, lambda s, m: team.invite_agent(s, m, NOW)):
            with pytest.raises(refused):
                async with db.write() as s:
                    await call(s, who)


async def test_a_manager_removes_an_agent_who_is_told_in_their_language(db: Database) -> None:
    await link_staff(db, WANG, "EX0002", MANAGER)
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        await users.set_language(s, LI, "es", NOW)
        thread = await handoff.open_thread(s, ANA, "P000001", NOW)
        await handoff.say(s, ANA, "Hello", None, NOW)
        await handoff.claim(s, LI, thread.id, NOW)
    li = (await _team(db, WANG)).members[1]
    assert (await _remove(db, WANG, li.id)).telegram_id == LI
    async with db.read() as s:
        assert await staff.get(s, LI) is None
        claimed = await s.get(HandoffThread, thread.id)
        assert claimed is not None and claimed.status == ThreadStatus.WAITING
    [notice] = await _notices(db, LI)
    spanish = I18n().translator("es").format(NOTICE, exhibitor="Maker 2 Co., Ltd.")
    assert notice == spanish and spanish != NOTICE.format(exhibitor="Maker 2 Co., Ltd.")
    with pytest.raises(NothingToRevoke):
        await _remove(db, WANG, li.id)
    assert len(await _notices(db, LI)) == 1


async def test_the_last_manager_stays_even_asking_to_remove_themself(db: Database) -> None:
    await link_staff(db, WANG, "EX0002", MANAGER)
    wang = (await _team(db, WANG)).members[0]
    with pytest.raises(LastManager):
        await _remove(db, WANG, wang.id)
    await link_staff(db, ZHOU, "EX0002", MANAGER)
    zhou = (await _team(db, WANG)).members[1]
    await _remove(db, WANG, wang.id)  # another manager remains: they may leave
    assert await _notices(db, WANG) == []  # no notice to oneself
    with pytest.raises(NotStaff):
        await _remove(db, WANG, zhou.id)
    with pytest.raises(LastManager):
        await _remove(db, ZHOU, zhou.id)
    async with db.read() as s:
        assert await staff.member_ids(s, "EX0002") == [ZHOU]


async def test_unlink_keeps_the_last_manager_too(db: Database) -> None:
    await link_staff(db, WANG, "EX0002", MANAGER)
    await link_staff(db, LI, "EX0002")
    await link_staff(db, ZHOU, "EX0002", MANAGER)
    async with db.write() as s:
        assert (await team.leave(s, LI) or {}).get("en") == "Maker 2 Co., Ltd."
        assert await team.leave(s, LI) is None
        assert await team.leave(s, ZHOU) is not None
    with pytest.raises(LastManager):
        async with db.write() as s:
            await team.leave(s, WANG)
    async with db.read() as s:
        assert await staff.member_ids(s, "EX0002") == [WANG]


async def test_only_the_managers_own_team_and_only_the_link_shown(db: Database) -> None:
    await link_staff(db, WANG, "EX0002", MANAGER)
    await link_staff(db, ZHOU, "EX0001", MANAGER)
    await link_staff(db, LI, "EX0002")
    li = (await _team(db, WANG)).members[1]
    for manager_id, member_id, refused in [
        (ZHOU, li.id, NothingToRevoke),  # another exhibitor's member
        (LI, li.id, NotManager),  # an agent
        (BEN, li.id, NotStaff),  # no one's staff
        (WANG, "s11-0", NothingToRevoke),  # the right person, another link
        (WANG, "i0123456789ab", NothingToRevoke),  # an invitation's id
        (WANG, "nonsense", NothingToRevoke),
    ]:
        with pytest.raises(refused):
            async with db.read() as s:
                await team.find(s, manager_id, member_id)
        with pytest.raises(refused):
            await _remove(db, manager_id, member_id)
    async with db.write() as s:
        await staff.unlink(s, LI)
        again = await staff.invite(s, "EX0002", LATER)
        await staff.link(s, LI, again.code, LATER)  # linked again: an old Remove is stale
    with pytest.raises(NothingToRevoke):
        await _remove(db, WANG, li.id)
    async with db.read() as s:
        assert await staff.member_ids(s, "EX0002") == [WANG, LI]


async def test_two_managers_removing_each_other_at_once_leave_one(db: Database) -> None:
    await link_staff(db, WANG, "EX0002", MANAGER)
    await link_staff(db, ZHOU, "EX0002", MANAGER)
    wang, zhou = (await _team(db, WANG)).members

    async def remove(manager_id: int, member: team.Member) -> str:
        try:
            await _remove(db, manager_id, member.id)
        except DomainError as refused:
            return type(refused).__name__
        return "removed"

    outcomes = await asyncio.gather(remove(WANG, zhou), remove(ZHOU, wang))
    assert sorted(outcomes) == ["NotStaff", "removed"]
    async with db.read() as s:
        assert len(await staff.member_ids(s, "EX0002")) == 1


async def test_availability_is_set_not_flipped_and_away_staff_get_no_alerts(
    db: Database,
) -> None:
    await link_staff(db, LI, "EX0002")
    await link_staff(db, WANG, "EX0002", MANAGER)
    async with db.write() as s:
        await staff.set_available(s, WANG, False)
        await handoff.open_thread(s, ANA, "P000001", NOW)
        said = await handoff.say(s, ANA, "Hello", None, NOW)
    assert said is not None and said.recipients == [LI]
    for wanted in (False, False, True):
        async with db.write() as s:
            await staff.set_available(s, LI, wanted)
        async with db.read() as s:
            assert (await staff.get(s, LI)).available is wanted  # type: ignore[union-attr]
    with pytest.raises(NotStaff):
        async with db.write() as s:
            await staff.set_available(s, BEN, False)
