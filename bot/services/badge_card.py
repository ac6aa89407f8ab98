"""The e-badge as a gate attendant sees it on a buyer's phone: the fair's name, the QR
code, and under it whose badge it is (the buyer's name and buyer ID).

A bare QR code told the attendant nothing until scanned. The QR is pasted pixel for pixel
as `badge.qr_png` makes it, so the image scans as before. Names are drawn in the font of
their script, shaped and ordered by Pillow's raqm layout (Arabic joined, right to left;
Thai and Devanagari marks in place).
"""

from __future__ import annotations

import io
import unicodedata
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from bot import fonts
from bot.services.badge import qr_png

WIDTH = 640
MARGIN = 32
_INK = (17, 24, 39)
_MUTED = (75, 85, 99)
_ACCENT = (30, 64, 175)


def badge_png(token: str, name: str, buyer_code: str, fair: str) -> bytes:
    """The badge image: `fair` above the QR of `token`, `name` and `buyer_code` below."""
    qr = Image.open(io.BytesIO(qr_png(token))).convert("RGB")
    top, below = 96, 150
    card = Image.new("RGB", (WIDTH, top + qr.height + below), "white")
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, WIDTH, top - 16), fill=_ACCENT)
    _centered(draw, fair, (top - 16) // 2, 34, (255, 255, 255), bold=True)
    card.paste(qr, ((WIDTH - qr.width) // 2, top))
    y = top + qr.height
    _centered(draw, name, y + 40, 40, _INK, bold=True)
    _centered(draw, buyer_code, y + 100, 32, _MUTED, monospace=True)
    out = io.BytesIO()
    card.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _centered(
    draw: ImageDraw.ImageDraw,
    text: str,
    y: int,
    size: int,
    fill: tuple[int, int, int],
    bold: bool = False,
    monospace: bool = False,
) -> None:
    """`text` centred on the line at `y`, made smaller (then cut with "…") to fit."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    path, index = (fonts.MONOSPACE, 0) if monospace else _font_for(text, bold)
    room = WIDTH - 2 * MARGIN
    while True:
        font = _font(path, index, size)
        if draw.textlength(text, font=font) <= room or (size <= 20 and len(text) <= 1):
            break
        if size > 20:
            size -= 2
        else:
            text = text[:-2] + "…"
    draw.text((WIDTH // 2, y), text, font=font, fill=fill, anchor="mm")


def _font_for(text: str, bold: bool) -> tuple[Path, int]:
    """The font file (and face) for the script of the text's first letter beyond Latin."""
    for char in text:
        code = ord(char)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
            return fonts.ARABIC, 0
        if 0x0E00 <= code <= 0x0E7F:
            return fonts.THAI, 0
        if 0x0900 <= code <= 0x097F:
            return fonts.DEVANAGARI, 0
        if 0x3040 <= code <= 0x30FF:
            return fonts.CJK, 0  # kana: the Japanese face
        if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            return fonts.CJK, 1  # Hangul: the Korean face
        if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
            return fonts.CJK, 2  # Han alone: Simplified Chinese forms
    return (fonts.LATIN_BOLD if bold else fonts.LATIN), 0


@cache
def _font(path: Path, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, index=index, layout_engine=ImageFont.Layout.RAQM)
