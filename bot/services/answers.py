"""Validation of what buyers type: the same rules for registration and /profile.

Each function returns the cleaned value or raises InvalidAnswer with a reason
code that handlers turn into a translated hint.
"""

from __future__ import annotations

import re
import unicodedata

from bot.errors import InvalidAnswer

MAX_NAME = 100
MAX_COMPANY = 120
MAX_EMAIL = 254

# Zero-width and bidi control characters: invisible, so never part of a real
# answer, and a way to make two different strings look the same.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


def clean(text: str) -> str:
    """Drop invisible and control characters, collapse whitespace."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in "\n\t")
    return " ".join(text.split())


def _text(raw: str, limit: int) -> str:
    value = clean(raw)
    if not value:
        raise InvalidAnswer("empty")
    if len(value) > limit:
        raise InvalidAnswer("too_long", limit=limit)
    if not any(ch.isalpha() for ch in value):
        raise InvalidAnswer("no_letters")
    return value


def full_name(raw: str) -> str:
    return _text(raw, MAX_NAME)


def company(raw: str) -> str:
    return _text(raw, MAX_COMPANY)


def email(raw: str) -> str:
    """A plausible address (the domain lower-cased); no mail is sent to check it."""
    value = clean(raw).replace(" ", "")
    if not value:
        raise InvalidAnswer("empty")
    if len(value) > MAX_EMAIL:
        raise InvalidAnswer("too_long", limit=MAX_EMAIL)
    if not _EMAIL.match(value) or ".." in value:
        raise InvalidAnswer("bad_email")
    local, domain = value.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def phone(raw: str) -> str:
    """A phone number from a shared contact, normalised to + and digits."""
    digits = re.sub(r"\D", "", raw)
    if not 6 <= len(digits) <= 15:
        raise InvalidAnswer("bad_phone")
    return "+" + digits
