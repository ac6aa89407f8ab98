"""Buyers, staff and a small synced catalog for the live-talk tests of the services."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.db.engine import Database
from bot.domain import StaffRole
from bot.services import buyers, handoff, staff, users
from bot.services.handoff import Thread
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog

NOW = datetime(2026, 10, 15, 2, 0, tzinfo=UTC)
ANA, BEN, LI, WANG, ZHOU, NOBODY = 1, 2, 11, 12, 21, 99
# P000001 and P000003 are EX0002's products, P000002 is EX0001's.


def answers(name: str, consent: bool) -> dict[str, object]:
    return {
        "full_name": name, "company": f"{name} Trading", "country": "ES",
        "timezone": "Europe/Madrid", "email": f"{name.lower()}@example.es",
        "phone": "+34600123456", "interests": [], "consent": consent,
    }  # fmt: skip


async def link_staff(
    db: Database, telegram_id: int, exhibitor_id: str, role: StaffRole = StaffRole.AGENT
) -> None:
    async with db.write() as s:
        invite = await staff.invite(s, exhibitor_id, NOW, role)
        await staff.link(s, telegram_id, invite.code, NOW)


@pytest.fixture
async def db(database: Database, tmp_path: Path) -> Database:
    base_catalog(tmp_path / "feed", products=4)
    await sync(database, str(tmp_path / "feed"), Clock())
    async with database.write() as s:
        for telegram_id in (ANA, BEN, LI, WANG, ZHOU, NOBODY):
            await users.ensure(s, telegram_id, "en", NOW)
        await buyers.create(s, ANA, answers("Ana", consent=True), NOW)
        await buyers.create(s, BEN, answers("Ben", consent=False), NOW)
    return database


async def asked(db: Database, text: str) -> Thread:
    """Ana's talk with EX0002 (LI its staff) about P000001, waiting: she asked `text`."""
    await link_staff(db, LI, "EX0002")
    async with db.write() as s:
        thread = await handoff.open_thread(s, ANA, "P000001", NOW)
        await handoff.say(s, ANA, text, None, NOW)
    return thread
