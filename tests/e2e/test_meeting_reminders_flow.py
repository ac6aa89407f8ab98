"""Meeting reminders end to end: the buyer books, the clock moves to a day before the
meeting and then to a quarter of an hour before, and a reminder arrives each time, on
the buyer's clock and in their language.

AV2 is 2026-10-15 08:00-08:30 UTC: 10:00 in Madrid.
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.deps import Deps
from bot.telegram_double import BotApiDouble, DoubleUser
from handlers.context import FairApplication
from tests.auxil.meetings import registered, slots_from_card, synced_catalog
from tests.auxil.talk import Talk

ANA = 7401
AV2 = datetime(2026, 10, 15, 8, 0, tzinfo=UTC)


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")


async def test_a_reminder_a_day_before_and_a_quarter_of_an_hour_before(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    await slots_from_card(ana)
    await ana.tap("📅 jue, 15 oct, 10:00–10:30")
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    deps.clock.freeze(AV2 - timedelta(hours=24))
    day_before = await ana.expect("⏰ Meeting reminder")
    assert "Maker 1 Co., Ltd." in day_before.text
    assert "Su hora: jue, 15 oct, 10:00–10:30 (Madrid (UTC+02:00))" in day_before.text
    title = ana.tr("⏰ Meeting reminder")

    def reminders(user: DoubleUser) -> int:
        return sum(title in m.text for m in user.bot_messages)

    deps.clock.freeze(AV2 - timedelta(minutes=20))
    await asyncio.sleep(1.5)  # three runs of the job: none is due
    assert reminders(ana.user) == 1
    deps.clock.freeze(AV2 - timedelta(minutes=15))
    await ana.user.wait_for(lambda user: reminders(user) == 2, timeout=10)
