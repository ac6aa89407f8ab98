"""E-badges: signing, forgery, the QR image, the badge card around it, and the verify-badge
command on both engines."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

from bot.db.engine import Database
from bot.services import badge, buyers, users
from bot.services.badge_card import badge_png
from tests.auxil.cli_inprocess import Result, bot_py

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"test-secret-0123456789abcdef"


def test_a_signed_token_verifies_and_a_changed_one_does_not() -> None:
    token = badge.sign("CF7K3M9Q2X", SECRET)
    assert badge.verify(token, SECRET) == badge.BadgeCheck(True, "CF7K3M9Q2X")
    assert badge.verify(" " + token.lower() + " ", SECRET).valid
    forged = token.replace("CF7K3M9Q2X", "CF7K3M9Q2Y")
    for bad in (forged, token[:-1] + "A", "FCB1:CF7K3M9Q2X", "", "hello", token + ":x"):
        assert not badge.verify(bad, SECRET).valid
    assert not badge.verify(token, b"another-secret-0123456789").valid


def test_qr_is_a_png() -> None:
    png = badge.qr_png(badge.sign("CF7K3M9Q2X", SECRET))
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 300


def test_buyer_codes_are_random_and_well_formed() -> None:
    codes = {badge.new_buyer_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 10 and c.startswith("CF") for c in codes)


async def _verify(database: Database, token: str) -> Result:
    env = {"DATABASE_URL": database.url, "BADGE_SECRET": SECRET.decode()}
    return await bot_py(ROOT, "verify-badge", token, env=env)


async def test_verify_badge_command(database: Database) -> None:
    now = datetime(2026, 10, 1, tzinfo=UTC)
    async with database.write() as s:
        await users.ensure(s, 1, "en", now)
        profile = await buyers.create(
            s,
            1,
            {
                "full_name": "Ana García",
                "company": "Muebles",
                "country": "ES",
                "timezone": "Europe/Madrid",
                "email": "a@b.es",
                "interests": [],
                "consent": True,
            },
            now,
        )
    token = badge.sign(profile.buyer_code, SECRET)
    valid = await _verify(database, token)
    assert (
        valid.returncode == 0
        and "Ana García" in valid.stdout
        and profile.buyer_code in valid.stdout
    )
    forged = await _verify(database, token[:-2] + "AA")
    assert forged.returncode == 1 and "FORGED" in forged.stdout
    orphan = await _verify(database, badge.sign("CF0000000", SECRET))
    assert orphan.returncode == 1 and "NO BUYER" in orphan.stdout


def test_the_badge_shows_the_fair_name_and_code_around_the_qr_unchanged() -> None:
    token = badge.sign("CF7K3M9Q2X", SECRET)
    card = Image.open(io.BytesIO(badge_png(token, "فهد العتيبي", "CF7K3M9Q2X", "Canton Fair")))
    qr = Image.open(io.BytesIO(badge.qr_png(token))).convert("RGB")
    left, top = (card.width - qr.width) // 2, 96
    # the QR as qr_png makes it, pixel for pixel: it scans as before
    assert card.crop((left, top, left + qr.width, top + qr.height)).tobytes() == qr.tobytes()
    fair, under = card.crop((0, 0, card.width, top)), card.crop((0, top + qr.height, *card.size))
    assert (255, 255, 255) in {color for _, color in fair.getcolors(4096) or []}  # its name
    other = Image.open(io.BytesIO(badge_png(token, "Ana", "CF7K3M9Q2X", "Canton Fair")))
    assert other.crop((0, top + qr.height, *other.size)).tobytes() != under.tobytes()
    darkest, _ = under.convert("L").getextrema()
    assert isinstance(darkest, int) and darkest < 80  # the name and code are drawn in ink
