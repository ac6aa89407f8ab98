"""The demo's staff personas in Chromium: linked once the catalog is in, their menu at hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import expect

from bot.clock import Clock
from bot.i18n import I18n
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog
from tests.auxil.screen import ARTIFACTS, Screen


async def test_a_staff_persona_sees_the_staff_menu_and_their_team(
    page: Any, i18n: I18n, deps: Any, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed", products=6)
    await sync(deps.db, str(tmp_path / "feed"), Clock())
    en = Screen(page, i18n, "en")
    anna = page.locator('[data-testid="persona"][data-persona-id="2003"]')
    # the list is renewed once the personas are linked, without reloading the page
    await expect(anna).to_contain_text(en.t.plain("Staff of {exhibitor}",
                                                  exhibitor="Maker 2 Co., Ltd."))  # fmt: skip
    await en.open(2003)
    await en.see(en.t.format("Staff desk: {exhibitor}", exhibitor="Maker 2 Co., Ltd."))
    await en.tap("👥 Team")
    team = await en.see(en.t.format("Team of {exhibitor}", exhibitor="Maker 2 Co., Ltd."))
    await expect(team).to_contain_text("(you)")
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-staff-team.png"))

    zh = Screen(page, i18n, "zh_Hans")
    await zh.open(2001)
    await zh.see(zh.t.format("Staff desk: {exhibitor}", exhibitor="制造商1有限公司"))
    await zh.tap("✉️ Invite an agent")
    await zh.see("Role: agent (answers buyers).")

    kevin = Screen(page, i18n, "en")
    await kevin.open(2002)
    desk = await kevin.see("Your role: agent. You answer buyers' conversations.")
    buttons = desk.locator('[data-testid="inline-button"]')
    await expect(buttons).to_have_text(
        ["📥 Inbox", "📅 Meetings", "🗓 Meeting slots", "📈 Leads", "🟢 Availability", "📊 Figures"]
    )
