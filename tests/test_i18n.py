"""Languages: negotiation, complete catalogs, placeholders, direction, a new language by file."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LOCALES_DIR, RLM, I18n, placeholders
from bot.translations import extract
from handlers.refusal_texts import HINTS, Place

SHIPPED = {"en", "zh_Hans", "es", "fr", "ru", "ar", "pt", "ja", "ko", "vi", "th", "id", "tr", "hi"}


def test_the_fourteen_locales_ship(i18n: I18n) -> None:
    assert set(i18n.codes) == SHIPPED and i18n.codes[0] == "en"


@pytest.mark.parametrize(
    ("telegram_code", "expected"),
    [
        ("pt-br", "pt"),
        ("pt", "pt"),
        ("zh-hans", "zh_Hans"),
        ("zh-cn", "zh_Hans"),
        ("zh", "zh_Hans"),
        ("es-419", "es"),
        ("ar-SA", "ar"),
        ("ja", "ja"),
        ("ru", "ru"),
        ("fr-CA", "fr"),
        ("ko-KR", "ko"),
        ("vi", "vi"),
        ("th-TH", "th"),
        ("id", "id"),
        ("in", "id"),  # Indonesian's code before 1989, still sent by old Android phones
        ("tr-TR", "tr"),
        ("hi-IN", "hi"),
        ("en-IN", "en"),
        ("en-GB", "en"),
        ("de", "en"),
        ("xx-yy", "en"),
        ("", "en"),
        (None, "en"),
        ("not a code", "en"),
    ],
)
def test_language_negotiation(i18n: I18n, telegram_code: str | None, expected: str) -> None:
    assert i18n.negotiate(telegram_code) == expected


def test_language_buttons_use_each_language_s_own_name(i18n: I18n) -> None:
    names = {code: i18n.native_name(code) for code in i18n.codes}
    assert names["es"] == "Español" and names["ru"] == "Русский" and names["ja"] == "日本語"
    assert names["ar"] == "العربية" and names["zh_Hans"].startswith("中文")
    assert names["ko"] == "한국어" and names["th"] == "ไทย" and names["hi"] == "हिन्दी"
    assert names["vi"] == "Tiếng Việt" and names["tr"] == "Türkçe"
    assert names["id"] == "Bahasa Indonesia"


def test_every_msgid_in_the_code_is_translated_in_every_locale() -> None:
    """Missing, empty or fuzzy translations, and placeholder mismatches, all fail here."""
    template = extract()
    msgids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert len(msgids) > 50
    problems: list[str] = []
    for po_path in sorted(LOCALES_DIR.glob("*/LC_MESSAGES/messages.po")):
        code = po_path.parent.parent.name
        with po_path.open("rb") as po:
            catalog = read_po(po, locale=code)
        for msgid in sorted(msgids):
            message = catalog.get(msgid)
            if message is None:
                problems.append(f"{code}: missing {msgid!r}")
                continue
            strings = (
                message.string if isinstance(message.string, (tuple, list)) else (message.string,)
            )
            if not all(strings) or message.fuzzy:
                problems.append(f"{code}: untranslated {msgid!r}")
            for string in strings:
                if string and placeholders(string) != placeholders(msgid):
                    problems.append(f"{code}: placeholders differ in {msgid!r}: {string!r}")
    assert problems == []


def test_adding_a_language_is_adding_a_po_file(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales, ignore=shutil.ignore_patterns("*.mo"))
    german = locales / "de" / "LC_MESSAGES"
    german.mkdir(parents=True)
    (german / "messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Choose your language:"\nmsgstr "Wählen Sie Ihre Sprache:"\n',
        encoding="utf-8",
    )
    i18n = I18n(locales)
    assert "de" in i18n.codes and i18n.negotiate("de-AT") == "de"
    assert i18n.native_name("de") == "Deutsch"
    assert i18n.translator("de").gettext("Choose your language:") == "Wählen Sie Ihre Sprache:"


def test_arabic_lines_start_right_to_left_and_values_are_isolated(i18n: I18n) -> None:
    t = i18n.translator("ar")
    assert t.rtl and not i18n.translator("en").rtl
    text = t.paragraphs("Ana <b>\n\nCF123")
    assert text.split("\n") == [RLM + "Ana <b>", "", RLM + "CF123"]
    assert t.value("<b>Ali</b> & co") == "\u2068&lt;b&gt;Ali&lt;/b&gt; &amp; co\u2069"
    # an amount keeps its own left-to-right order inside Arabic text: "1.20 US$", not "$US"
    assert t.money(1.2, "USD") == "\u20661.20\xa0US$\u2069"


def test_dates_numbers_and_money_follow_the_reader_s_locale(i18n: I18n) -> None:
    moment = datetime(2026, 10, 15, 1, 55, tzinfo=UTC)
    shanghai = ZoneInfo("Asia/Shanghai")
    assert i18n.translator("en").time(moment, shanghai) == "9:55\u202fAM"
    assert i18n.translator("ru").time(moment, shanghai) == "09:55"
    assert "octubre" in i18n.translator("es").date(date(2026, 10, 15))
    assert i18n.translator("fr").number(1234567) == "1\u202f234\u202f567"
    assert i18n.translator("ja").money(1250.5, "USD") == "$1,250.50"
    assert "15" in i18n.translator("zh_Hans").date_range(date(2026, 10, 15), date(2026, 10, 24))
    assert i18n.translator("ko").date(date(2026, 10, 15)) == "2026년 10월 15일"
    assert i18n.translator("th").date(date(2026, 10, 15)).startswith("15 ตุลาคม")
    assert i18n.translator("vi").time(moment, shanghai) == "09:55"
    assert i18n.translator("id").money(1250.5, "USD") == "US$1.250,50"
    assert i18n.translator("tr").date(date(2026, 10, 15)) == "15 Ekim 2026"
    assert i18n.translator("hi").number(1234567) == "12,34,567"  # lakh grouping


def test_a_limit_in_a_hint_takes_the_reader_s_plural_form(i18n: I18n) -> None:
    too_long = HINTS[Place.REGISTRATION]["too_long"]
    ru, en = i18n.translator("ru"), i18n.translator("en")
    assert "21 символа" in ru.counted(too_long, 21, limit=21)
    assert "64 символов" in ru.counted(too_long, 64, limit=64)
    assert "1 character at" in en.counted(too_long, 1, limit=1)
    assert "2 characters at" in en.counted(too_long, 2, limit=2)


def test_a_value_that_ends_a_sentence_gets_no_second_full_stop(i18n: I18n) -> None:
    en, ru = i18n.translator("en"), i18n.translator("ru")
    sent = en.format(
        "Sent to the staff of {exhibitor}. I will tell you when someone answers.",
        exhibitor="Maker 1 Co., Ltd.",
    )
    assert sent.startswith("Sent to the staff of Maker 1 Co., Ltd. I will tell")
    checked = ru.format("✅ You are checked in for {date}.", date=ru.date(date(2026, 10, 15)))
    assert checked.endswith("2026\u202f\u0433.") and not checked.endswith("..")
    assert en.plain("{name}.", name="Fine") == "Fine."  # a value without one keeps it


def test_spanish_addresses_every_reader_as_usted() -> None:
    """One form of address per language: no tú or vosotros anywhere in Spanish."""
    familiar = re.compile(
        r"\b(tú|tu|tus|te|ti|contigo|vosotros|vosotras|os|vuestro|vuestra|puedes|quieres"
        r"|tienes|eres|estás)\b",
        re.IGNORECASE,
    )
    with (LOCALES_DIR / "es" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po, locale="es")
    found = [
        text
        for message in catalog
        if message.id
        for text in (
            message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        )
        if text and familiar.search(str(text))
    ]
    assert found == []
