"""Quick replies: the owner of a talk answers with one tap, and the buyer reads it in their
language with the catalog's facts; nobody else can send one into the talk."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, claimed, member

__all__ = ["catalog"]


async def test_the_owner_sends_price_and_moq_in_the_buyers_language(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6401, "Ana", "es", consent=True)
    li = await member(double, deps, 6411, "Li", "zh-hans")
    wang = await member(double, deps, 6412, "Wang", "en")
    await claimed(ana, li, "¿Precio y pedido mínimo?")

    await li.tap("📋 Quick replies")
    menu = await li.expect("Quick replies to the buyer about {product}")
    assert "不锈钢厨师刀" in menu.text
    await li.tap("💲 Price")
    await li.expect_answer("Sent to the buyer in their language.")
    echo = await li.expect("✅ Sent: {text}")
    assert "不锈钢厨师刀" in echo.text
    price = await ana.expect("per unit, depending on the quantity")
    assert "Cuchillo de chef" in price.text and ana.t.money(1.20, "USD") in price.text
    await li.tap("📦 MOQ")
    moq = await ana.expect("The minimum order quantity (MOQ) for {product}")
    assert ana.t.number(500) in moq.text and "Cuchillo de chef" in moq.text

    thread = int(menu.buttons[0]["callback_data"].split("|")[3].split(":")[0])
    alert = wang.user.bot_messages[-1]  # a button of his own chat, carrying Li's data
    await wang.forge(alert.message_id, pack("h.canned", f"{thread}:samples"))
    await wang.expect_answer("This button is from an older message. Please use the latest one.")
    await ana.command("end")
    await ana.expect("Conversation with {exhibitor} closed.")
    await li.tap("🧪 Samples")
    await li.expect_answer("This button is from an older message. Please use the latest one.")
    assert not [m for m in ana.user.bot_messages if ana.tr("we can send samples") in m.text]
