"""Buyers and a broadcast drafted and confirmed by the organizer, on the services."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.db.engine import Database
from bot.services import broadcast_delivery as delivery
from bot.services import broadcasts, buyers, users

NOW = datetime(2026, 10, 15, 2, 0, tzinfo=UTC)
ADMIN = 900001
LANGUAGES = ["en", "zh_Hans", "es", "fr", "ru", "ar", "pt", "ja"]
HEADERS = {code: f"[{code}]\n\n" for code in LANGUAGES}
ANSWERS = {
    "full_name": "Maria", "company": "Co", "country": "ES", "timezone": "Europe/Madrid",
    "email": "m@example.es", "interests": [], "consent": True,
}  # fmt: skip


async def add_buyers(db: Database, languages: dict[int, str], registered: bool = True) -> None:
    async with db.write() as s:
        for telegram_id, language in languages.items():
            await users.ensure(s, telegram_id, language, NOW)
            if registered:
                await buyers.create(s, telegram_id, ANSWERS, NOW)


async def draft(db: Database, mode: str, texts: list[str | None]) -> str:
    """Walk the flow to the preview: a text per language asked for (None skips it)."""
    async with db.write() as s:
        await users.ensure(s, ADMIN, "en", NOW)
        token = (await broadcasts.start(s, ADMIN, NOW)).token
        await broadcasts.choose_mode(s, ADMIN, token, mode, NOW)
    for text in texts:
        async with db.write() as s:
            if text is None:
                await broadcasts.skip(s, ADMIN, token, LANGUAGES, NOW)
            else:
                await broadcasts.take_text(s, ADMIN, text, HEADERS, LANGUAGES, NOW)
    return token


async def confirm(db: Database, token: str) -> delivery.Created:
    async with db.write() as s:
        return await delivery.confirm(s, ADMIN, token, HEADERS, NOW, NOW)
