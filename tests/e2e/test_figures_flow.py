"""/figures end to end: an organizer gets the fair's charts as photos for a period, then
the same as CSV files; a staff member gets their own booth's; a buyer, a forged period
and a server without photos are handled.

Seven buyers from Spain registered "today" (the test clock's 2026-10-01, before the
fair); the service tests cover the small groups shown as "< 5".
"""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from bot.db.catalog import Search
from bot.db.search_tallies import SearchTally
from bot.deps import Deps
from bot.services import search_tallies
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from bot.telegram_double.user import DoubleUser
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.environment import TEST_NOW
from tests.auxil.live_talk import member
from tests.auxil.meetings import a_message_of, registered, synced_catalog
from tests.auxil.running import running_bot
from tests.auxil.talk import Talk

ADMIN, WANG, ANA = 900001, 7801, 7802
ORGANIZER_CHARTS, BOOTH_CHARTS = 11, 4


@pytest.fixture
async def buyers(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    for n in range(6):
        await registered(
            deps.db, ANA + n, "Europe/Madrid", "es", now=TEST_NOW - timedelta(minutes=5)
        )
    await registered(deps.db, 7901, "Asia/Tokyo", "ja", now=TEST_NOW - timedelta(hours=1))


def _photos(user: DoubleUser) -> list[ChatMessage]:
    return [m for m in user.bot_messages if m.photo is not None]


async def test_an_organizer_sees_the_fair_as_charts_then_as_csv_files(
    buyers: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    admin = Talk(double, deps, ADMIN, "Olga", "en")
    await admin.command("figures")
    await admin.expect("Which period?")
    await admin.tap("Today")
    await admin.user.wait_for(lambda u: len(_photos(u)) >= ORGANIZER_CHARTS, timeout=60)
    charts = _photos(admin.user)
    assert len(charts) == ORGANIZER_CHARTS
    first = charts[0]
    assert first.photo is not None
    assert Image.open(io.BytesIO(first.photo)).size == (1280, 720)
    assert first.text.startswith("Registrations per day\nToday, ")
    assert "Registrations by country" in charts[1].text
    await admin.expect("Another period, or the files?")
    await admin.tap("📄 The same as CSV files")
    await admin.user.wait_for(
        lambda u: any(m.document_name == "outbox_per_day.csv" for m in u.bot_messages),
        timeout=30,
    )
    files = {m.document_name: m.document for m in admin.user.bot_messages if m.document}
    assert len(files) == 12
    countries = files["registrations_by_country.csv"]
    assert countries is not None and countries.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(countries.decode("utf-8-sig"))))
    assert rows == [["Country", "Buyers"], ["ES", "7"], ["others", "0"]]


async def test_staff_see_their_booth_and_a_buyer_sees_nothing(
    buyers: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    wang = await member(double, deps, WANG, "Wang", "en")
    await wang.command("figures")
    await wang.expect("📊 Figures of Maker 1 Co., Ltd.")
    await wang.tap("The fair so far")
    await wang.user.wait_for(lambda u: len(_photos(u)) >= BOOTH_CHARTS, timeout=60)
    captions = [m.text.split("\n")[0] for m in _photos(wang.user)]
    assert captions == [
        "Buyers' interest in Maker 1 Co., Ltd.", "Leads by score", "Meetings",
        "First answer in live talks, minutes",
    ]  # fmt: skip
    ana = Talk(double, deps, ANA, "Ana", "es")
    await ana.command("figures")
    await ana.expect("Figures are for the fair's organizers and exhibitors.")
    under = await a_message_of(ana)
    await ana.forge(under, pack("fg.p", "t"))
    await ana.expect("Figures are for the fair's organizers and exhibitors.")
    assert _photos(ana.user) == []
    await wang.forge(await a_message_of(wang), pack("fg.p", "p9"))
    await wang.expect_answer("This button is from an older message. Please use the latest one.")
    await wang.command("desk")
    await wang.tap("📊 Figures")
    await wang.expect("📊 Figures of Maker 1 Co., Ltd.")


async def test_without_photos_the_charts_arrive_as_text(
    buyers: None, minimal: BotApiDouble, deps: Deps
) -> None:
    async with running_bot(deps, minimal):
        admin = Talk(minimal, deps, ADMIN, "Olga", "en")
        await admin.command("figures")
        await admin.tap("Today")
        await admin.expect("Another period, or the files?")
        texts = [m.text for m in admin.user.bot_messages]
        country = next(text for text in texts if text.startswith("Registrations by country"))
        assert "Spain: 7" in country
        assert _photos(admin.user) == []


async def test_the_running_bot_folds_the_search_log_for_the_figures(
    deps: Deps, double: BotApiDouble
) -> None:
    """The fold job runs a second after start: the searches of an hour ago are tallied,
    those of the last minutes are left to its next run."""
    async with deps.db.write() as session:
        for minutes in (60, 61, 62, 3):
            when = TEST_NOW - timedelta(minutes=minutes)
            session.add(Search(language="en", query="Pump", results=0, created_at=when))
    async with running_bot(deps, double), asyncio.timeout(10):
        while not await _tallied(deps):
            await asyncio.sleep(0.05)
    async with deps.db.read() as session:
        tallies = (await session.execute(select(SearchTally))).scalars().all()
        horizon = await search_tallies.horizon(session, deps.settings.fair_timezone)
    assert [(t.query, t.found, t.searches) for t in tallies] == [("pump", False, 3)]
    assert horizon == TEST_NOW - timedelta(minutes=15)


async def _tallied(deps: Deps) -> bool:
    async with deps.db.read() as session:
        return bool(await session.scalar(select(func.count()).select_from(SearchTally)))
