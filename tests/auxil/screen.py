"""A person on the demo page in Chromium: pick a persona, type, tap, see replies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import expect

from bot.i18n import I18n

BOT = '[data-testid="message"][data-from="bot"]'
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"  # screenshots CI keeps


class Screen:
    """What a person does on the page, in one persona's language."""

    def __init__(self, page: Any, i18n: I18n, code: str) -> None:
        self.page, self.t = page, i18n.translator(code)

    async def open(self, persona_id: int) -> None:
        await self.page.click(f'[data-testid="persona"][data-persona-id="{persona_id}"]')
        await expect(self.page.locator('[data-testid="persona"].active')).to_have_attribute(
            "data-persona-id", str(persona_id)
        )

    async def say(self, text: str) -> None:
        await self.page.fill('[data-testid="composer"]', text)
        await self.page.press('[data-testid="composer"]', "Enter")

    async def see(self, msgid: str) -> Any:
        """The last bot message that shows this msgid's translation (or this literal text)."""
        wanted = self.t.gettext(msgid)
        bubble = self.page.locator(BOT).filter(has_text=wanted).last
        await expect(bubble).to_be_visible()
        return bubble

    async def tap(self, label: str) -> None:
        button = self.page.locator('[data-testid="inline-button"]', has_text=self.t.gettext(label))
        await button.last.click()
