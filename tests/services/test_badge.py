"""E-badges: signing, forgery, the QR image, and the verify-badge command on both engines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.db.engine import Database
from bot.services import badge, buyers, users
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
