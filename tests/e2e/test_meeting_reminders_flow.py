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
from zoneinfo import ZoneInfo

import pytest

from bot.deps import Deps
from bot.telegram_double import BotApiDouble, DoubleUser
from handlers.context import FairApplication
from handlers.meetings_views import when
from tests.auxil.live_talk import member
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


async def test_staff_are_reminded_too_with_the_buyers_time_and_the_day_it_falls_on(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    """AV1 is 09:00 on 15 October at the fair, 22:00 on the 14th in São Paulo."""
    await registered(deps.db, 7402, "America/Sao_Paulo", "en")
    bea = Talk(double, deps, 7402, "Bea", "en")
    li = await member(double, deps, 7411, "Li", "zh-hans")
    await slots_from_card(bea)
    start, end = (
        datetime(2026, 10, 15, 1, 0, tzinfo=UTC),
        datetime(2026, 10, 15, 1, 30, tzinfo=UTC),
    )
    await bea.tap("📅 " + when(bea.t, start, end, ZoneInfo("America/Sao_Paulo")))
    await bea.tap("✅ Confirm")
    await bea.expect("Meeting booked.")
    deps.clock.freeze(datetime(2026, 10, 14, 1, 0, tzinfo=UTC))
    mine = await bea.expect("⏰ Meeting reminder")
    fair = when(bea.t, start, end, ZoneInfo("Asia/Shanghai"))
    assert f"Fair time: {fair} (Shanghai (UTC+08:00)) (+1 day)" in mine.text
    theirs = await li.expect("⏰ Meeting reminder")
    assert "Buyer 7402" not in theirs.text  # consent was not given: a buyer number instead
    assert li.t.nformat("(-{n} day)", "(-{n} days)", 1, n="1") in theirs.text
    assert "10月14日" in theirs.text and "10月15日" in theirs.text
    booth = li.t.format("Hall {hall}, booth {booth}", hall="A", booth="11.2K01")
    assert booth in theirs.text and bea.t.format("Hall {hall}, booth {booth}", hall="A",
                                                  booth="11.2K01") in mine.text  # fmt: skip
