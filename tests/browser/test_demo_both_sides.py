"""Both sides of the demo in Chromium: a buyer and the first exhibitor's staff (Kevin Liu),
who confirm meeting requests. A request accepted by staff, and a live talk end to end.

The catalog has meeting slots from 2026-10-15 on (tests/auxil/meetings.py); the demo
clock is set to the day before, so every slot is still ahead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.async_api import expect

from bot.i18n import I18n
from tests.auxil.meetings import synced_catalog
from tests.auxil.screen import ARTIFACTS, Screen, open_product, register, set_clock

MAKER = "Maker 1 Co., Ltd."
PRODUCT = "LED strip model 0"
KEVIN, JOAO = 2002, 1003


async def _kevin_and_joao(
    page: Any, i18n: I18n, deps: Any, tmp_path: Path
) -> tuple[Screen, Screen]:
    """The catalog in, Kevin linked to Maker 1, João registered on the page (Brazil)."""
    await synced_catalog(deps.db, tmp_path / "feed")
    kevin, joao = Screen(page, i18n, "en"), Screen(page, i18n, "pt")
    persona = page.locator(f'[data-testid="persona"][data-persona-id="{KEVIN}"]')
    await expect(persona).to_contain_text(kevin.t.plain("Staff of {exhibitor}", exhibitor=MAKER))
    await set_clock(page, "2026-10-14T10:00")
    await joao.open(JOAO)
    await register(joao, "João Silva", "brasil", "São Paulo")
    return kevin, joao


async def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / name))


async def test_a_meeting_request_accepted_by_staff(
    page: Any, i18n: I18n, deps: Any, tmp_path: Path
) -> None:
    kevin, joao = await _kevin_and_joao(page, i18n, deps, tmp_path)
    card = await open_product(joao, PRODUCT)
    await joao.press(card, "📅 Book a meeting")
    slots = await joao.see(joao.t.plain("Book a meeting with {exhibitor}", exhibitor=MAKER))
    await slots.locator('[data-testid="inline-button"]').first.click()
    question = await joao.see("Book this meeting?")
    await expect(question).to_contain_text(joao.t.gettext(
        "This exhibitor confirms each meeting: your request holds this time for you "
        "until their staff answer."
    ))  # fmt: skip
    await joao.tap("📨 Send request")
    sent = await joao.see("Request sent.")
    await expect(sent).to_contain_text(MAKER)
    await _shot(page, "demo-meeting-request-sent.png")

    await kevin.open(KEVIN)
    alert = await kevin.see(kevin.t.plain("📅 Meeting request for {exhibitor}", exhibitor=MAKER))
    await expect(alert).to_contain_text("João Silva")
    await expect(alert).to_contain_text(PRODUCT)
    await kevin.press(alert, "✅ Accept")
    await kevin.see("✅ You accepted this meeting. The buyer is told.")
    await _shot(page, "demo-meeting-request-accepted-staff.png")

    await joao.open(JOAO)
    accepted = await joao.see(
        joao.t.plain("✅ {exhibitor} accepted your meeting request.", exhibitor=MAKER)
    )
    await expect(accepted).to_contain_text(PRODUCT)
    await _shot(page, "demo-meeting-request-accepted-buyer.png")


async def test_a_live_talk_seen_from_both_sides(
    page: Any, i18n: I18n, deps: Any, tmp_path: Path
) -> None:
    kevin, joao = await _kevin_and_joao(page, i18n, deps, tmp_path)
    card = await open_product(joao, PRODUCT)
    await joao.press(card, "💬 Talk to the exhibitor")
    await joao.see(joao.t.plain(
        "You are now in touch with {exhibitor} about {product}.\n"
        "What you type now goes to their staff. Send /end to close the conversation.",
        exhibitor=MAKER, product=PRODUCT,
    ).split("\n")[0])  # fmt: skip
    await joao.say("Qual o preço para 1000 unidades?")
    await joao.see(joao.t.plain(
        "Sent to the staff of {exhibitor}. I will tell you when someone answers.",
        exhibitor=MAKER,
    ))  # fmt: skip

    await kevin.open(KEVIN)
    alert = await kevin.see(kevin.t.plain("New conversation for {exhibitor}", exhibitor=MAKER))
    await expect(alert).to_contain_text("Qual o preço para 1000 unidades?")
    await kevin.press(alert, "✋ Claim")
    await expect(page.locator('[data-testid="toast"]')).to_contain_text(
        kevin.t.gettext("You took this conversation.")
    )
    await kevin.say("Hello João, USD 1.10 each.")
    mine = page.locator('[data-testid="message"][data-from="user"]')
    await expect(mine.last).to_contain_text("Hello João, USD 1.10 each.")
    await _shot(page, "demo-talk-staff.png")

    await joao.open(JOAO)
    await joao.see(joao.t.plain(
        "The staff of {exhibitor} have joined your conversation about {product}. "
        "You can talk now.",
        exhibitor=MAKER, product=PRODUCT,
    ))  # fmt: skip
    reply = await joao.see("Hello João, USD 1.10 each.")
    await expect(reply.locator("b")).to_have_text([MAKER])
    await joao.say("/end")
    await joao.see(joao.t.plain("Conversation with {exhibitor} closed.", exhibitor=MAKER))
    await _shot(page, "demo-talk-buyer.png")

    await kevin.open(KEVIN)
    await kevin.see(
        kevin.t.plain("The buyer closed the conversation about {product}.", product=PRODUCT)
    )
