"""Staff invitations and links, on both engines."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.handoff import StaffInvite
from bot.errors import AlreadyStaff, InvalidInvite, UnknownExhibitor
from bot.services import staff, users
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog

NOW = datetime(2026, 10, 14, 2, 0, tzinfo=UTC)


@pytest.fixture
async def catalog(database: Database, tmp_path: Path) -> Database:
    base_catalog(tmp_path / "feed", products=4)
    await sync(database, str(tmp_path / "feed"), Clock())
    async with database.write() as s:
        for telegram_id in (1, 2, 3):
            await users.ensure(s, telegram_id, "en", NOW)
    return database


async def test_an_invitation_links_once_and_is_stored_hashed(catalog: Database) -> None:
    async with catalog.write() as s:
        invite = await staff.invite(s, "EX0001", NOW)
    assert invite.expires_at == NOW + timedelta(days=7)
    assert invite.exhibitor_names["en"] == "Maker 1 Co., Ltd."
    async with catalog.read() as s:
        stored = (await s.execute(select(StaffInvite.code_hash))).scalars().all()
    assert len(stored) == 1 and invite.code not in stored[0]
    async with catalog.write() as s:
        linked = await staff.link(s, 1, " " + invite.code.lower() + " ", NOW)
    assert (linked.telegram_id, linked.exhibitor_id, linked.waiting) == (1, "EX0001", 0)
    with pytest.raises(InvalidInvite) as used:
        async with catalog.write() as s:
            await staff.link(s, 2, invite.code, NOW)
    assert used.value.reason == "used"
    with pytest.raises(AlreadyStaff):
        async with catalog.write() as s:
            await staff.link(s, 1, invite.code, NOW)
    async with catalog.read() as s:
        assert await staff.member_ids(s, "EX0001") == [1]
        assert await staff.get(s, 2) is None


async def test_expired_unknown_and_malformed_codes_are_refused(catalog: Database) -> None:
    async with catalog.write() as s:
        invite = await staff.invite(s, "EX0002", NOW)
    for code, at, reason in [
        (invite.code, NOW + timedelta(days=7), "expired"),
        ("A" * 16, NOW, "unknown"),
        ("not a code!", NOW, "unknown"),
        ("", NOW, "unknown"),
    ]:
        with pytest.raises(InvalidInvite) as refused:
            async with catalog.write() as s:
                await staff.link(s, 1, code, at)
        assert refused.value.reason == reason, code
    async with catalog.write() as s:
        assert (await staff.link(s, 1, invite.code, NOW + timedelta(days=6))).exhibitor_id == (
            "EX0002"
        )
    with pytest.raises(UnknownExhibitor):
        async with catalog.write() as s:
            await staff.invite(s, "EX9999", NOW)


async def test_two_people_racing_with_one_code_link_one(catalog: Database) -> None:
    async with catalog.write() as s:
        invite = await staff.invite(s, "EX0001", NOW)

    async def redeem(telegram_id: int) -> str:
        try:
            async with catalog.write() as s:
                await staff.link(s, telegram_id, invite.code, NOW)
        except InvalidInvite as refused:
            return refused.reason
        return "linked"

    outcomes = await asyncio.gather(redeem(2), redeem(3))
    assert sorted(outcomes) == ["linked", "used"]


async def test_unlink_ends_the_link(catalog: Database) -> None:
    async with catalog.write() as s:
        invite = await staff.invite(s, "EX0001", NOW)
        await staff.link(s, 1, invite.code, NOW)
    async with catalog.write() as s:
        assert (await staff.unlink(s, 1) or {}).get("en") == "Maker 1 Co., Ltd."
        assert await staff.unlink(s, 1) is None
    async with catalog.read() as s:
        assert await staff.member_ids(s, "EX0001") == []
