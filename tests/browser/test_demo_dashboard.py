"""The demo page's dashboard in Chromium: the organizers' charts load from the demo
database, its totals match the database, and they follow a buyer who registers.

The demo runs on its own clock, real time: the buyers register a minute ago."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from playwright.async_api import expect
from sqlalchemy import func, select

from bot.db.models import Buyer
from bot.i18n import I18n
from handlers.figures_views import ORGANIZER_KEYS
from tests.auxil.meetings import registered
from tests.auxil.screen import ARTIFACTS


def _a_minute_ago() -> datetime:
    return datetime.now(UTC) - timedelta(minutes=1)


async def _registered(deps: Any) -> int:
    """Buyers registered in the dashboard's two weeks (all of this test's are recent)."""
    since = datetime.now(UTC) - timedelta(days=13)
    async with deps.db.read() as session:
        found = await session.execute(
            select(func.count()).select_from(Buyer).where(Buyer.registered_at >= since)
        )
        return int(found.scalar_one())


async def test_the_dashboard_shows_the_charts_and_follows_the_database(
    page: Any, i18n: I18n, deps: Any
) -> None:
    for n in range(6):
        await registered(deps.db, 9100 + n, "Europe/Madrid", "es", now=_a_minute_ago())
    await page.click('[data-testid="dashboard-open"]')
    charts = page.locator('[data-testid="dashboard-chart"]')
    await expect(charts).to_have_count(len(ORGANIZER_KEYS))
    await page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="dashboard-chart"]')]
                 .every((img) => img.complete && img.naturalWidth === 1280)""",
        timeout=30_000,
    )
    total = page.locator('[data-testid="total-registered"]')
    await expect(total).to_have_text(str(await _registered(deps)))
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-dashboard.png"))

    await registered(deps.db, 9200, "Europe/Madrid", "es", now=_a_minute_ago())
    await page.click('[data-testid="dashboard-close"]')
    await page.click('[data-testid="dashboard-open"]')
    await expect(total).to_have_text(str(await _registered(deps)))
    assert await _registered(deps) == 7
