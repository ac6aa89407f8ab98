"""Which strings are web URLs: the only image values the bot hands to Telegram.

Why: python-telegram-bot opens and uploads any string that names a local file
(`/app/.env`, `../bot.db`) instead of passing it on as a URL, so an image value
from the catalog that is not a web URL would send the server's own files to a
chat. The feed drops such values and the product card checks again before
sending a photo, since older rows may hold them.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Whitespace and control characters: urlsplit would quietly strip some of them.
_UNSAFE = re.compile(r"[\x00-\x20\x7f]")
# The common shape, accepted without parsing (a catalog holds millions of image URLs):
# every string it matches passes the full check below too.
_PLAIN = re.compile(r"https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?:[/?#][^\x00-\x20\x7f]*)?")


def is_web_url(value: object) -> bool:
    """An absolute http(s) URL with a host (and a valid port), without credentials."""
    if not isinstance(value, str):
        return False
    if _PLAIN.fullmatch(value):
        return True
    if _UNSAFE.search(value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(host) and "@" not in parts.netloc
