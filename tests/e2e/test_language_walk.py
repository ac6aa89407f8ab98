# ruff: noqa: RUF001 - names and countries in the buyers' own scripts
"""Every shipped language end to end: a buyer registers, searches, opens a card, checks
in and books a meeting in their language, and no English word of the bot's own is on
their screen (messages, captions and buttons).

The buyers of all languages walk at once, against one bot: the walk doubles as a test
of concurrent updates. What the buyer typed and what the catalog holds (product and
exhibitor names) are data, not the bot's words, and are taken out before the
screen is read.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.deps import Deps
from bot.i18n import DEFAULT_LOCALE
from bot.services.timezones import timezone_label
from bot.telegram_double import BotApiDouble
from catalog_sync.runner import sync
from handlers.context import FairApplication
from handlers.meetings_views import when
from tests.auxil.checkin import fair_time
from tests.auxil.feed import base_catalog, stamp, write
from tests.auxil.registration import register_in_chat
from tests.auxil.talk import Talk

pytestmark = pytest.mark.timeout(120)


@dataclass(frozen=True)
class Buyer:
    """A buyer's answers: the name, the country as they type it, their time zone."""

    name: str
    country: str
    zone: str


BUYERS = {
    "zh_Hans": Buyer("李雷", "德国", "Europe/Berlin"),
    "es": Buyer("Ana García", "Alemania", "Europe/Berlin"),
    "fr": Buyer("Claire Martin", "France", "Europe/Paris"),
    "ru": Buyer("Иван Петров", "Германия", "Europe/Berlin"),
    "ar": Buyer("فهد العتيبي", "السعودية", "Asia/Riyadh"),
    "pt": Buyer("João Silva", "Brasil", "America/Sao_Paulo"),
    "ja": Buyer("佐藤 健", "日本", "Asia/Tokyo"),
    "ko": Buyer("김지현", "대한민국", "Asia/Seoul"),
    "vi": Buyer("Nguyễn Thị Lan", "Việt Nam", "Asia/Ho_Chi_Minh"),
    "th": Buyer("สมชาย ใจดี", "ไทย", "Asia/Bangkok"),
    "id": Buyer("Budi Santoso", "Indonesia", "Asia/Jakarta"),
    "tr": Buyer("Ayşe Yılmaz", "Türkiye", "Europe/Istanbul"),
    "hi": Buyer("राहुल शर्मा", "भारत", "Asia/Kolkata"),
}
NOW = fair_time(date(2026, 10, 15), 9)  # a fair day, 01:00 UTC
PRODUCT = "LED strip model 0"
# What the screen may hold besides the bot's words: names the world writes in Latin
# letters everywhere, and trade terms buyers use as they are.
KEPT = {
    "telegram", "fair", "concierge", "moq", "fob", "oem", "odm", "usd", "utc", "ics", "mail",
    "shanghai",
}  # fmt: skip
# Words that are English and the reader's own as well ("chat" in Spanish, "badge" and
# "page" in French, "com" in Portuguese, "data" in Indonesian), or Babel's abbreviations
# ("out." for October in Portuguese, "Per" for Thursday in Turkish; "metre" is Turkish).
SHARED = {
    "es": {"chat"},
    "fr": {"chat", "badge", "dates", "moment", "invitation", "suit", "points", "hall", "page"},
    "pt": {"chat", "com", "out"},
    "id": {"email", "data"},
    "tr": {"per", "metre"},
}  # fmt: skip
# Whole words of three letters or more ("de", "en", "no" are words of many languages);
# "botón" is one word, not "bot".
_WORD = re.compile(r"[^\W\d_]{3,}")
# E-mail addresses, links, commands, buyer codes and Babel's currency symbols ("US$").
_NOT_WORDS = [r"\S+@\S+", r"https?://\S+", r"/\w+", r"\bCF\w+", r"\b[A-Z]{1,3}\$"]


def english_words(deps: Deps) -> set[str]:
    """Every word of the bot's English texts, lower-cased."""
    words: set[str] = set()
    for text in deps.i18n.catalogs[DEFAULT_LOCALE]._catalog.values():  # plural forms too
        words.update(w.lower() for w in _WORD.findall(re.sub(r"{\w*}|<[^>]*>", " ", text)))
    return words - KEPT


def catalog(directory: Path) -> None:
    """The sync tests' catalog, and a future meeting slot for each buyer: buyer n books
    with exhibitor 1 + n % 2 (the maker of "LED strip model {n % 2}"), each at their own
    time, so that every slot is among the first a listing shows (meetings.LIMIT)."""
    base_catalog(directory, products=6)
    write(directory, "availability", [
        {"id": f"W{n}", "exhibitor_id": f"EX000{1 + n % 2}",
         "starts_at": f"{slot_start(n):%Y-%m-%dT%H:%M:%SZ}",
         "ends_at": f"{slot_start(n) + timedelta(minutes=30):%Y-%m-%dT%H:%M:%SZ}",
         "updated_at": stamp(5)}
        for n in range(len(BUYERS))
    ])  # fmt: skip


def slot_start(n: int) -> datetime:
    return (NOW + timedelta(hours=3 + n // 2)).astimezone(UTC)


async def walk(talk: Talk, buyer: Buyer, n: int) -> None:
    """Register, check in, search, open the card, book slot W`n` (each buyer their own);
    Chinese readers see the products' Chinese names."""
    zone = ZoneInfo(buyer.zone)
    city = timezone_label(buyer.zone, talk.t.code, NOW).split(" (")[0]
    await register_in_chat(talk, buyer.name, buyer.country, city)
    await talk.command("checkin")
    await talk.expect("✅ You are checked in for {date}.")
    await talk.say(PRODUCT)
    await talk.expect("Results for “{query}”: {count}")
    await talk.tap(f"LED灯带{n % 2}" if talk.t.code == "zh_Hans" else f"LED strip model {n % 2}")
    await talk.expect("Exhibitor: {name}")
    await talk.tap("📅 Book a meeting")
    await talk.expect("Book a meeting with {exhibitor}")
    start = slot_start(n)
    await talk.tap("📅 " + when(talk.t, start, start + timedelta(minutes=30), zone))
    await talk.expect("Book this meeting?")
    await talk.tap("✅ Confirm")
    await talk.expect("Meeting booked.")
    await talk.expect_document()


def english_on_screen(talk: Talk, words: set[str], data: list[str]) -> list[str]:
    """The English words of the bot's texts in the buyer's chat, each with its line;
    `data` are patterns of what is not the bot's text (names, what the buyer typed)."""
    found = []
    allowed = words - SHARED.get(talk.t.code, set())
    for message in talk.user.bot_messages:
        lines = [message.text, *(str(b.get("text")) for b in message.buttons)]
        for line in "\n".join(lines).split("\n"):
            rest = re.sub("|".join([*data, *_NOT_WORDS]), " ", line)
            for word in _WORD.findall(rest):
                if word.isascii() and word.lower() in allowed:
                    found.append(f"{word!r} in {line!r}")
    return found


async def test_every_language_walks_the_buyer_s_path_without_english(
    bot: FairApplication, double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    catalog(tmp_path / "feed")
    await sync(deps.db, str(tmp_path / "feed"), deps.clock)
    deps.clock.freeze(NOW)
    codes = [code for code in deps.i18n.codes if code != DEFAULT_LOCALE]
    assert set(codes) <= set(BUYERS), "a shipped language with no buyer to walk it"
    talks = {
        code: Talk(double, deps, 9000 + n, BUYERS[code].name.split()[0], code.replace("_", "-"))
        for n, code in enumerate(codes)
    }
    await asyncio.gather(*(walk(talks[code], BUYERS[code], n) for n, code in enumerate(codes)))
    words = english_words(deps)
    data = [
        r"LED strip model \d+",
        r"Maker \d+ Co\., Ltd\.",
        "Lighting",
        "LED",
        re.escape("Acme <Trading> & Co"),
        re.escape(deps.settings.fair_name),
    ]
    found = {
        code: english_on_screen(talk, words, [*data, re.escape(BUYERS[code].name)])
        for code, talk in talks.items()
    }
    assert {code: lines for code, lines in found.items() if lines} == {}
