"""The fair's anti-fraud warning reaches the buyer, in the buyer's language, under a staff
message about new or changed payment details, and only then."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, claimed, member

__all__ = ["catalog"]

WARNING = "Be careful with payment details."


async def test_a_message_about_a_new_account_comes_with_a_warning(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6201, "Ana", "es", consent=True)
    li = await member(double, deps, 6211, "Li", "zh-hans")
    await claimed(ana, li, "¿Cómo pago el depósito?")

    await li.say("Price is USD 1.10, deposit 30%.")
    ordinary = await ana.expect("Price is USD 1.10, deposit 30%.")
    assert ana.tr(WARNING) not in ordinary.text

    await li.say("我们的收款账户已变更，请汇款到新账户。")  # noqa: RUF001
    warned = await ana.expect("我们的收款账户已变更")
    assert ana.tr(WARNING) in warned.text and ana.t.code == "es"
    assert WARNING not in warned.text  # in Spanish, not in English
