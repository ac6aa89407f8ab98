"""Filter buttons under search results, end to end: province, price, MOQ, category."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack, unpack
from handlers.context import FairApplication
from tests.auxil.search_catalog import STALE, catalog
from tests.auxil.talk import Talk

__all__ = ["catalog"]


async def test_filters_narrow_the_results_in_place(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8101, first_name="Tom", language_code="en")
    await talk.say("led")
    results = await talk.expect("Results for “led”: 11")
    await talk.tap("⚙ Filters")
    menu = await talk.expect_markup("Province: any")
    assert menu.message_id == results.message_id
    assert [b["text"] for b in menu.buttons] == [
        "Category: any", "Price: any", "Minimum order: any", "Province: any",
        "« Back to the results",
    ]  # fmt: skip
    await talk.tap("Province: any")
    provinces = await talk.expect_markup("Guangdong (7)")
    assert [b["text"] for b in provinces.buttons] == [
        "Guangdong (7)", "Zhejiang (4)", "Any", "« Back",
    ]  # fmt: skip
    await talk.tap("Zhejiang (4)")
    narrowed = await talk.expect("Results for “led”: 4")
    assert narrowed.message_id == results.message_id and "Filters: Zhejiang" in narrowed.text
    assert "Maker 1" not in narrowed.text
    await talk.tap("⚙ Filters")
    await talk.tap("Minimum order: any")
    moq = await talk.expect_markup("MOQ up to 100 (3)")
    assert "MOQ up to 10 (" not in str(moq.buttons), "options that keep nothing are not offered"
    await talk.tap("MOQ up to 100 (3)")
    both = await talk.expect("Results for “led”: 3")
    assert "Filters: MOQ up to 100 · Zhejiang" in both.text
    await talk.tap("✖ Clear filters")
    await talk.expect("Results for “led”: 11")


async def test_category_and_price_facets_count_against_the_other_filters(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8102, first_name="Ana", language_code="es")
    await talk.say("led")
    await talk.expect("Results for “{query}”: {count}")
    await talk.tap("⚙ Filters")
    category = talk.t.format("{kind}: {chosen}", kind=talk.t.gettext("Category"),
                             chosen=talk.t.gettext("any"))  # fmt: skip
    await talk.tap(category)
    lighting = talk.t.gettext("Lighting & Electrical") + " (10)"
    furniture = talk.t.gettext("Furniture") + " (1)"
    await talk.expect_markup(furniture)
    await talk.tap(lighting)
    await talk.expect(talk.t.gettext("Lighting & Electrical"))
    await talk.tap("⚙ Filters")
    price = talk.t.format("{kind}: {chosen}", kind=talk.t.gettext("Price"),
                          chosen=talk.t.gettext("any"))  # fmt: skip
    await talk.tap(price)
    under_one = talk.t.format("up to {price}", price=talk.t.money(1, "USD")) + " (4)"
    await talk.tap(under_one)
    shown = await talk.expect("Filters: {filters}")
    assert talk.t.money(1, "USD") in shown.text and "Maker 1" not in shown.text


async def test_forged_and_borrowed_filter_buttons_are_refused(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    tom = Talk(double, deps, user_id=8103, first_name="Tom", language_code="en")
    eve = Talk(double, deps, user_id=8104, first_name="Eve", language_code="en")
    await tom.say("led")
    toms = await tom.expect("Results for")
    await eve.say("led")
    eves = await eve.expect("Results for")
    filters = next(b for b in toms.buttons if b["text"] == "⚙ Filters")
    callback = unpack(filters["callback_data"])
    assert callback is not None
    await eve.forge(eves.message_id, filters["callback_data"])
    await eve.expect_answer(STALE)
    search_id, offset, _, seal = callback.arg.split(".")
    await tom.forge(toms.message_id, pack("s.page", f"{search_id}.{offset}.003k.{seal}"))
    await tom.expect_answer(STALE)
    await tom.forge(toms.message_id, pack("s.page", f"{search_id}.{offset}.zzzz.{seal}"))
    await tom.expect_answer(STALE)
    await tom.forge(toms.message_id, pack("s.fk", f"{callback.arg}.x"))
    await tom.expect_answer(STALE)
    await tom.tap("⚙ Filters")
    await tom.expect_markup("Province: any")
