"""Time zones offered after the country, their labels and typed offsets."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, available_timezones

import pytest

from bot.services.countries import all_country_codes
from bot.services.timezones import (
    all_timezones_for_country,
    format_utc_offset,
    is_valid_timezone,
    parse_utc_offset,
    timezone_label,
    timezones_for_country,
)

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("code", "first", "expected"),
    [
        ("US", "America/New_York", {"America/Chicago", "America/Los_Angeles", "Pacific/Honolulu"}),
        ("RU", "Europe/Moscow", {"Asia/Yekaterinburg", "Asia/Vladivostok"}),
        ("CN", "Asia/Shanghai", set()),
        ("IN", "Asia/Kolkata", set()),
        ("BR", "America/Sao_Paulo", {"America/Manaus"}),
        ("DE", "Europe/Berlin", set()),
        ("SA", "Asia/Riyadh", set()),
        ("ES", "Europe/Madrid", {"Atlantic/Canary"}),
        ("JP", "Asia/Tokyo", set()),
        ("CA", "America/Toronto", {"America/Vancouver"}),
        ("AU", "Australia/Sydney", {"Australia/Perth"}),
        ("MX", "America/Mexico_City", {"America/Tijuana"}),
        ("ID", "Asia/Jakarta", {"Asia/Jayapura"}),
        ("KZ", "Asia/Almaty", set()),
        ("XK", "Europe/Belgrade", set()),
    ],
)
def test_primary_zone_first(code: str, first: str, expected: set[str]) -> None:
    zones = timezones_for_country(code)
    assert zones[0] == first
    assert expected <= set(zones)
    assert len(zones) == len(set(zones)) <= 8


@pytest.mark.parametrize(("code", "zone"), [("IN", "Asia/Kolkata"), ("SA", "Asia/Riyadh")])
def test_single_zone_countries_give_one(code: str, zone: str) -> None:
    assert timezones_for_country(code) == [zone]


def test_us_is_curated_but_full_list_is_available() -> None:
    assert timezones_for_country("US") == [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
        "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu",
    ]  # fmt: skip
    full = all_timezones_for_country("US")
    assert len(full) > 20
    assert full[0] == "America/New_York"
    assert "America/Indiana/Knox" in full


def test_china_prefers_shanghai() -> None:
    assert timezones_for_country("CN") == ["Asia/Shanghai", "Asia/Urumqi"]


def test_codes_are_case_insensitive_and_bad_codes_give_nothing() -> None:
    assert timezones_for_country("us") == timezones_for_country("US")
    for code in ("", "ZZ", "001", "EU", "QQ", "USA"):
        assert timezones_for_country(code) == []
        assert all_timezones_for_country(code) == []


def test_every_offered_zone_loads_and_is_current() -> None:
    available = available_timezones()
    deprecated = {"Asia/Calcutta", "Europe/Kiev", "Asia/Saigon", "Asia/Katmandu", "Asia/Rangoon"}
    for code in all_country_codes():
        for zone in all_timezones_for_country(code):
            assert zone in available
            assert zone not in deprecated
            ZoneInfo(zone)
        assert set(timezones_for_country(code)) <= set(all_timezones_for_country(code))


@pytest.mark.parametrize(
    ("zone", "locale", "now", "label"),
    [
        ("America/Los_Angeles", "en", WINTER, "Los Angeles (UTC-08:00)"),
        ("America/New_York", "en", WINTER, "New York (UTC-05:00)"),
        ("America/New_York", "en", SUMMER, "New York (UTC-04:00)"),
        ("America/Los_Angeles", "ru", WINTER, "Лос-Анджелес (UTC-08:00)"),
        ("Asia/Kolkata", "en", WINTER, "Kolkata (UTC+05:30)"),
        ("Asia/Kathmandu", "en", WINTER, "Kathmandu (UTC+05:45)"),
        ("Asia/Shanghai", "zh_Hans", WINTER, "上海 (UTC+08:00)"),
        ("America/New_York", "ja", WINTER, "ニューヨーク (UTC-05:00)"),
        ("Etc/GMT-3", "en", WINTER, "UTC+03:00"),
        ("Etc/UTC", "ru", WINTER, "UTC+00:00"),
    ],
)
def test_labels(zone: str, locale: str, now: datetime, label: str) -> None:
    assert timezone_label(zone, locale, now) == label


@pytest.mark.parametrize("locale", ["en", "ru", "ar", "zh_Hans", "ja", "es", "fr", "pt"])
@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("America/Los_Angeles", "UTC-08:00"),
        ("Europe/Moscow", "UTC+03:00"),
        ("Asia/Riyadh", "UTC+03:00"),
        ("Asia/Kolkata", "UTC+05:30"),
        ("Europe/Kyiv", "UTC+02:00"),
    ],
)
def test_labels_in_every_locale_contain_offset_and_a_city(
    locale: str, zone: str, offset: str
) -> None:
    label = timezone_label(zone, locale, WINTER)
    assert offset in label
    assert len(label) > len(offset) + 3


def test_arabic_label_isolates_the_latin_offset() -> None:
    label = timezone_label("Asia/Riyadh", "ar", WINTER)
    assert "\u2066UTC+03:00\u2069" in label
    assert label.startswith("الرياض")


def test_city_names_found_for_renamed_zones() -> None:
    # Babel keys some locale data by the old names (Asia/Calcutta, Europe/Kiev).
    assert timezone_label("Asia/Kolkata", "ru", WINTER).startswith("Калькутта")
    assert timezone_label("Asia/Kolkata", "ja", WINTER).startswith("コルカタ")


def test_label_with_unknown_locale_falls_back_to_english() -> None:
    assert timezone_label("America/New_York", "xx_Nowhere", WINTER) == "New York (UTC-05:00)"


def test_label_rejects_unknown_zone() -> None:
    with pytest.raises(ValueError):
        timezone_label("Mars/Olympus_Mons", "en", WINTER)


def test_naive_now_is_read_as_utc() -> None:
    assert format_utc_offset("America/New_York", datetime(2026, 1, 15, 12)) == "UTC-05:00"


@pytest.mark.parametrize(
    ("zone", "valid"),
    [
        ("Europe/Berlin", True),
        ("Asia/Kolkata", True),
        ("Etc/GMT-3", True),
        ("Asia/Calcutta", True),  # old alias: still loadable
        ("Mars/Olympus_Mons", False),
        ("", False),
        ("Factory", False),
        ("europe/berlin", False),
    ],
)
def test_is_valid_timezone(zone: str, valid: bool) -> None:
    assert is_valid_timezone(zone) is valid


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("UTC+3", "Etc/GMT-3"),
        ("utc+3", "Etc/GMT-3"),
        ("UTC +3", "Etc/GMT-3"),
        ("UTC+03:00", "Etc/GMT-3"),
        ("+3", "Etc/GMT-3"),
        ("+0300", "Etc/GMT-3"),
        ("GMT-5", "Etc/GMT+5"),
        ("-5", "Etc/GMT+5"),
        ("UTC\u22128", "Etc/GMT+8"),  # Unicode minus
        ("\uff35\uff34\uff23\uff0b\uff18", "Etc/GMT-8"),  # full-width, as typed on CJK keyboards
        ("GMT+0800", "Etc/GMT-8"),
        ("UTC+14", "Etc/GMT-14"),
        ("UTC-12", "Etc/GMT+12"),
        ("UTC", "Etc/UTC"),
        ("GMT", "Etc/UTC"),
        ("UTC+0", "Etc/UTC"),
        ("  utc-00:00 ", "Etc/UTC"),
    ],
)
def test_parse_utc_offset(text: str, zone: str) -> None:
    assert parse_utc_offset(text) == zone
    assert is_valid_timezone(zone)


def test_parsed_offset_has_the_right_sign() -> None:
    zone = parse_utc_offset("UTC+3")
    assert zone is not None
    assert format_utc_offset(zone, WINTER) == "UTC+03:00"
    zone = parse_utc_offset("GMT-5")
    assert zone is not None
    assert format_utc_offset(zone, WINTER) == "UTC-05:00"


@pytest.mark.parametrize(
    "text",
    [
        "+05:30",
        "+5:30",
        "UTC+3:30",
        "+5:60",
        "UTC+15",
        "UTC-13",
        "+24",
        "3",
        "gmt 3",
        "UTC+",
        "+-3",
        "",
        "abc",
        "Moscow",
        "UTC+3" * 20,
    ],
)
def test_parse_utc_offset_rejects(text: str) -> None:
    assert parse_utc_offset(text) is None
