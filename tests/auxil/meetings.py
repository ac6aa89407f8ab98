"""A small catalog with meeting slots, and registered buyers, for the meeting tests.

The catalog is the sync tests' base catalog (two exhibitors, LED strips) with
more slots, synced through the real sync job. Times are UTC; the fair's clock
is Asia/Shanghai (UTC+8), Madrid is UTC+2 in October, Tokyo UTC+9.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.clock import Clock
from bot.db.engine import Database
from bot.db.handoff import Staff
from bot.domain import BookingMode, StaffRole
from bot.services import buyers, exhibitor_settings, meetings, staff, users
from bot.services.meeting_notices import Letter, Notice, Request
from bot.services.meetings import Rules
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog, stamp, write
from tests.auxil.talk import Talk


def slot(slot_id: str, exhibitor: int, starts: datetime, minutes: int = 30) -> dict[str, Any]:
    return {
        "id": slot_id, "exhibitor_id": f"EX{exhibitor:04d}",
        "starts_at": starts.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "ends_at": (starts + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "updated_at": stamp(10),
    }  # fmt: skip


# The default settings' rules: 5 meetings a fair day, 24 hours to answer a request.
RULES = Rules(per_day=5, fair_zone=ZoneInfo("Asia/Shanghai"), answer_within=timedelta(hours=24))


# AV1 is the base catalog's slot: 2026-10-15 01:00-01:30 UTC (09:00 in Shanghai).
SLOTS = [
    slot("AV0", 1, datetime(2026, 9, 30, 8, 0, tzinfo=UTC)),  # before every test's "now"
    slot("AV1", 1, datetime(2026, 10, 15, 1, 0, tzinfo=UTC)),
    slot("AV2", 1, datetime(2026, 10, 15, 8, 0, tzinfo=UTC)),
    slot("AV3", 1, datetime(2026, 10, 15, 8, 30, tzinfo=UTC)),  # right after AV2
    slot("AV4", 1, datetime(2026, 10, 16, 7, 0, tzinfo=UTC)),
    slot("AV5", 2, datetime(2026, 10, 15, 8, 15, tzinfo=UTC)),  # overlaps AV2 and AV3
]


def compose(notice: Notice, request: Request, language: str | None) -> Letter:
    """Meeting notices as service tests read them: what, which meeting, in which language."""
    return Letter(f"{notice}|{request.booking.id}|{language}")


async def synced_catalog(db: Database, directory: Path, products: int = 6) -> None:
    """Write the catalog with SLOTS as a feed directory and sync it into `db`."""
    base_catalog(directory, products=products)
    write(directory, "availability", SLOTS)
    await sync(db, str(directory), Clock())


async def change_slots(db: Database, directory: Path, records: list[dict[str, Any]]) -> None:
    """An increment of the availability feed (changed slots, tombstones), synced."""
    write(directory, "availability", records)
    await sync(db, str(directory), Clock())


async def registered(
    db: Database, telegram_id: int, zone: str, language: str = "en", now: datetime | None = None
) -> None:
    """A registered buyer in time zone `zone` who reads `language`."""
    moment = now or datetime(2026, 9, 1, tzinfo=UTC)
    async with db.write() as session:
        await users.set_language(session, telegram_id, language, moment)
        await buyers.create(
            session, telegram_id,
            {"full_name": f"Buyer {telegram_id}", "company": "Acme", "country": "ES",
             "timezone": zone, "email": f"b{telegram_id}@example.com", "interests": []},
            moment,
        )  # fmt: skip


async def by_request(db: Database, exhibitor_id: str = "EX0001") -> None:
    """The exhibitor confirms each booking: buyers send requests."""
    async with db.write() as session:
        await exhibitor_settings.change(
            session, exhibitor_id, datetime(2026, 9, 1, tzinfo=UTC),
            booking_mode=BookingMode.CONFIRM,
        )  # fmt: skip


async def make_manager(db: Database, telegram_id: int) -> None:
    """A linked member becomes a manager (as the staff part's invitation roles will do)."""
    async with db.write() as session:
        await session.execute(
            update(Staff).where(Staff.telegram_id == telegram_id).values(role=StaffRole.MANAGER)
        )


async def slots_from_card(talk: Talk, product: str = "LED strip model 0") -> str:
    """Search, open the product's card, tap "Book a meeting": the slot list's text."""
    await talk.say(product)
    await talk.expect("Results for “{query}”: {count}")
    await talk.tap(product)
    await talk.expect("Exhibitor: {name}")
    await talk.tap("📅 Book a meeting")
    return (await talk.expect("Book a meeting with {exhibitor}")).text


async def two_buyers(db: Database, directory: Path) -> None:
    """The catalog; buyers 501 (Madrid, Spanish) and 502 (Tokyo, Japanese)."""
    await synced_catalog(db, directory)
    await registered(db, 501, "Europe/Madrid", "es")
    await registered(db, 502, "Asia/Tokyo", "ja")


async def buyers_and_staff(db: Database, directory: Path) -> None:
    """The catalog and `two_buyers`; staff 611 (Chinese) and 612 (English) of EX0001, 621
    (English) of EX0002, linked."""
    await two_buyers(db, directory)
    moment = datetime(2026, 9, 1, tzinfo=UTC)
    async with db.write() as session:
        for member, exhibitor_id, language in (
            (611, "EX0001", "zh_Hans"), (612, "EX0001", "en"), (621, "EX0002", "en"),
        ):  # fmt: skip
            await users.set_language(session, member, language, moment)
            invite = await staff.invite(session, exhibitor_id, moment)
            await staff.link(session, member, invite.code, moment)


async def a_message_of(talk: Talk) -> int:
    """The id of a bot message in the user's chat (the answer to /help, whatever it says,
    for a staff member too), to press forged buttons under."""
    before = len(talk.user.bot_messages)
    await talk.command("help")
    await talk.user.wait_for(lambda user: len(user.bot_messages) > before, timeout=10)
    return talk.user.bot_messages[-1].message_id


def both_see_the_slot_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two racers each ask who holds the slot and wait for the other's answer before going
    on: both see it free, and only the unique constraint can decide (PostgreSQL, two
    connections; SQLite would wait for the first writer's commit)."""
    barrier, real, seen = asyncio.Barrier(2), meetings.slot_holder, []

    async def holder(session: AsyncSession, slot_id: str) -> tuple[int, int] | None:
        found = await real(session, slot_id)
        seen.append(found)
        if len(seen) <= 2:
            await barrier.wait()
        return found

    monkeypatch.setattr(meetings, "slot_holder", holder)
