"""The demo in headless Chromium: a buyer's reminder arrives at 10:01 their time, live."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

from playwright.async_api import expect

from bot.i18n import I18n
from tests.auxil.checkin import register
from tests.auxil.screen import ARTIFACTS, BOT, Screen, set_clock


async def test_reminder_at_10_in_madrid_then_check_in_and_see_the_streak(
    page: Any, i18n: I18n, deps: Any
) -> None:
    await register(deps.db, 1001, zone="Europe/Madrid", language="es")  # Lucía, pre-registered
    es = Screen(page, i18n, "es")
    await es.open(1001)
    reminder = page.locator(BOT).filter(
        has_text=es.t.gettext("🔕 Turn reminders off").removeprefix("🔕 ")
    )
    # The demo clock reads the fair's time (Shanghai): 15:55 there is 09:55 in Madrid.
    await set_clock(page, "2026-10-15T15:55")
    await expect(page.locator('[data-testid="clock"]')).to_contain_text("15:55")
    await asyncio.sleep(3)  # several runs of the reminder job: nothing is due yet
    await expect(reminder).to_have_count(0)
    await set_clock(page, "2026-10-15T16:01")  # 10:01 in Madrid
    await expect(reminder).to_have_count(1, timeout=15_000)
    # A scheduled message's time is on its reader's clock: 10:01 in Madrid, not 16:01.
    await expect(reminder.locator("time")).to_contain_text("10:0")
    await es.tap("✅ Check in")
    done = await es.see("🔥")
    await expect(done).to_contain_text(
        es.t.format("✅ You are checked in for {date}.", date=es.t.date(date(2026, 10, 15)))
    )
    streak = es.t.gettext(
        "🔥 Streak: {streak} (fair days in a row)\n📆 Days checked in: {days}\n⭐ Points: {points}"
    )
    await expect(done).to_contain_text(streak.split("\n")[0].format(streak=1))
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-checkin.png"), full_page=True)
