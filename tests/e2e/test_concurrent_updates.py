"""Many users at once: a flooding buyer slows no one else, gets one "slow down", and the
updates within the limit are answered in order."""

from __future__ import annotations

import asyncio
import re

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.talk import Talk

SLOW_DOWN = "You are sending messages too fast. Please wait a few seconds, then try again."


async def test_a_flood_slows_no_one_else_and_gets_one_slow_down(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    flooder = Talk(double, deps, user_id=7001, first_name="Flo", language_code="ru")
    other = Talk(double, deps, user_id=7002, first_name="Olga", language_code="es")
    await other.command("start")  # both known to the bot, so neither pays a first contact
    await flooder.command("start")
    await other.expect("Canton Fair Online")
    await flooder.expect("Canton Fair Online")
    loop = asyncio.get_running_loop()
    started = loop.time()
    await other.command("help")
    await other.expect("/search")
    alone = loop.time() - started  # this machine's pace now (a parallel run is slower)

    flooder.mark = flooder.user.mark()
    # The forty are queued together, before the bot can take any: sent one by one, on a
    # busy machine the bot's handling came in between, and the burst lasted long enough
    # for the bucket to refill (an answer then rightly came after the notice).
    burst = await asyncio.gather(*(flooder.user.send_text(f"lamp{n}") for n in range(40)))
    first = burst[0].message_id
    sent = loop.time()
    await other.command("help")
    await other.expect("/search")
    waited = loop.time() - sent

    limit = deps.settings.flood_rate
    slow_down = flooder.tr(SLOW_DOWN)
    await flooder.expect(SLOW_DOWN)
    flood_took = loop.time() - sent
    # Handled one at a time, /help would wait for the flooder's twenty searches, about as
    # long as the flood took. The bound scales with this machine's pace now (a parallel
    # test run is slower): /help alone, and the flood itself.
    assert waited < max(flood_took / 3, 0.1 + 5 * alone), (
        f"/help took {waited:.2f} s behind another user's flood of {flood_took:.2f} s "
        f"({alone:.2f} s alone)"
    )
    await asyncio.sleep(0.3)  # anything more would have come by now
    replies = [m.text for m in flooder.user.bot_messages if m.message_id > first]
    assert sum(slow_down in text for text in replies) == 1
    answered = [int(n) for text in replies for n in re.findall(r"lamp(\d+)", text)]
    # Within the limit: `limit` updates, one of which the /start before took (and one
    # more for every window / limit seconds the burst itself lasted, on a busy machine).
    assert answered == sorted(answered), "in the order they were sent"
    assert answered[: limit - 1] == list(range(limit - 1))
    assert len(answered) <= limit + 2
    assert replies[-1].count(slow_down) == 1, "the notice comes after the answers"
    assert bot.update_processor.lanes == 0  # type: ignore[attr-defined]
