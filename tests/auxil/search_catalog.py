"""A catalog of LED products from two provinces, for the search filter flows."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clock import Clock
from bot.deps import Deps
from catalog_sync.runner import sync
from tests.auxil.feed import exhibitor, product, stamp, write

STALE = "This button is from an older message. Please use the latest one."


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    """11 LED products: 7 from Guangdong, 4 cheaper ones from Zhejiang, one of them a
    piece of furniture with a low MOQ."""
    feed = tmp_path / "feed"
    write(feed, "categories", [
        {"id": "lighting", "name": {"en": "Lighting"}, "updated_at": stamp(0)},
        {"id": "lighting.led", "parent_id": "lighting", "name": {"en": "LED"},
         "updated_at": stamp(0)},
        {"id": "furniture", "name": {"en": "Furniture"}, "updated_at": stamp(0)},
    ])  # fmt: skip
    write(feed, "exhibitors", [exhibitor(1), exhibitor(2, province="Zhejiang")])
    cheap = {"min": "0.80", "max": "0.90", "currency": "USD"}
    products = [product(n, 1) for n in range(6)]
    products += [product(n, 2, price=cheap, moq={"quantity": 100, "unit": "m"}) for n in (6, 7, 8)]
    products.append(product(9, 2, price={"min": "0.50", "max": "0.50", "currency": "USD"},
                            moq={"quantity": 1000, "unit": "pcs"}))  # fmt: skip
    cabinet = {"en": "LED mirror cabinet"}
    products.append(
        product(10, 1, category_id="furniture", name=cabinet, moq={"quantity": 10, "unit": "pcs"},
                price={"min": "40", "max": "45", "currency": "USD"})
    )  # fmt: skip
    write(feed, "products", products)
    write(feed, "availability", [])
    await sync(deps.db, str(feed), Clock())
