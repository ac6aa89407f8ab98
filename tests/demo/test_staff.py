"""The demo's staff personas: linked once the catalog is in, to two exhibitors (the first
confirming meeting requests, the second booking at once and keeping business hours), on
both engines."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.clock import Clock
from bot.db.engine import Database
from bot.demo import staff as demo_staff
from bot.demo.personas import Persona, describe
from bot.domain import BookingMode, StaffRole
from bot.i18n import I18n
from bot.services import exhibitor_settings, staff
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog


async def test_staff_personas_wait_for_the_catalog_then_join_two_exhibitors(
    database: Database, tmp_path: Path, i18n: I18n
) -> None:
    clock = Clock()
    assert await demo_staff.link(database, clock, i18n) is None  # no catalog yet
    listed = {p.id: describe(p, i18n)["subtitle"] for p in demo_staff.staff_personas()}
    assert listed == {2001: "参展商员工", 2002: "Exhibitor staff", 2003: "Exhibitor staff"}

    handed: list[list[Persona]] = []

    async def linked(personas: list[Persona]) -> None:
        handed.append(personas)

    waiting = asyncio.create_task(
        demo_staff.link_when_ready(database, clock, i18n, linked, every=0.05)
    )
    await asyncio.sleep(0.2)
    assert not waiting.done()
    base_catalog(tmp_path / "feed", products=4)
    await sync(database, str(tmp_path / "feed"), clock)
    await asyncio.wait_for(waiting, 10)

    [personas] = handed
    async with database.read() as session:
        links = {p.id: await staff.get(session, p.id) for p in personas}
        chosen = [await exhibitor_settings.get(session, e) for e in ("EX0001", "EX0002")]
    modes = [preferences.booking_mode for preferences in chosen]
    hours = [(preferences.opens_at, preferences.closes_at) for preferences in chosen]
    placed = {i: (link.exhibitor_id, link.role) for i, link in links.items() if link}
    assert placed == {
        2001: ("EX0001", StaffRole.MANAGER),  # EX0001 has meeting slots: first
        2002: ("EX0001", StaffRole.AGENT),
        2003: ("EX0002", StaffRole.MANAGER),
    }
    assert modes == [BookingMode.CONFIRM, BookingMode.INSTANT]
    assert hours == [(None, None), (8 * 60, 20 * 60)], "the second keeps hours, 8:00-20:00"
    subtitles = {p.id: describe(p, i18n)["subtitle"] for p in personas}
    assert subtitles == {
        2001: "制造商1有限公司的员工",
        2002: "Staff of Maker 1 Co., Ltd.",
        2003: "Staff of Maker 2 Co., Ltd.",
    }
    async with database.write() as session:  # the manager turns to instant booking
        await exhibitor_settings.change(
            session, "EX0001", clock.now(), booking_mode=BookingMode.INSTANT
        )
    again = await demo_staff.link(database, clock, i18n)  # a second look changes nothing
    assert again == personas
    async with database.read() as session:
        kept = await exhibitor_settings.get(session, "EX0001")
    assert kept.booking_mode == BookingMode.INSTANT
