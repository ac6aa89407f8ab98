"""Products that share a name ("Bluetooth speaker" from several exhibitors) get buttons
a buyer can tell apart: their number in a results page, their price elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.clock import Clock
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from handlers.context import FairApplication
from tests.auxil.feed import base_catalog, product, write
from tests.auxil.talk import Talk

SPEAKER = "Bluetooth speaker"


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    base_catalog(tmp_path / "feed", products=2)
    speakers = [
        product(950 + n, exhibitor, 10 + n, name={"en": SPEAKER}, keywords=["speaker"],
                price={"min": price, "max": price, "currency": "USD"})
        for n, (exhibitor, price) in enumerate(((1, "10.00"), (2, "12.00"), (1, "15.00")))
    ]  # fmt: skip
    lines = (tmp_path / "feed" / "products.jsonl").read_text().splitlines()
    write(tmp_path / "feed", "products", [json.loads(line) for line in lines] + speakers)
    await sync(deps.db, str(tmp_path / "feed"), Clock())


async def test_buttons_of_products_with_one_name_are_told_apart(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=8201, first_name="Sam", language_code="en")
    await talk.say("bluetooth speaker")
    results = await talk.expect("Results for “{query}”: {count}")
    labels = [b["text"] for b in results.buttons if SPEAKER in str(b["text"])]
    assert sorted(labels) == [f"{n}. {SPEAKER}" for n in (1, 2, 3)]  # as the list numbers them
    for number, label in enumerate(labels, 1):
        assert f"{number}. {SPEAKER}" in results.text and label.startswith(f"{number}. ")
    await talk.tap(labels[0])
    card = await talk.expect("Exhibitor: {name}")
    await talk.tap("🏭 More from this exhibitor", message_id=card.message_id)
    more = await talk.expect("More from {name}:")
    named = sorted(str(b["text"]) for b in more.buttons if SPEAKER in str(b["text"]))
    assert len(set(named)) == 2 and all("$" in label for label in named)  # by their prices
