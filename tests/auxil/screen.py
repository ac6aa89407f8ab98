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

    async def press(self, bubble: Any, label: str) -> None:
        """Tap the button `label` of this message (another message may have one alike)."""
        button = bubble.locator('[data-testid="inline-button"]', has_text=self.t.gettext(label))
        await button.click()


async def set_clock(page: Any, fair_time: str) -> None:
    """Move the demo clock to `fair_time` ("2026-10-15T09:55", on the fair's clock)."""
    await page.fill('[data-testid="clock-input"]', fair_time)
    await page.click('[data-testid="clock-set"]')


async def register(screen: Screen, name: str, country: str, zone: str) -> None:
    """Walk the whole registration on the page, sharing the phone and the contact details."""
    await screen.say("/start")
    await screen.see("Canton Fair Online")
    await screen.tap("📝 Register")
    await screen.see("What is your full name?")
    await screen.say(name)
    await screen.see("Which company do you represent?")
    await screen.say(f"{name} Ltda")
    await screen.see("Which country are you from? Type its name in any language.")
    await screen.say(country)
    await screen.see(zone)
    await screen.tap(zone)
    await screen.see("What is your business e-mail address?")
    await screen.say("buyer@example.com.br")
    await screen.page.click('[data-testid="reply-button"][data-request-contact="true"]')
    await screen.see("Which products are you looking for? Tap all that apply, then Done.")
    await screen.tap("Furniture")
    await screen.tap("Done")
    await screen.tap("Yes, share")
    await screen.see("Please check your details:")
    await screen.tap("✅ Confirm")
    await screen.see("CF")


async def open_product(screen: Screen, name: str) -> Any:
    """Search for the product by its name and open its card: the card's bubble."""
    await screen.say(name)
    await screen.page.locator('[data-testid="inline-button"]', has_text=name).last.click()
    book = screen.page.locator(
        '[data-testid="inline-button"]', has_text=screen.t.gettext("📅 Book a meeting")
    )
    card = screen.page.locator(BOT).filter(has_text=name).filter(has=book).last
    await expect(card).to_be_visible()
    return card
