"""The demo in headless Chromium: register by clicking and typing, read Arabic RTL,
register and search in Thai, save and unsave, invite an exhibitor's staff by name."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from playwright.async_api import expect

from bot.i18n import I18n
from bot.services.timezones import timezone_label
from tests.auxil.screen import ARTIFACTS, BOT, Screen, register


async def test_register_in_spanish_then_switch_to_arabic(page: Any, i18n: I18n) -> None:
    es = Screen(page, i18n, "es")
    await es.open(1001)
    composer = page.locator('[data-testid="composer"]')
    await expect(composer).to_have_attribute("placeholder", es.t.gettext("Write a message…"))
    await es.say("/start")
    await es.see("Canton Fair Online")
    await es.tap("📝 Register")
    await es.see("What is your full name?")
    await es.say("Lucía Fernández")
    await es.see("Which company do you represent?")
    await es.say("Muebles <Lucía> & Hijos")
    await es.see("Which country are you from? Type its name in any language.")
    await es.say("espana")
    await es.see("Madrid")
    await es.tap("Madrid")
    await es.see("What is your business e-mail address?")
    await es.say("lucia@muebles.es")
    await page.click('[data-testid="reply-button"][data-request-contact="true"]')
    await es.see("Which products are you looking for? Tap all that apply, then Done.")
    await es.tap("Furniture")
    await expect(
        page.locator('[data-testid="inline-button"]', has_text="✅ " + es.t.gettext("Furniture"))
    ).to_be_visible()
    await es.tap("Done")
    await es.tap("Yes, share")
    summary = await es.see("Please check your details:")
    await expect(summary).to_contain_text("Muebles <Lucía> & Hijos")
    await expect(summary).to_contain_text("España")
    await es.tap("✅ Confirm")
    welcome = await es.see("CF")
    code = (await welcome.inner_text()).split("CF", 1)[1][:8]
    photo = page.locator('[data-testid="message-photo"]').last
    await expect(photo).to_be_visible()
    # visible before it has loaded, on a busy machine: wait for the load, then check it
    loaded = "img => img.complete && img.naturalWidth > 200"
    await page.wait_for_function(loaded, arg=await photo.element_handle())
    assert await photo.evaluate(loaded)
    await expect(page.locator(BOT).last).to_contain_text("CF" + code)

    ar = Screen(page, i18n, "ar")
    await ar.open(1002)
    # the page turns right-to-left just after the persona is shown active
    await page.wait_for_function("document.documentElement.dir === 'rtl'")
    assert await page.evaluate("document.documentElement.dir") == "rtl"
    await expect(composer).to_have_attribute("placeholder", ar.t.gettext("Write a message…"))
    assert await composer.evaluate("el => getComputedStyle(el).direction") == "rtl"
    await ar.say("/start")
    welcome_ar = await ar.see("Canton Fair Online")
    text_box = welcome_ar.locator('[data-testid="message-text"]')
    assert await text_box.evaluate("el => getComputedStyle(el).direction") == "rtl"
    chat_box = await page.locator('[data-testid="composer"]').bounding_box()
    bubble_box = await welcome_ar.bounding_box()
    assert chat_box is not None and bubble_box is not None
    # Mirrored: the bot's bubbles hug the right edge of the chat in right-to-left.
    assert bubble_box["x"] + bubble_box["width"] > chat_box["x"] + chat_box["width"] * 0.6
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-arabic.png"), full_page=True)


async def test_language_profile_and_forget_in_the_browser(page: Any, i18n: I18n) -> None:
    pt = Screen(page, i18n, "pt")
    await pt.open(1003)
    await pt.say("/language")
    await pt.see("Choose your language:")
    await page.locator('[data-testid="inline-button"]', has_text="English").last.click()
    en = Screen(page, i18n, "en")
    await en.see("Language: English")
    await en.say("/profile")
    await en.see("You are not registered yet. Send /register to start.")
    await en.say("/forget")
    await en.see("Delete your personal data?")
    await en.tap("Yes, delete my data")
    await en.see("There is no personal data of yours to delete.")


async def test_add_a_persona_and_move_the_demo_clock(page: Any, i18n: I18n) -> None:
    await page.click('[data-testid="add-persona"]')
    await page.fill('[data-testid="persona-name"]', "Anna Müller")
    await page.select_option('[data-testid="persona-language"]', "fr")
    await page.click('[data-testid="persona-submit"]')
    added = page.locator('[data-testid="persona"].active')
    await expect(added).to_contain_text("Anna Müller")
    fr = Screen(page, i18n, "fr")
    composer = page.locator('[data-testid="composer"]')
    await expect(composer).to_have_attribute("placeholder", fr.t.gettext("Write a message…"))
    await fr.say("/start")
    await fr.see("Canton Fair Online")

    await page.fill('[data-testid="clock-input"]', "2026-10-15T09:55")
    await page.click('[data-testid="clock-set"]')
    # in the persona's French: "jeu. 15 oct. 2026 09:55"
    await expect(page.locator('[data-testid="clock"]')).to_contain_text("15 oct. 2026 09:55")
    await fr.say("/help")
    bubble = await fr.see("/register")
    await expect(bubble).to_contain_text("09:5")  # sent on the demo clock, at the fair's 09:55
    await page.click('[data-testid="clock-reset"]')
    await expect(page.locator('[data-testid="clock"]')).not_to_contain_text("15 oct. 2026")


async def test_phone_sized_window(page: Any, i18n: I18n) -> None:
    await page.set_viewport_size({"width": 390, "height": 800})
    ja = Screen(page, i18n, "ja")
    await ja.open(1004)
    await ja.say("/start")
    await ja.see("Canton Fair Online")
    for hook in ("composer", "send"):
        box = await page.locator(f'[data-testid="{hook}"]').bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-phone.png"))


async def _pinned(page: Any, bubble: Any) -> Any:
    """The bubble by its message id: found again after an edit changes its text."""
    message_id = await bubble.get_attribute("data-message-id")
    return page.locator(f'{BOT}[data-message-id="{message_id}"]')


async def _synced_catalog(deps: Any, tmp_path: Any, products: int, photos: bool = False) -> None:
    """A small catalog synced into the demo's database (the demo's own sync is off here).

    With ``photos``, each product has a picture on the demo catalog's image host.
    """
    import json

    from bot.clock import Clock
    from catalog_sync.runner import sync
    from tests.auxil.feed import base_catalog, write

    base_catalog(tmp_path / "feed", products=products)
    if photos:
        lines = (tmp_path / "feed" / "products.jsonl").read_text().splitlines()
        records = [json.loads(line) for line in lines]
        for record in records:
            record["images"] = [f"https://demo.fair.invalid/img/{record['id']}-1.jpg"]
        write(tmp_path / "feed", "products", records)
    await sync(deps.db, str(tmp_path / "feed"), Clock())


async def test_the_organizer_sees_the_last_sync(
    page: Any, i18n: I18n, deps: Any, tmp_path: Any
) -> None:
    await _synced_catalog(deps, tmp_path, products=30)
    en = Screen(page, i18n, "en")
    await en.open(900001)
    await en.say("/catalog")
    report = await en.see("Products: 30 · Exhibitors: 2")
    await expect(report).to_contain_text("Products — added: 30")
    await expect(report).to_contain_text("(Shanghai (UTC+08:00))")  # the clock it is on
    await en.say("/invite maker")  # by name: both exhibitors are "Maker N Co., Ltd."
    choice = await _pinned(
        page, await en.see("Several exhibitors have that name. Which one do you mean?")
    )
    await en.press(choice, "Maker 2 Co., Ltd. (EX0002)")
    await expect(choice).to_contain_text("Staff invitation: Maker 2 Co., Ltd.")  # in place


async def test_search_with_a_typo_page_and_save(
    page: Any, i18n: I18n, deps: Any, tmp_path: Any
) -> None:
    await _synced_catalog(deps, tmp_path, products=12, photos=True)
    es = Screen(page, i18n, "es")
    await es.open(1001)
    await es.say("led strp")
    found = await es.see("LED strip model 0")
    message_id = await found.get_attribute("data-message-id")
    results = page.locator(f'[data-testid="message"][data-message-id="{message_id}"]')
    await expect(results).to_contain_text(es.t.format("Page {page} of {pages}", page=1, pages=3))
    await es.tap("Next »")
    await expect(results).to_contain_text(es.t.format("Page {page} of {pages}", page=2, pages=3))
    await page.locator('[data-testid="inline-button"]', has_text="LED strip model 5").click()
    card = await es.see("Maker 2 Co., Ltd.")
    await expect(card).to_contain_text("1,20")
    photo = card.locator('[data-testid="message-photo"]')
    await expect(photo).to_be_visible()
    # decode() waits for the picture to load, and fails if it cannot be shown.
    assert await photo.evaluate("img => img.decode().then(() => img.naturalWidth)") == 800
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-product-card.png"))
    card = await _pinned(page, card)  # the card, whatever comes after it
    await es.tap("⭐ Save")
    await expect(page.locator('[data-testid="toast"]')).to_contain_text(
        es.t.gettext("Saved. See /saved.")
    )
    await expect(card.locator('[data-testid="inline-button"]').first).to_have_text(
        es.t.gettext("✅ Saved")
    )
    await es.say("/saved")
    listing = await _pinned(page, await es.see("Your saved products:"))
    await expect(listing.locator('[data-testid="inline-button"]')).to_have_text(
        ["LED strip model 5", es.t.gettext("🗑 Remove")]
    )
    await es.press(listing, "🗑 Remove")
    await expect(listing).to_contain_text(
        es.t.gettext("You have not saved any products yet. Type what you need to search.")
    )
    await es.press(card, "✅ Saved")  # the card's button still read "Saved": unsave there
    await expect(card.locator('[data-testid="inline-button"]').first).to_have_text(
        es.t.gettext("⭐ Save")
    )


async def test_the_organizer_broadcasts_and_watches_it_go_out(
    page: Any, i18n: I18n, deps: Any
) -> None:
    from bot.services import buyers, users
    from tests.auxil.environment import TEST_NOW

    async with deps.db.write() as session:  # Lucía is a registered buyer
        await users.ensure(session, 1001, "es", TEST_NOW)
        await buyers.create(
            session, 1001,
            {"full_name": "Lucía Fernández", "company": "Muebles", "country": "ES",
             "timezone": "Europe/Madrid", "email": "lucia@muebles.es", "interests": [],
             "consent": True},
            TEST_NOW,
        )  # fmt: skip
    en = Screen(page, i18n, "en")
    await en.open(900001)
    await en.say("/broadcast")
    await en.tap("A text per language")
    await en.see("English is required; the other languages are optional")
    await en.say("<b>Hall 5</b> opens at 9:00.")
    await en.tap("Skip ⏭")
    await en.say("<b>El pabellón 5</b> abre a las 9:00.")
    await en.tap("👀 Preview")
    summary = await en.see("Buyers it will reach: 1")
    await expect(summary).to_contain_text("\u2068Español\u2069: 1")
    await en.tap("✅ Confirm")
    progress = await en.see("sending to 1 buyer…")
    message_id = await progress.get_attribute("data-message-id")
    same = page.locator(f'{BOT}[data-message-id="{message_id}"]')
    await expect(same).to_contain_text("is finished: 1 buyer.", timeout=20_000)
    await expect(same).to_contain_text("Sent: 1 · Blocked: 0 · Failed: 0")
    await expect(same.locator('[data-testid="edited"]')).to_be_visible()

    es = Screen(page, i18n, "es")
    await es.open(1001)
    announcement = await es.see("El pabellón 5")
    header = es.t.gettext("📢 <b>Announcement from {fair}</b>").split("<b>")[1].split("</b>")[0]
    await expect(announcement.locator("b")).to_have_text(
        [header.format(fair="Canton Fair Online"), "El pabellón 5"]
    )


async def test_a_thai_buyer_registers_and_searches_in_thai(
    page: Any, i18n: I18n, deps: Any, tmp_path: Any
) -> None:
    await _synced_catalog(deps, tmp_path, products=3)
    th = Screen(page, i18n, "th")
    await th.open(1007)
    buyer_from = th.t.plain("Buyer from {country}", country=th.t.country("TH"))
    await expect(page.locator('[data-testid="persona"].active')).to_contain_text(buyer_from)
    composer = page.locator('[data-testid="composer"]')
    await expect(composer).to_have_attribute("placeholder", th.t.gettext("Write a message…"))
    bangkok = timezone_label("Asia/Bangkok", "th", datetime.now(UTC)).split(" (")[0]
    await register(th, "สมชาย ใจดี", "ไทย", bangkok)
    await th.say("ไฟเส้น")  # "LED strip", typed in Thai
    results = await th.see("LED strip model 0")
    await expect(results).to_contain_text(
        th.t.format("Results for “{query}”: {count}", query="ไฟเส้น", count=3)
    )
    ARTIFACTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / "demo-thai.png"))


async def test_the_clock_and_the_day_separators_speak_the_persona_s_language(
    page: Any, i18n: I18n
) -> None:
    clock = page.locator('[data-testid="clock"]')
    ja = Screen(page, i18n, "ja")
    await ja.open(1004)
    await expect(clock).to_contain_text("年")  # "2026年12月4日(金) 2:31"
    await ja.say("/start")
    await ja.see("Canton Fair Online")
    await expect(page.locator("#message-list .day").first).to_contain_text("月")
    await Screen(page, i18n, "es").open(1001)
    await expect(clock).not_to_contain_text("年")
