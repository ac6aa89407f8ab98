"""Translations and locale-aware formatting, per reader, via Babel.

Catalogs are discovered on disk: a language ships when
`locales/<lang>/LC_MESSAGES/messages.po` exists, and nothing else has to
change. Compiled `.mo` files are used when they are up to date; otherwise the
`.po` is compiled in memory, so a fresh checkout never speaks a stale catalog.
Nothing here installs a process-wide `_`: every reply is translated for its
reader through a `Translator`.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, tzinfo
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from babel import Locale, UnknownLocaleError, negotiate_locale
from babel.core import get_global
from babel.dates import (
    format_date,
    format_datetime,
    format_interval,
    format_skeleton,
    format_time,
)
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from babel.support import Translations

DEFAULT_LOCALE = "en"
DOMAIN = "messages"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"

# Direction marks: a paragraph in a Telegram client takes its direction from its
# first strong character, so Arabic lines that open with a Latin name or a digit
# would turn left-to-right. A right-to-left mark at the start of each line keeps
# them right-to-left, and isolates keep embedded Latin values from reordering.
RLM = "\u200f"
FSI, PDI = "\u2068", "\u2069"
LRI = "\u2066"

# Where CLDR's name is not the one speakers pick from a list: Indonesian is "Indonesia"
# there, which reads as the country; Telegram's own language list says "Bahasa Indonesia".
_NATIVE_NAMES = {"id": "Bahasa Indonesia"}

_PLACEHOLDER = re.compile(r"{(\w*)[^{}]*}")


def isolated(text: str) -> str:
    """`text` in a first-strong isolate, for a value whose direction may differ from the
    reader's whatever their language ("العربية: 5" in an English list keeps its colon
    and number after the name)."""
    return f"{FSI}{text}{PDI}"


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; it is translated where shown."""
    return message


class Plural(NamedTuple):
    """A message that holds a number, in its two English forms: each language picks its
    own form for the number (Russian has three, Arabic six)."""

    singular: str
    plural: str


def NP_(singular: str, plural: str) -> Plural:
    """Mark a plural message for extraction where it is defined (`N_`'s plural)."""
    return Plural(singular, plural)


def placeholders(message: str) -> set[str]:
    """The named `{placeholders}` in a message, to compare a translation with its msgid."""
    return set(_PLACEHOLDER.findall(message.replace("{{", "").replace("}}", "")))


@dataclass(frozen=True)
class Translator:
    """Everything one reader needs: their catalog, their Babel locale, their direction."""

    code: str
    locale: Locale
    translations: Translations

    @property
    def rtl(self) -> bool:
        return self.locale.character_order == "right-to-left"

    def gettext(self, message: str) -> str:
        return self.translations.gettext(message)

    def pgettext(self, context: str, message: str) -> str:
        """`message` in the sense `context` names ("feminine": the form for a woman)."""
        return str(self.translations.pgettext(context, message))

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translations.ngettext(singular, plural, n)

    # The one way to fill a translation's placeholders: `format` (and `nformat`, its
    # plural) for message text, which Telegram parses as HTML, and `plain` for text it
    # does not parse (button labels, alerts, calendar invitations).
    def format(self, message: str, **values: object) -> str:
        """Translate `message` and fill its placeholders with HTML-escaped values."""
        return _fill(self.gettext(message), values, self.value)

    def nformat(self, singular: str, plural: str, number: int, /, **values: object) -> str:
        """`format` for a message whose form depends on `number` (positional, so that a
        placeholder may be called anything, `n` included)."""
        return _fill(self.ngettext(singular, plural, number), values, self.value)

    def counted(self, message: str | Plural, number: int, /, **values: object) -> str:
        """`format` or `nformat` for a message defined apart from where it is shown (a
        table of hints holds both kinds)."""
        if isinstance(message, Plural):
            return self.nformat(message.singular, message.plural, number, **values)
        return self.format(message, **values)

    def plain(self, message: str, **values: object) -> str:
        """Translate `message` and fill its placeholders with the values as they are."""
        return _fill(self.gettext(message), values, str)

    def value(self, value: object) -> str:
        """A value for a message sent with parse_mode HTML, isolated in RTL text."""
        text = html.escape(str(value), quote=False)
        return f"{FSI}{text}{PDI}" if self.rtl else text

    def paragraphs(self, text: str) -> str:
        """The final text of a message: every line starts in the reader's direction."""
        if not self.rtl:
            return text
        return "\n".join(RLM + line if line else line for line in text.split("\n"))

    def date(self, value: date, fmt: str = "long") -> str:
        return format_date(value, format=fmt, locale=self.locale)

    def date_range(self, start: dt.date, end: dt.date) -> str:
        return format_interval(start, end, "yMMMd", locale=self.locale)

    def datetime(self, value: dt.datetime, zone: tzinfo, fmt: str = "medium") -> str:
        return format_datetime(value, format=fmt, tzinfo=zone, locale=self.locale)

    def time(self, value: dt.datetime, zone: tzinfo, fmt: str = "short") -> str:
        return format_time(value, format=fmt, tzinfo=zone, locale=self.locale)

    def day(self, value: dt.datetime, zone: tzinfo) -> str:
        """Weekday and date, short ("Thu, Oct 15", "10月15日(木)"), on the clock of `zone`."""
        return format_skeleton("MMMEd", value, tzinfo=zone, locale=self.locale)

    def day_and_year(self, value: dt.datetime) -> str:
        """Weekday and full date of an aware datetime as it stands ("Fri, Dec 4, 2026")."""
        return format_skeleton("yMMMEd", value, locale=self.locale)

    def time_range(self, start: dt.datetime, end: dt.datetime, zone: tzinfo) -> str:
        """Start to end time on the clock of `zone`, 12 or 24 hours as the locale has it."""
        skeleton = "hm" if "h" in str(self.locale.time_formats["short"].pattern) else "Hm"
        return format_interval(start, end, skeleton, tzinfo=zone, locale=self.locale)

    def number(self, value: int | float | Decimal) -> str:
        return format_decimal(value, locale=self.locale)

    def money(self, amount: int | float | Decimal, currency: str) -> str:
        """An amount with its currency; in right-to-left text a left-to-right isolate, so
        that the bidi algorithm does not move the symbol ("US$" read as "$US")."""
        text = format_currency(amount, currency, locale=self.locale)
        return f"{LRI}{text.replace(RLM, '')}{PDI}" if self.rtl else text

    def country(self, code: str) -> str:
        return self.locale.territories.get(code) or Locale("en").territories.get(code, code)


def _fill(template: str, values: dict[str, object], shown: Callable[[object], str]) -> str:
    """`template` with each placeholder holding `shown(value)`; a value that ends with a
    full stop itself ("Maker Co., Ltd.", a Russian date's abbreviated year) takes the
    template's full stop after it, not a second one."""
    for name, value in values.items():
        if str(value).endswith("."):
            template = template.replace(f"{{{name}}}.", f"{{{name}}}")
    return template.format(**{name: shown(value) for name, value in values.items()})


class I18n:
    """The shipped catalogs, loaded once, and the translators built from them."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self.locales_dir = locales_dir
        self.catalogs: dict[str, Translations] = {
            code: _load(path) for code, path in sorted(_discover(locales_dir).items())
        }
        if DEFAULT_LOCALE not in self.catalogs:
            raise FileNotFoundError(f"no {DEFAULT_LOCALE} catalog under {locales_dir}")
        self._translators = {
            code: Translator(code, Locale.parse(code), translations)
            for code, translations in self.catalogs.items()
        }

    @property
    def codes(self) -> list[str]:
        """Shipped locale codes, the default first."""
        return [DEFAULT_LOCALE, *(c for c in self.catalogs if c != DEFAULT_LOCALE)]

    def translator(self, code: str | None) -> Translator:
        return self._translators.get(code or "", self._translators[DEFAULT_LOCALE])

    def negotiate(self, language_code: str | None) -> str:
        """The shipped locale closest to Telegram's `language_code` (an IETF tag)."""
        if not language_code:
            return DEFAULT_LOCALE
        try:
            locale = Locale.parse(language_code.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            locale = None
        language = locale.language if locale else language_code.split("-")[0].lower()
        script = locale.script if locale else None
        if script is None:
            likely = get_global("likely_subtags").get(language, "")
            script = Locale.parse(likely).script if likely else None
        preferred = [f"{language}_{script}"] if script else []
        preferred.append(language)
        found = negotiate_locale(preferred, self.codes)
        if found:
            return found
        same_language = [c for c in self.codes if Locale.parse(c).language == language]
        return same_language[0] if same_language else DEFAULT_LOCALE

    def native_name(self, code: str) -> str:
        """A language's name in that language, as a button label ("Español", "中文 (简体)")."""
        name = _NATIVE_NAMES.get(code) or Locale.parse(code).get_display_name(code) or code
        return name[:1].upper() + name[1:]


def _discover(locales_dir: Path) -> dict[str, Path]:
    return {po.parent.parent.name: po for po in locales_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}


def _load(po_path: Path) -> Translations:
    mo_path = po_path.with_suffix(".mo")
    if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        with mo_path.open("rb") as mo:
            return Translations(mo, domain=DOMAIN)
    with po_path.open("rb") as po:
        catalog = read_po(po, locale=po_path.parent.parent.name)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)
