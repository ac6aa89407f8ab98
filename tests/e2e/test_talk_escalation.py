"""A talk unclaimed past the first-response target: every staff member is told again, the
manager as such, and the buyer hears honestly that staff were reminded; once only."""

from __future__ import annotations

from datetime import timedelta

from bot.db.handoff import Staff
from bot.deps import Deps
from bot.domain import StaffRole
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.live_talk import buyer, catalog, member, open_thread, said_to

__all__ = ["catalog"]
TO_STAFF = "⏰ A buyer has waited {n} minute for an answer about {product}. Please take it."
TO_STAFF_MANY = TO_STAFF.replace("minute", "minutes")
TO_MANAGER = (
    "⏰ No one has answered a buyer for {n} minute ({product}). As a manager, please "
    "make sure someone takes it, or take it yourself."
)
TO_MANAGER_MANY = TO_MANAGER.replace("minute", "minutes")


async def test_an_unanswered_buyer_is_not_forgotten(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = await buyer(double, deps, 6601, "Ana", "es", consent=True)
    li = await member(double, deps, 6611, "Li", "zh-hans")
    mei = await member(double, deps, 6612, "Mei", "en")
    async with deps.db.write() as session:
        (await session.get(Staff, 6612)).role = StaffRole.MANAGER  # type: ignore[union-attr]
    await open_thread(ana, "cuchillo de chef", "Cuchillo de chef")
    await ana.say("¿Hay alguien?")
    await li.expect("New conversation for")
    deps.clock.freeze(deps.clock.now() + timedelta(minutes=deps.settings.first_response_minutes))
    waited = deps.settings.first_response_minutes
    offer = li.t.nformat(
        TO_STAFF, TO_STAFF_MANY, waited, n=li.t.number(waited), product="不锈钢厨师刀"
    )
    offered = await li.expect_text(offer)
    manage = mei.t.nformat(TO_MANAGER, TO_MANAGER_MANY, waited, n=mei.t.number(waited),
                           product="Stainless steel chef knife")  # fmt: skip
    await mei.expect_text(manage)
    sorry = await ana.expect("have not answered yet, sorry for the wait")
    assert sorry.buttons[0]["text"] == ana.t.gettext("📅 Book a meeting")

    await li.tap("✋ Claim", message_id=offered.message_id)
    await li.expect_answer("You took this conversation.")
    await ana.expect("have joined your conversation")
    deps.clock.freeze(deps.clock.now() + timedelta(hours=1))
    await ana.say("Gracias")
    await li.expect("Gracias")
    assert len(said_to(ana, ana.tr("have not answered yet, sorry for the wait"))) == 1
