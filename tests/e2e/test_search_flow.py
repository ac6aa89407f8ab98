"""Search in the chat end to end: results, paging in place, a card (with its photo when the
image host is reachable, as text when not), saving, /saved."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.clock import Clock
from bot.db.catalog import Product
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.faults import Fault
from bot.telegram_double.media import Upload, tiny_png
from catalog_sync.runner import sync
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.feed import base_catalog, product, write
from tests.auxil.talk import Talk

KNIFE_PHOTO = tiny_png(640, 480)


@pytest.fixture
async def double_hosts() -> AsyncIterator[dict[str, str]]:
    """img.example serves the knife's photo; any other image host is out of reach."""

    async def knife(request: web.Request) -> web.Response:
        return web.Response(body=KNIFE_PHOTO, content_type="image/png")

    app = web.Application()
    app.router.add_get("/knife.jpg", knife)
    async with TestServer(app, host="127.0.0.1") as server:
        yield {"img.example": str(server.make_url("")).rstrip("/")}


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    base_catalog(tmp_path / "feed", products=23)
    knife = product(
        900, 1, 500, name={"en": "Stainless steel chef knife", "es": "Cuchillo de chef"},
        keywords=["knife"], images=["https://img.example/knife.jpg"],
    )  # fmt: skip
    wok = product(
        901, 2, 501, name={"en": "Carbon steel wok", "es": "Wok de acero al carbono"},
        keywords=["wok"], images=["https://cdn.unreachable.example/wok.jpg"],
    )  # fmt: skip
    lines = (tmp_path / "feed" / "products.jsonl").read_text().splitlines()
    write(tmp_path / "feed", "products", [json.loads(line) for line in lines] + [knife, wok])
    await sync(deps.db, str(tmp_path / "feed"), Clock())


async def test_search_card_save_and_saved(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8001, first_name="Ana", language_code="es")
    await talk.say("cuchillo de chef")
    await talk.expect("Results for “{query}”: {count}")
    await talk.tap("Cuchillo de chef")
    card = await talk.expect("Exhibitor: {name}")
    assert card.kind == "photo" and card.photo == KNIFE_PHOTO, "the card comes with its photo"
    assert "Cuchillo de chef" in card.text and "Maker 1 Co., Ltd." in card.text
    assert "1,20" in card.text and "500" in card.text
    await talk.tap("⭐ Save")
    await talk.expect_answer("Saved. See /saved.")
    await talk.expect_markup(talk.t.gettext("✅ Saved"))  # the card's button turned
    await talk.forge(card.message_id, pack("s.save", "P000900"))  # a double tap
    await talk.expect_answer("Already saved.")
    await talk.command("saved")
    listing = await talk.expect("Your saved products:")
    assert [b["text"] for b in listing.buttons] == ["Cuchillo de chef", talk.t.gettext("🗑 Remove")]
    await talk.tap("🗑 Remove")
    await talk.expect_answer("Removed from your saved products.")
    emptied = await talk.expect("You have not saved any products yet.")
    assert emptied.message_id == listing.message_id and emptied.buttons == []


async def test_the_save_button_of_a_card_saves_and_unsaves(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8005, first_name="Eva", language_code="en")
    await talk.say("chef knife")
    await talk.tap("Stainless steel chef knife")
    card = await talk.expect("Exhibitor: {name}")
    await talk.tap("⭐ Save", message_id=card.message_id)
    await talk.expect_markup("✅ Saved")
    await talk.tap("✅ Saved", message_id=card.message_id)
    await talk.expect_answer("Removed from your saved products.")
    await talk.expect_markup("⭐ Save")
    await talk.command("saved")
    await talk.expect("You have not saved any products yet.")
    await talk.tap("⭐ Save", message_id=card.message_id)
    await talk.command("saved")
    await talk.expect("Your saved products:")
    await talk.tap("Stainless steel chef knife")
    again = await talk.expect("Exhibitor: {name}")
    assert again.buttons[0]["text"] == "✅ Saved", "a saved product's card says so"


async def test_a_card_whose_photo_is_out_of_reach_arrives_as_text(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8004, first_name="Luis", language_code="es")
    await talk.say("wok")
    await talk.tap("Wok de acero al carbono")
    card = await talk.expect("Exhibitor: {name}")
    assert card.kind == "text" and card.photo is None
    assert "Wok de acero al carbono" in card.text and "Maker 2 Co., Ltd." in card.text
    assert "1,20" in card.text and "500" in card.text
    assert [b["text"] for b in card.buttons] == [
        talk.t.gettext("⭐ Save"), talk.t.gettext("🏭 More from this exhibitor"),
        talk.t.gettext("📅 Book a meeting"), talk.t.gettext("💬 Talk to the exhibitor"),
    ]  # fmt: skip
    assert [p["photo"] for p in double.calls("sendPhoto")] == [
        "https://cdn.unreachable.example/wok.jpg"
    ], "the photo was tried first, and refused"
    await talk.tap("⭐ Save")
    await talk.expect_answer("Saved. See /saved.")


async def test_typos_paging_in_place_and_forged_pages(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8002, first_name="Tom", language_code="en")
    await talk.say("stainles stel knif")
    found = await talk.expect("Results for")
    assert "Stainless steel chef knife" in found.text
    assert all(found.inline_keyboard), "a single page has no empty paging row"
    await talk.command("search", "led strip")
    first = await talk.expect("Page 1 of 5")
    await talk.tap("Next »", message_id=first.message_id)
    second = await talk.expect("Page 2 of 5")
    assert second.message_id == first.message_id and second.edited
    await talk.tap("« Previous", message_id=first.message_id)
    await talk.expect("Page 1 of 5")
    await talk.forge(first.message_id, pack("s.page", "1.5.AAAAAAAA"))
    await talk.expect_answer("This button is from an older message. Please use the latest one.")
    await talk.forge(first.message_id, pack("s.page", "x.y"))
    await talk.expect_answer("This button is from an older message. Please use the latest one.")
    await talk.say("qqqzzzxxx")
    await talk.expect("Nothing found for “{query}”.")
    await talk.say('"*" NEAR OR -^ ' + "x" * 4000)
    await talk.expect("Nothing found for “{query}”.")


async def test_inline_mode_offers_product_cards(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    user = double.add_user(8003, "Kenji", language_code="ja")
    query_id = await user.send_inline_query("stainles knif")
    async with asyncio.timeout(10):
        while user.inline_answer(query_id) is None:
            await asyncio.sleep(0.05)
    answer = user.inline_answer(query_id)
    assert answer is not None
    first = answer["results"][0]
    assert first["type"] == "article" and first["id"] == "P000900"
    assert "Stainless steel chef knife" in first["title"]
    assert "Maker 1 Co., Ltd." in first["input_message_content"]["message_text"]
    # Another buyer typing the same words gets their own answer, in their language.
    spanish = double.add_user(8004, "Ana", language_code="es")
    asked = await spanish.send_inline_query("stainles knif")
    async with asyncio.timeout(10):
        while spanish.inline_answer(asked) is None:
            await asyncio.sleep(0.05)
    theirs = spanish.inline_answer(asked)["results"][0]  # type: ignore[index]
    expositor = deps.i18n.translator("es").format("Exhibitor: {name}", name="Maker 1 Co., Ltd.")
    assert expositor in theirs["input_message_content"]["message_text"]
    empty = await user.send_inline_query("   ")
    async with asyncio.timeout(10):
        while user.inline_answer(empty) is None:
            await asyncio.sleep(0.05)
    assert user.inline_answer(empty)["results"] == []  # type: ignore[index]


async def test_a_card_whose_image_is_a_local_path_uploads_nothing(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    """Rows stored before the feed checked images may hold a path: the card goes as text."""
    secret = tmp_path / "prod.env"
    secret.write_text("CATALOG_API_KEY=fake-secret-0123456789\n")
    async with deps.db.write() as session:
        knife = await session.get(Product, "P000900")
        assert knife is not None
        knife.images = [str(secret)]
    talk = Talk(double, deps, user_id=8005, first_name="Eve", language_code="en")
    await talk.say("chef knife")
    await talk.tap("Stainless steel chef knife")
    card = await talk.expect("Exhibitor: {name}")
    assert card.kind == "text" and "Stainless steel chef knife" in card.text
    sent = [value for _, params in double.requests for value in params.values()]
    uploads = [value for value in sent if isinstance(value, Upload)]
    assert not [u for u in uploads if b"fake-secret" in u.data], "the file was uploaded"
    assert double.calls("sendPhoto") == [] and double.calls("sendDocument") == []


async def test_a_send_that_timed_out_but_arrived_gets_no_fallback_and_no_apology(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    # Telegram finishes a call whose client gave up waiting (the bot's limit is 5 s).
    talk = Talk(double, deps, user_id=8006, first_name="Rui", language_code="es")
    await talk.say("cuchillo de chef")
    await talk.expect("Results for “{query}”: {count}")
    double.inject(Fault(method="sendPhoto", delay=6.0, completes=True))
    await talk.tap("Cuchillo de chef")
    await talk.expect_photo()
    double.inject(Fault(method="sendMessage", delay=6.0, completes=True))
    await talk.command("help")
    await talk.expect("/register")
    await asyncio.sleep(1.0)  # time for a fallback or an apology to come, if one would
    texts = [m.text for m in talk.user.bot_messages]
    assert sum(talk.tr("Exhibitor: {name}") in text for text in texts) == 1, "no text card"
    assert not any(talk.tr("Sorry, something went wrong") in text for text in texts)
