"""After a meeting, end to end: once it is over the two staff members are asked whether
the buyer came (the first answer stands, the other is told what was recorded) and the
buyer is asked to rate it with stars.

AV2 is 2026-10-15 08:00-08:30 UTC.
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.meetings import Meeting
from bot.deps import Deps
from bot.domain import MeetingOutcome
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.live_talk import member
from tests.auxil.meetings import registered, slots_from_card, synced_catalog
from tests.auxil.talk import Talk

ANA, WANG, LI = 7501, 7502, 7503
AV2_END = datetime(2026, 10, 15, 8, 30, tzinfo=UTC)


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")


async def test_staff_record_a_no_show_once_and_the_buyer_rates_the_meeting(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    li = await member(double, deps, LI, "Li", "zh-hans")
    await slots_from_card(ana)
    await ana.tap("📅 jue, 15 oct, 10:00–10:30")
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    deps.clock.freeze(AV2_END)
    asked = await wang.expect("Did the buyer come to the meeting?")
    assert "Madrid (UTC+02:00)" in asked.text and wang.tr("Buyer number: {code}") in asked.text
    await li.expect("Did the buyer come to the meeting?")
    await wang.tap("🚫 No-show")
    done = await wang.expect("🚫 Recorded: the buyer did not come. Thank you.")
    assert done.message_id == asked.message_id and done.buttons == []
    await li.tap("✅ The buyer came")
    await li.expect_answer("Already recorded: the buyer did not come.")

    rate = await ana.expect("How was your meeting with {exhibitor}?")
    assert "Maker 1 Co., Ltd." in rate.text and "10:00–10:30" in rate.text
    await ana.tap("⭐⭐⭐⭐")
    await ana.expect_answer("Thank you for your rating: {stars}")
    async with deps.db.read() as session:
        (meeting,) = (await session.execute(select(Meeting))).scalars()
    assert (meeting.outcome, meeting.rating) == (MeetingOutcome.NO_SHOW, 4)
