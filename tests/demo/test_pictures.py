"""The demo's product pictures: a real JPEG tile per catalog product, 404 for anything else."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from PIL import Image

from bot.clock import Clock
from bot.db.engine import Database
from bot.demo.pictures import ProductPictures
from catalog_sync.runner import sync
from tests.auxil.feed import base_catalog


@pytest.fixture
async def client(database: Database, tmp_path: Path) -> AsyncIterator[TestClient]:
    base_catalog(tmp_path / "feed", products=3)
    await sync(database, str(tmp_path / "feed"), Clock())
    app = web.Application()
    app.router.add_get("/img/{name}", ProductPictures(database).handle)
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


async def _jpeg(client: TestClient, path: str) -> bytes:
    response = await client.get(path)
    assert response.status == 200 and response.content_type == "image/jpeg"
    return await response.read()


async def test_a_product_picture_is_a_jpeg_tile(client: TestClient) -> None:
    first = await _jpeg(client, "/img/P000001-1.jpg")
    image = Image.open(io.BytesIO(first))
    assert (image.format, image.size) == ("JPEG", (800, 600))
    colours = image.convert("RGB").getcolors(maxcolors=800 * 600) or []
    assert len(colours) > 50, "text and shapes, not a blank tile"
    assert await _jpeg(client, "/img/P000001-1.jpg") == first
    assert await _jpeg(client, "/img/P000001-2.jpg") != first
    assert await _jpeg(client, "/img/P000002-1.jpg") != first


@pytest.mark.parametrize("name", ["P999999-1.jpg", "P000001-0.jpg", "P000001.jpg", "x.png"])
async def test_no_picture_for_unknown_products_or_names(client: TestClient, name: str) -> None:
    response = await client.get(f"/img/{name}")
    assert response.status == 404
