"""The staff's "📅 Meetings" end to end: a member of Maker 1 sees the buyer's meeting on
the fair's clock, cancels it (after a "No" first), the buyer is told; a colleague's
late cancel and an outsider's forged one change nothing.

AV2 is 2026-10-15 08:00-08:30 UTC: 16:00 on the fair's clock.
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.db.meetings import Meeting
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.meetings_views import when
from tests.auxil.live_talk import member
from tests.auxil.meetings import a_message_of, registered, slots_from_card, synced_catalog
from tests.auxil.talk import Talk

ANA, WANG, LI, ZHOU = 7601, 7602, 7603, 7604
AV2 = (datetime(2026, 10, 15, 8, 0, tzinfo=UTC), datetime(2026, 10, 15, 8, 30, tzinfo=UTC))
STALE = "This button is from an older message. Please use the latest one."


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")


async def _menu_entry(talk: Talk, action: str) -> int:
    """Press a staff menu entry (the menu itself is shown by the staff part's /desk) under
    a message of the member's chat; that message's id."""
    somewhere = await a_message_of(talk)
    await talk.forge(somewhere, pack("st." + action))
    return somewhere


async def test_a_member_cancels_a_buyers_meeting_and_the_buyer_is_told(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    li = await member(double, deps, LI, "Li", "en")
    zhou = await member(double, deps, ZHOU, "Zhou", "en", exhibitor_id="EX0002")
    await slots_from_card(ana)
    await ana.tap("📅 jue, 15 oct, 10:00–10:30")
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    under = await _menu_entry(zhou, "meetings")  # staff of another exhibitor
    await zhou.expect("{exhibitor} has no upcoming meetings.")
    for data in (pack("mr.drop", "1"), pack("mr.dropok", "1")):
        await zhou.forge(under, data)
        await zhou.expect_answer(STALE)
    assert await _count(deps) == 1

    await _menu_entry(wang, "meetings")
    listing = await wang.expect("Upcoming meetings of {exhibitor}")
    assert when(wang.t, *AV2, ZoneInfo("Asia/Shanghai")) in listing.text
    assert "Maker 1 Co., Ltd." in listing.text and "Buyer CF" in listing.text
    await wang.tap("❌ Cancel meeting 1")
    await wang.expect("The buyer is told.")
    await wang.tap("No, keep the meeting")
    await wang.expect("Upcoming meetings of {exhibitor}")
    await wang.tap("❌ Cancel meeting 1")
    await wang.tap("Yes, cancel it")
    await wang.expect("is cancelled. The buyer is told; the time is free again.")
    told = await ana.expect("had to cancel your meeting on {when}.")
    assert "Maker 1 Co., Ltd." in told.text and "jue, 15 oct, 10:00–10:30" in told.text

    under = await _menu_entry(li, "meetings")
    await li.expect("{exhibitor} has no upcoming meetings.")
    await li.forge(under, pack("mr.dropok", "1"))  # a late cancel: the meeting is gone
    await li.expect_answer(STALE)
    assert await _count(deps) == 0


async def _count(deps: Deps) -> int:
    async with deps.db.read() as session:
        return int((await session.execute(select(func.count(Meeting.id)))).scalar_one())
