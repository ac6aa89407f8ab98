"""Paging buttons carry their offset under the seal: a forged offset is refused, and a sealed
one past the end of results that shrank since shows the last page."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

from bot.clock import Clock
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from catalog_sync.indexed import sync_indexed
from handlers.callbacks import pack, unpack
from handlers.context import FairApplication, FairContext
from handlers.search_filters import Choice
from handlers.search_results import MAX_RESULTS, Spot
from tests.auxil.feed import product, write
from tests.auxil.search_catalog import STALE, catalog
from tests.auxil.talk import Talk

__all__ = ["catalog"]


def next_arg(buttons: list[dict[str, object]]) -> list[str]:
    """The fields of the Next » button: search id, offset, filters, seal."""
    data = next(b["callback_data"] for b in buttons if b["text"] == "Next »")
    callback = unpack(str(data))
    assert callback is not None
    return callback.arg.split(".")


async def test_a_forged_offset_is_refused_and_nothing_breaks(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    tom = Talk(double, deps, user_id=8201, first_name="Tom", language_code="en")
    await tom.say("led")
    first = await tom.expect("Page 1 of 3")
    search_id, offset, code, seal = next_arg(first.buttons)
    assert offset == "5"
    for forged in ("10", "0", "7", "99999999999999999999999999999999", "-5", "05"):
        await tom.forge(first.message_id, pack("s.page", f"{search_id}.{forged}.{code}.{seal}"))
        await tom.expect_answer(STALE)
    assert "Page 1 of 3" in first.text and not first.edited
    # Even with a genuine seal (a leaked secret), no offset past paging's end is taken.
    signer = cast(FairContext, SimpleNamespace(deps=deps))
    choice = Choice.parse(code)
    assert choice is not None
    for sealed in (7, MAX_RESULTS, 10**17):
        arg = Spot(int(search_id), sealed, choice).arg(signer, tom.user.id)
        await tom.forge(first.message_id, pack("s.page", arg))
        await tom.expect_answer(STALE)
    await tom.tap("Next »", message_id=first.message_id)
    await tom.expect("Page 2 of 3")


async def test_a_sealed_offset_past_results_that_shrank_shows_the_last_page(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    tom = Talk(double, deps, user_id=8202, first_name="Tom", language_code="en")
    await tom.say("led")
    first = await tom.expect("Page 1 of 3")
    await tom.tap("Next »", message_id=first.message_id)
    second = await tom.expect("Page 2 of 3")
    assert next_arg(second.buttons)[1] == "10"
    write(tmp_path / "feed", "products", [product(n, 1) for n in range(6)])
    await sync_indexed(deps.db, str(tmp_path / "feed"), Clock(), full=True)
    await tom.tap("Next »", message_id=first.message_id)
    last = await tom.expect("Page 2 of 2")
    assert "6. " in last.text and "Next »" not in str(last.buttons)
