"""Files a bot gives as an HTTP(S) URL, downloaded the way Telegram's servers download them.

Why: Telegram fetches a photo or document sent by URL itself, and the send succeeds only if
that download does: an unreachable host, an error page, a file too large or of the wrong
type fails the send, and a bot must be ready for it (the product card falls back to text).
The double therefore downloads too, so the bytes reach the chat, ``getFile`` and the web
chat. Tests and the demo run without internet, so it reaches only what it is told:

- ``hosts`` maps a host name to a local base URL (``{"demo.fair.invalid":
  "http://127.0.0.1:8080"}``): ``https://demo.fair.invalid/img/a.jpg`` is fetched from
  ``http://127.0.0.1:8080/img/a.jpg``;
- loopback URLs (``127.0.0.0/8``, ``[::1]``) are fetched as they are;
- any other URL is refused at once, with no network attempt, as Telegram refuses a URL
  it cannot reach.

Telegram's answers, all 400:

- "failed to get HTTP URL content": not reachable, an HTTP error status, no answer within
  ``timeout`` seconds, more redirects than ``MAX_REDIRECTS``, or larger than the limit for
  files by URL (5 MB for photos, 20 MB for other files);
- "wrong type of the web page content": a photo that is not served as ``image/*``, or a
  document other than the GIF, PDF or ZIP files Telegram documents as working by URL;
- "wrong file identifier/HTTP URL specified": not a URL at all (checked before any of this).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import aiohttp

from bot.telegram_double.errors import URL_FAILED, WRONG_CONTENT, ApiError

MAX_PHOTO_BY_URL = 5 * 1024 * 1024
MAX_FILE_BY_URL = 20 * 1024 * 1024
MAX_REDIRECTS = 5
DOCUMENT_TYPES = frozenset({"image/gif", "application/pdf", "application/zip"})


@dataclass(frozen=True)
class Fetched:
    """A downloaded file: its bytes, the served content type, and the URL's last segment."""

    data: bytes
    content_type: str
    file_name: str | None


def is_url(value: str) -> bool:
    """Whether Telegram would take ``value`` as a URL (else it is a wrong file identifier)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    return "." in host or _is_ip(host)


class UrlFetcher:
    """Downloads files by URL from the mapped hosts and loopback only."""

    def __init__(self, hosts: Mapping[str, str] | None = None, timeout: float = 5.0) -> None:
        self.hosts = {name.lower(): base.rstrip("/") for name, base in (hosts or {}).items()}
        self.timeout = timeout

    def target(self, url: str) -> str | None:
        """The URL actually fetched for ``url``, or None when the double cannot reach it."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host in self.hosts:
            rest = parts.path or "/"
            return self.hosts[host] + rest + (f"?{parts.query}" if parts.query else "")
        if _is_ip(host) and ipaddress.ip_address(host).is_loopback:
            return url
        return None

    async def fetch(self, kind: str, url: str) -> Fetched:
        """Download ``url`` for a ``kind`` ("photo" or another file), or Telegram's refusal."""
        limit = MAX_PHOTO_BY_URL if kind == "photo" else MAX_FILE_BY_URL
        if self.target(url) is None:
            raise ApiError(400, URL_FAILED)  # refused before any connection is attempted
        timeout = aiohttp.ClientTimeout(total=self.timeout)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session:
                data, content_type = await self._get(session, url, limit)
        except (aiohttp.ClientError, TimeoutError, ValueError):
            raise ApiError(400, URL_FAILED) from None
        if not _takes(kind, content_type):
            raise ApiError(400, WRONG_CONTENT)
        return Fetched(data, content_type, urlsplit(url).path.rsplit("/", 1)[-1] or None)

    async def _get(
        self, session: aiohttp.ClientSession, url: str, limit: int
    ) -> tuple[bytes, str]:
        """Follow redirects by hand, so that each hop is held to the same reachability rule."""
        for _ in range(MAX_REDIRECTS + 1):
            target = self.target(url)
            if target is None:
                raise ApiError(400, URL_FAILED)
            async with session.get(target, allow_redirects=False) as response:
                if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                    url = urljoin(url, response.headers["Location"])
                    continue
                if response.status != 200 or (response.content_length or 0) > limit:
                    raise ApiError(400, URL_FAILED)
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(64 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise ApiError(400, URL_FAILED)
                    chunks.append(chunk)
                return b"".join(chunks), response.content_type
        raise ApiError(400, URL_FAILED)


def _takes(kind: str, content_type: str) -> bool:
    """Whether Telegram sends content of this type by URL as a ``kind``."""
    if kind == "photo":
        return content_type.startswith("image/")
    return content_type in DOCUMENT_TYPES


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
