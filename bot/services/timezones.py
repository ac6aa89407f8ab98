"""Time zones from a buyer's country, and labels a buyer can recognise.

Meetings with suppliers are booked in China time but shown in the buyer's own
time, so registration asks for the buyer's zone right after the country. Most
countries have one zone and the question answers itself; for the big ones we
offer a short list of main cities rather than CLDR's full set (29 zones for the
US, most of them Indiana counties), and a buyer can always type an offset
("UTC+3") instead.

Zone data comes from Babel (CLDR territory -> zone mapping); every zone we hand
out is checked against the installed tz database (`tzdata`) and CLDR's list of
deprecated aliases, so what we store can always be loaded by `zoneinfo`.
These functions never read the clock: callers pass `now` from the project's Clock.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.core import UnknownLocaleError, get_global
from babel.dates import get_timezone_location

from bot.services.countries import is_country

# Primary zone first, then the main other clocks of the country; at most ~8 entries.
# Only countries whose Babel list is long, badly ordered, or full of zones sharing one
# offset are listed; the rest use Babel's data as is.
# fmt: off
_CURATED: dict[str, tuple[str, ...]] = {
    "US": ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
           "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"),
    "RU": ("Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Asia/Yekaterinburg",
           "Asia/Omsk", "Asia/Novosibirsk", "Asia/Irkutsk", "Asia/Vladivostok"),
    "CA": ("America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg",
           "America/Regina", "America/Halifax", "America/St_Johns"),
    "BR": ("America/Sao_Paulo", "America/Fortaleza", "America/Recife", "America/Manaus",
           "America/Cuiaba", "America/Rio_Branco", "America/Noronha"),
    "AU": ("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth",
           "Australia/Adelaide", "Australia/Darwin", "Australia/Hobart"),
    "MX": ("America/Mexico_City", "America/Monterrey", "America/Cancun", "America/Chihuahua",
           "America/Mazatlan", "America/Hermosillo", "America/Tijuana"),
    "ID": ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"),
    "CN": ("Asia/Shanghai", "Asia/Urumqi"),
    "AR": ("America/Argentina/Buenos_Aires",),  # all 12 zones share one offset
    "KZ": ("Asia/Almaty",),  # one offset for the whole country since 2024
    "DE": ("Europe/Berlin",),  # Busingen is a Swiss-clock exclave of 1,500 people
    "ES": ("Europe/Madrid", "Atlantic/Canary"),
    "PT": ("Europe/Lisbon", "Atlantic/Madeira", "Atlantic/Azores"),
    "CL": ("America/Santiago", "America/Punta_Arenas", "Pacific/Easter"),
    "EC": ("America/Guayaquil", "Pacific/Galapagos"),
    "CD": ("Africa/Kinshasa", "Africa/Lubumbashi"),
    "MY": ("Asia/Kuala_Lumpur", "Asia/Kuching"),
    "UZ": ("Asia/Tashkent", "Asia/Samarkand"),
    "MN": ("Asia/Ulaanbaatar", "Asia/Hovd"),
    "CY": ("Asia/Nicosia", "Asia/Famagusta"),
    "GL": ("America/Nuuk", "America/Danmarkshavn", "America/Scoresbysund", "America/Thule"),
    "KI": ("Pacific/Tarawa", "Pacific/Kanton", "Pacific/Kiritimati"),
    "FM": ("Pacific/Pohnpei", "Pacific/Chuuk", "Pacific/Kosrae"),
    "MH": ("Pacific/Majuro", "Pacific/Kwajalein"),
    "PF": ("Pacific/Tahiti", "Pacific/Marquesas", "Pacific/Gambier"),
    "XK": ("Europe/Belgrade",),  # CLDR has no zone for Kosovo; tzdata maps it to Belgrade
}
# fmt: on

# Keys zoneinfo can load but that are not places a buyer lives in.
_NOT_USER_ZONES = frozenset({"Factory", "localtime", "posixrules"})

# Isolate the Latin offset inside right-to-left text so "(UTC-08:00)" is not mirrored.
_LRI, _PDI = "\u2066", "\u2069"

_OFFSET_RE = re.compile(
    r"^(?P<prefix>utc|gmt|z)?\s*(?:(?P<sign>[+-])\s*(?P<hours>\d{1,2})"
    r"(?:\s*[:.h]?\s*(?P<minutes>\d{2}))?)?$"
)
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2010": "-"})


@lru_cache(maxsize=1)
def _available() -> frozenset[str]:
    return frozenset(available_timezones()) - _NOT_USER_ZONES


@lru_cache(maxsize=1)
def _deprecated() -> frozenset[str]:
    """CLDR's old names (Asia/Calcutta, Europe/Kiev, ...): loadable, but never stored."""
    return frozenset(get_global("zone_aliases"))


@lru_cache(maxsize=1)
def _old_names() -> dict[str, tuple[str, ...]]:
    """Current zone -> its old names; Babel's locale data is still keyed by some of them."""
    old: dict[str, list[str]] = {}
    for alias, current in get_global("zone_aliases").items():
        old.setdefault(current, []).append(alias)
    return {zone: tuple(names) for zone, names in old.items()}


def _usable(zones: tuple[str, ...] | list[str]) -> list[str]:
    seen = dict.fromkeys(z for z in zones if z in _available() and z not in _deprecated())
    return list(seen)


def all_timezones_for_country(code: str) -> list[str]:
    """Every current IANA zone of the country, the curated main ones first."""
    code = code.strip().upper() if isinstance(code, str) else ""
    if not is_country(code):
        return []
    babel_zones = get_global("territory_zones").get(code, [])
    return _usable([*_CURATED.get(code, ()), *babel_zones])


def timezones_for_country(code: str) -> list[str]:
    """The zones to offer a buyer from this country, primary first.

    One entry means the bot can set it without asking. Big countries get a short
    curated list of their main clocks; the full list is `all_timezones_for_country`.
    """
    code = code.strip().upper() if isinstance(code, str) else ""
    if code in _CURATED:
        return _usable(_CURATED[code])
    return all_timezones_for_country(code)


def is_valid_timezone(zone: str) -> bool:
    """Whether `zone` is an IANA key zoneinfo can load (old aliases count as valid)."""
    return isinstance(zone, str) and zone in _available()


def format_utc_offset(zone: str, now: datetime) -> str:
    """The offset of `zone` at the instant `now` as "UTC+05:30" (naive `now` is UTC).

    Computed at `now` rather than from a table so daylight saving is right.
    """
    if not is_valid_timezone(zone):
        raise ValueError(f"unknown time zone: {zone!r}")
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    offset = now.astimezone(ZoneInfo(zone)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _city(zone: str, locale: Locale) -> str:
    for key in (zone, *_old_names().get(zone, ())):
        city = locale.time_zones.get(key, {}).get("city")
        if city:
            return city
    return get_timezone_location(zone, locale=locale, return_city=True)


def timezone_label(zone: str, locale: str, now: datetime) -> str:
    """A short label a buyer recognises, e.g. "Los Angeles (UTC-08:00)".

    The city is CLDR's exemplar city in the reader's language ("Лос-Анджелес");
    the offset is the one in force at `now`, so daylight saving shows correctly.
    Fixed-offset zones (Etc/GMT-3, Etc/UTC) are labelled by the offset alone.
    The ASCII hyphen-minus is used on purpose, matching what buyers type.
    """
    offset = format_utc_offset(zone, now)
    if zone.startswith("Etc/") or zone in {"UTC", "GMT"}:
        return offset
    try:
        reader = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        reader = Locale.parse("en")
    if reader.character_order == "right-to-left":
        offset = f"{_LRI}{offset}{_PDI}"
    return f"{_city(zone, reader)} ({offset})"


def parse_utc_offset(text: str) -> str | None:
    """A fixed zone for a typed offset ("UTC+3", "GMT-5", "+03:00"), else None.

    Returns an `Etc/GMT±N` key, whose sign is inverted by POSIX convention
    (UTC+3 is "Etc/GMT-3"). Only whole hours exist as Etc zones, so "+05:30"
    gives None and the bot should ask for a city instead. A bare number ("3")
    is rejected: without a sign or "UTC" it is not clearly an offset.
    """
    if not isinstance(text, str) or len(text) > 32:
        return None
    cleaned = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold().strip()
    match = _OFFSET_RE.match(cleaned)
    if not match or not (match["prefix"] or match["sign"]):
        return None
    if not match["sign"]:
        return "Etc/UTC"
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if minutes != 0:
        return None
    if hours == 0:
        return "Etc/UTC"
    if hours > (14 if match["sign"] == "+" else 12):
        return None
    zone = f"Etc/GMT{'-' if match['sign'] == '+' else '+'}{hours}"
    return zone if zone in _available() else None
