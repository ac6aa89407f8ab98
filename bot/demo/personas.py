"""The people on the demo's left column: a buyer for each shipped language but English,
an organizer, and exhibitor staff (bot/demo/staff.py links them)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.i18n import I18n
from bot.services.product_cards import localized

MAX_NAME = 64


@dataclass(frozen=True)
class Persona:
    """A demo user; `language_code` is what their Telegram app would report."""

    id: int
    name: str
    language_code: str
    avatar: str
    country: str | None = None
    organizer: bool = False
    staff: bool = False
    staff_of: dict[str, str] | None = None  # the exhibitor's names, once linked
    feminine: bool = False  # her labels take the feminine form where there is one


def default_personas(organizer_id: int) -> list[Persona]:
    return [
        Persona(1001, "Lucía Fernández", "es-ES", "🇪🇸", country="ES", feminine=True),
        Persona(1002, "فهد العتيبي", "ar", "🇸🇦", country="SA"),
        Persona(1003, "João Silva", "pt-br", "🇧🇷", country="BR"),
        Persona(1004, "佐藤 健", "ja", "🇯🇵", country="JP"),
        Persona(1005, "김지현", "ko", "🇰🇷", country="KR", feminine=True),
        Persona(1006, "Nguyễn Thị Lan", "vi", "🇻🇳", country="VN", feminine=True),
        Persona(1007, "สมชาย ใจดี", "th", "🇹🇭", country="TH"),
        Persona(1008, "Budi Santoso", "id", "🇮🇩", country="ID"),
        Persona(1009, "Ayşe Yılmaz", "tr", "🇹🇷", country="TR", feminine=True),  # noqa: RUF001 - a Turkish dotless i
        Persona(1010, "राहुल शर्मा", "hi", "🇮🇳", country="IN"),
        Persona(organizer_id, "Fair Organizer", "en", "🏛️", organizer=True),
    ]


def describe(persona: Persona, i18n: I18n) -> dict[str, object]:
    """The persona as the web chat shows it, in the persona's own language."""
    code = i18n.negotiate(persona.language_code)
    t = i18n.translator(code)
    # Plain text for the page (t.format would escape it for Telegram's HTML). A woman's
    # label takes the feminine form where her language has one ("Compradora").
    she = persona.feminine
    if persona.organizer:
        subtitle = t.gettext("Organizer")
    elif persona.staff_of is not None:
        subtitle = (
            t.pgettext("feminine", "Staff of {exhibitor}") if she
            else t.gettext("Staff of {exhibitor}")
        ).format(exhibitor=localized(persona.staff_of, code, "?"))  # fmt: skip
    elif persona.staff:
        subtitle = (
            t.pgettext("feminine", "Exhibitor staff") if she else t.gettext("Exhibitor staff")
        )
    elif persona.country:
        # Translators: Demo web chat: a buyer's subtitle in the list of chats; {country} is
        # a country name ("Spain"): word it so that any country name fits.
        subtitle = (
            t.pgettext("feminine", "Buyer from {country}") if she
            else t.gettext("Buyer from {country}")
        ).format(country=t.country(persona.country))  # fmt: skip
    else:
        subtitle = t.gettext("Buyer")
    return {
        "id": persona.id,
        "name": persona.name,
        "language": code,
        "rtl": t.rtl,
        "avatar": persona.avatar,
        "subtitle": subtitle,
    }


def telegram_language(code: str) -> str:
    """How a Telegram app reports a locale: `zh_Hans` is `zh-hans`."""
    return code.replace("_", "-").lower()
