"""Callback data: versioned, compact, and checked on arrival.

Format: `1|<token>|<action>|<arg>`. The version lets a later release refuse
buttons of an older one; the token ties a button to one run of a flow (`-`
for buttons that belong to no flow). Telegram refuses data over 64 bytes, so
`pack` checks the size where the button is made, not where Telegram says no.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "1"
NO_TOKEN = "-"
MAX_BYTES = 64
_FIELD = re.compile(r"^[A-Za-z0-9_.:\-]*$")


@dataclass(frozen=True)
class Callback:
    token: str
    action: str
    arg: str


def pack(action: str, arg: str = "", token: str = NO_TOKEN) -> str:
    for part in (token, action, arg):
        if not _FIELD.match(part):
            raise ValueError(f"callback field {part!r} has characters outside {_FIELD.pattern}")
    data = f"{VERSION}|{token}|{action}|{arg}"
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def unpack(data: str | None) -> Callback | None:
    """The parsed callback, or None for data this release did not make."""
    if not data:
        return None
    parts = data.split("|")
    if len(parts) != 4 or parts[0] != VERSION or not all(_FIELD.match(p) for p in parts):
        return None
    return Callback(token=parts[1], action=parts[2], arg=parts[3])


def pattern(*actions: str) -> re.Pattern[str]:
    """A CallbackQueryHandler pattern matching these actions of this version."""
    names = "|".join(re.escape(a) for a in actions)
    return re.compile(rf"^{VERSION}\|[^|]*\|(?:{names})\|")


def prefixed(prefix: str) -> re.Pattern[str]:
    """A CallbackQueryHandler pattern matching every action of a feature (`st.` and so on)."""
    return re.compile(rf"^{VERSION}\|[^|]*\|{re.escape(prefix)}[^|]*\|")


@dataclass(frozen=True)
class Numbered:
    """A button about one numbered thing (a talk, a meeting): `ID` or `ID:detail`."""

    action: str
    id: int
    detail: str


def numbered(data: str | None) -> Numbered | None:
    """The parsed button, or None when its argument does not start with a number."""
    callback = unpack(data)
    if callback is None:
        return None
    head, _, detail = callback.arg.partition(":")
    if not head.isdigit():
        return None
    return Numbered(callback.action, int(head), detail)
