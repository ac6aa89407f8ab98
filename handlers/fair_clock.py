"""Moments as organizers and staff read them: on the fair's clock, saying which clock it
is, since a reader elsewhere would otherwise take them for their own."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from bot.services.timezones import timezone_label


def on_clock(t: Translator, value: datetime, zone: ZoneInfo) -> str:
    """Date and time in the reader's locale on `zone`'s clock, with the clock named."""
    # Translators: a date and time, then the clock it is on, e.g. "Shanghai (UTC+08:00)".
    return t.plain(
        "{time} ({zone})",
        time=t.datetime(value, zone, "short"),
        zone=timezone_label(str(zone), t.code, value),
    )


def clock_note(t: Translator, zone: ZoneInfo, now: datetime) -> str:
    """The line under a list of moments that all stand on the fair's clock."""
    return t.format(
        "Times are on the fair's clock: {zone}.", zone=timezone_label(str(zone), t.code, now)
    )
