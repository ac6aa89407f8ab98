"""Product pictures for the offline demo: ``/img/<product id>-<k>.jpg`` drawn as a JPEG tile.

Why: the demo catalog's products point at ``https://demo.fair.invalid/img/...``, a host that
exists nowhere. The demo's Bot API double maps that host to the demo's own web server
(``hosts=`` in the runner), so the real bot's ``send_photo(URL)`` succeeds as it would in
production and the web chat shows a card with its photo. Each picture is a tile in its
category's colour with the product's and the exhibitor's English names, drawn with Pillow.
"""

from __future__ import annotations

import asyncio
import colorsys
import functools
import hashlib
import io
import re

from aiohttp import web
from PIL import Image, ImageDraw, ImageFont

from bot.db.engine import Database
from bot.services import product_cards
from bot.services.product_cards import Picture

WIDTH, HEIGHT = 800, 600
MARGIN = 56
PATH = re.compile(r"(?P<product>[\w.-]{1,64})-(?P<k>[1-9]\d?)\.jpg")


class ProductPictures:
    """The ``/img/{name}`` route: reads the product, renders (or reuses) its tile."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def handle(self, request: web.Request) -> web.Response:
        match = PATH.fullmatch(request.match_info["name"])
        if match is None:
            raise web.HTTPNotFound()
        async with self.db.read() as session:
            found = await product_cards.picture(session, match["product"])
        if found is None:
            raise web.HTTPNotFound()
        body = await asyncio.to_thread(render, found, int(match["k"]))
        return web.Response(
            body=body, content_type="image/jpeg", headers={"Cache-Control": "max-age=300"}
        )


@functools.lru_cache(maxsize=64)
def render(picture: Picture, k: int) -> bytes:
    """The JPEG of one picture; kept for the next ask, since a tile costs tens of ms to draw.

    Keyed on the names themselves, so a product renamed by a sync gets a new tile.
    """
    hue = _hue(picture.category_id or picture.product_id)
    image = Image.new("RGB", (WIDTH, HEIGHT), _colour(hue, 0.80, 0.55))
    draw = ImageDraw.Draw(image)
    # The k-th photo of a product shows its disc in another corner, so the pictures differ.
    cx, cy = [(640, 150), (150, 470), (650, 480)][(k - 1) % 3]
    draw.ellipse((cx - 190, cy - 190, cx + 190, cy + 190), fill=_colour(hue, 0.72, 0.50))
    draw.rounded_rectangle(
        (MARGIN - 16, 150, WIDTH - MARGIN + 16, HEIGHT - 90), radius=28, fill=(255, 255, 255)
    )
    label = ImageFont.load_default(size=26)
    title = ImageFont.load_default(size=48)
    small = ImageFont.load_default(size=28)
    dark, muted = _colour(hue, 0.25, 0.45), (90, 90, 90)
    draw.text((MARGIN, 70), (picture.category or "").upper(), font=label, fill=dark)
    y = 180
    for line in _wrap(picture.name, title, WIDTH - 2 * MARGIN)[:4]:
        draw.text((MARGIN, y), line, font=title, fill=dark)
        y += 60
    for line in _wrap(picture.exhibitor, small, WIDTH - 2 * MARGIN)[:2]:
        draw.text((MARGIN, y + 20), line, font=small, fill=muted)
        y += 36
    draw.text((MARGIN, HEIGHT - 60), f"{picture.product_id} · {k}", font=label, fill=dark)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def _hue(key: str) -> float:
    """A stable hue per category (Python's hash() changes from run to run)."""
    return hashlib.blake2b(key.encode(), digest_size=2).digest()[0] / 256


def _colour(hue: float, lightness: float, saturation: float) -> tuple[int, int, int]:
    r, g, b = colorsys.hls_to_rgb(hue, lightness, saturation)
    return round(r * 255), round(g * 255), round(b * 255)


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> list[str]:
    """Words into lines no wider than ``width`` pixels (a single long word gets its own line)."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines
