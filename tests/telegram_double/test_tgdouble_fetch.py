"""Photos and documents sent by URL: downloaded like Telegram does, from reachable hosts only."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import telegram
from aiohttp import web
from telegram.error import BadRequest

from bot.telegram_double import BotApiDouble, DoubleUser
from bot.telegram_double import fetch as fetch_module
from bot.telegram_double.media import tiny_png

PNG = tiny_png(1000, 600)
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
# python-telegram-bot drops "Bad Request: " and capitalizes the rest of Telegram's text.
UNREACHABLE = r"(?i)^failed to get HTTP URL content$"
WRONG_TYPE = r"(?i)^wrong type of the web page content$"


PAGES = {
    "/img/hall.png": (PNG, "image/png"),
    "/page.html": (b"<p>hi</p>", "text/html"),
    "/fake.jpg": (b"not a jpeg", "image/jpeg"),
    "/huge.jpg": (b"\xff\xd8" + bytes(5 * 2**20), "image/jpeg"),
    "/docs/spec.pdf": (PDF, "application/pdf"),
    "/list.csv": (b"a,b\n", "text/csv"),
}
REDIRECTS = {"/moved": "/img/hall.png", "/away": "https://elsewhere.example/hall.png"}


class ImageServer:
    """A local web server with a few pages, remembering every path it was asked for."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.url = ""
        self.app = web.Application()
        self.app.router.add_get("/{path:.*}", self._serve)

    async def _serve(self, request: web.Request) -> web.Response:
        self.seen.append(request.path_qs)
        if request.path in REDIRECTS:
            raise web.HTTPFound(REDIRECTS[request.path])
        if request.path == "/slow.png":
            await asyncio.sleep(2)
        body, content_type = PAGES.get(request.path, (PNG, "image/png"))
        if request.path not in PAGES and request.path != "/slow.png":
            raise web.HTTPNotFound()
        return web.Response(body=body, content_type=content_type)


@pytest.fixture
async def images() -> AsyncIterator[ImageServer]:
    server = ImageServer()
    runner = web.AppRunner(server.app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    server.url = f"http://{host}:{port}"
    yield server
    await runner.cleanup()


@pytest.fixture
async def double(images: ImageServer) -> AsyncIterator[BotApiDouble]:
    """The double, told that photos.example is the local image server."""
    server = BotApiDouble(hosts={"photos.example": images.url})
    await server.start()
    yield server
    await server.stop()
    assert server.internal_errors == [] and server.spec_violations == []


async def test_photo_by_url_is_downloaded_and_shown_with_its_sizes(
    bot: telegram.Bot, alice: DoubleUser, images: ImageServer
) -> None:
    sent = await bot.send_photo(1001, "https://photos.example/img/hall.png?v=2", caption="Hall A")
    assert [(s.width, s.height) for s in sent.photo] == [
        (90, 54), (320, 192), (800, 480), (1000, 600)
    ]  # fmt: skip
    assert images.seen == ["/img/hall.png?v=2"]
    assert alice.last is not None and alice.last.photo == PNG and alice.last.text == "Hall A"
    file = await bot.get_file(sent.photo[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == PNG
    again = await bot.send_photo(1001, f"{images.url}/moved")  # loopback, and one redirect
    assert again.photo[-1].width == 1000 and images.seen[-2:] == ["/moved", "/img/hall.png"]


async def test_unknown_host_is_refused_without_a_connection(
    bot: telegram.Bot, alice: DoubleUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the double tried to connect")

    monkeypatch.setattr(fetch_module.aiohttp, "ClientSession", no_network)
    with pytest.raises(BadRequest, match=UNREACHABLE):
        await bot.send_photo(1001, "https://img.example/knife.jpg")
    with pytest.raises(BadRequest, match=UNREACHABLE):
        await bot.send_document(1001, "http://10.0.0.1/spec.pdf")
    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier/http url specified"):
        await bot.send_photo(1001, "https://no-dot/x.jpg")
    assert alice.last is None


async def test_what_telegram_would_not_take_by_url(
    bot: telegram.Bot, alice: DoubleUser, images: ImageServer, double: BotApiDouble
) -> None:
    with pytest.raises(BadRequest, match=WRONG_TYPE):
        await bot.send_photo(1001, "https://photos.example/page.html")
    with pytest.raises(BadRequest, match=r"(?i)^image_process_failed$"):
        await bot.send_photo(1001, "https://photos.example/fake.jpg")
    for path in ("/missing.png", "/huge.jpg", "/away"):
        with pytest.raises(BadRequest, match=UNREACHABLE):
            await bot.send_photo(1001, f"https://photos.example{path}")
    double.world.files.fetcher.timeout = 0.3
    with pytest.raises(BadRequest, match=UNREACHABLE):
        await bot.send_photo(1001, "https://photos.example/slow.png")
    assert alice.last is None


async def test_document_by_url_is_downloaded_if_telegram_takes_its_type(
    bot: telegram.Bot, alice: DoubleUser
) -> None:
    sent = await bot.send_document(1001, "https://photos.example/docs/spec.pdf")
    assert sent.document is not None
    assert sent.document.file_name == "spec.pdf" and sent.document.file_size == len(PDF)
    assert sent.document.mime_type == "application/pdf"
    assert alice.last is not None and alice.last.document == PDF
    with pytest.raises(BadRequest, match=WRONG_TYPE):
        await bot.send_document(1001, "https://photos.example/list.csv")
