"""Files the double knows: uploads by the bot or the users, file ids, photo sizes, downloads.

Why: a bot re-sends photos by ``file_id``, downloads what users upload through ``getFile``
and ``/file/bot<token>/<path>``, and reads ``PhotoSize`` lists; the double keeps the bytes
so tests can compare them, and refuses what Telegram refuses (an empty file, something that
is not an image sent as a photo, unknown file ids). A file given by URL is downloaded first,
as Telegram does (see ``fetch``), and then stored like an upload.
"""

from __future__ import annotations

import itertools
import secrets
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

from bot.telegram_double.errors import (
    FILE_EMPTY,
    IMAGE_PROCESS_FAILED,
    INVALID_FILE_ID,
    WRONG_FILE,
    ApiError,
)
from bot.telegram_double.fetch import UrlFetcher, is_url

_PREFIX = {"photo": "AgAC", "document": "BQAC", "sticker": "CAAC"}
_THUMB_BOXES = (90, 320, 800, 1280)
MAX_DOWNLOAD = 20 * 1024 * 1024


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request (what python-telegram-bot uploads)."""

    data: bytes
    filename: str | None = None
    content_type: str | None = None

    def __repr__(self) -> str:  # keep request logs short
        return f"Upload({self.filename!r}, {len(self.data)} bytes, {self.content_type!r})"


@dataclass
class StoredFile:
    """One file (or one size of a photo) as the server stores it."""

    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_path: str | None = None
    file_name: str | None = None
    mime_type: str | None = None
    width: int = 0
    height: int = 0
    source: str | None = None  # the URL the bytes were downloaded from
    sizes: list[dict[str, Any]] = field(default_factory=list)  # PhotoSize list for photos

    @property
    def file_size(self) -> int:
        return len(self.data)

    def as_file(self) -> dict[str, Any]:
        """The Bot API ``File`` object (what getFile answers)."""
        out: dict[str, Any] = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
        }
        if self.file_path:
            out["file_path"] = self.file_path
        return out

    def as_document(self) -> dict[str, Any]:
        out: dict[str, Any] = {"file_id": self.file_id, "file_unique_id": self.file_unique_id}
        if self.file_name:
            out["file_name"] = self.file_name
        if self.mime_type:
            out["mime_type"] = self.mime_type
        out["file_size"] = self.file_size
        return out


class FileStore:
    """All files by id and by download path; ``fetcher`` downloads files given by URL."""

    def __init__(self, fetcher: UrlFetcher | None = None) -> None:
        self.fetcher = fetcher or UrlFetcher()
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._counter = itertools.count(1)

    def get(self, file_id: str) -> StoredFile:
        stored = self._by_id.get(file_id)
        if stored is None:
            raise ApiError(400, INVALID_FILE_ID)
        return stored

    def by_path(self, path: str) -> StoredFile | None:
        return self._by_path.get(path)

    def add(
        self,
        kind: str,
        data: bytes,
        file_name: str | None = None,
        mime_type: str | None = None,
        source: str | None = None,
    ) -> StoredFile:
        """Store a file; a photo gets Telegram's ladder of sizes, each with its own id."""
        if not data:
            raise ApiError(400, FILE_EMPTY)
        stored = self._new(kind, data, file_name, mime_type, source)
        if kind == "photo":
            self._add_photo_sizes(stored)
        return stored

    async def reference(self, kind: str, value: str) -> StoredFile:
        """A file given as a string: an existing file_id, or an HTTP(S) URL to download."""
        if value in self._by_id:
            return self._by_id[value]
        if not is_url(value):
            raise ApiError(400, WRONG_FILE)
        fetched = await self.fetcher.fetch(kind, value)
        file_name = None if kind == "photo" else fetched.file_name
        return self.add(kind, fetched.data, file_name, fetched.content_type, source=value)

    def _new(
        self,
        kind: str,
        data: bytes,
        file_name: str | None,
        mime_type: str | None,
        source: str | None,
    ) -> StoredFile:
        n = next(self._counter)
        file_id = _PREFIX.get(kind, "BQAC") + "AgIAAxkBAA" + secrets.token_urlsafe(30)
        unique = "AQAD" + secrets.token_urlsafe(9)
        folder = {"photo": "photos", "sticker": "stickers"}.get(kind, "documents")
        path = f"{folder}/file_{n}{_extension(data, None if kind == 'photo' else file_name)}"
        stored = StoredFile(file_id, unique, kind, data, path, file_name, mime_type, source=source)
        self._by_id[file_id] = stored
        self._by_path[path] = stored
        return stored

    def _add_photo_sizes(self, stored: StoredFile) -> None:
        dims = image_size(stored.data)
        if dims is None:
            raise ApiError(400, IMAGE_PROCESS_FAILED)
        width, height = dims
        if width + height > 10000 or max(width, height) > 20 * min(width, height):
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        longest = max(width, height, 1)
        sizes: list[dict[str, Any]] = []
        thumbs: list[StoredFile] = []
        for box in _THUMB_BOXES:
            if longest > box:
                scale = box / longest
                thumb = self._new("photo", stored.data, None, stored.mime_type, stored.source)
                thumbs.append(thumb)
                w, h = max(1, round(width * scale)), max(1, round(height * scale))
                sizes.append(_photo_size(thumb, w, h, max(1, int(stored.file_size * scale**2))))
        scale = min(1.0, 2560 / longest)
        w, h = round(width * scale), round(height * scale)
        stored.width, stored.height = w, h
        sizes.append(_photo_size(stored, w, h, stored.file_size))
        for f in [*thumbs, stored]:
            f.sizes = sizes  # re-sending any size's file_id shows the whole photo


def _photo_size(f: StoredFile, width: int, height: int, size: int) -> dict[str, Any]:
    return {
        "file_id": f.file_id,
        "file_unique_id": f.file_unique_id,
        "width": width,
        "height": height,
        "file_size": size,
    }


def _extension(data: bytes, file_name: str | None) -> str:
    if file_name and "." in file_name:
        return "." + file_name.rsplit(".", 1)[1][:8]
    if data.startswith(b"\x89PNG"):
        return ".png"
    if data.startswith(b"\xff\xd8"):
        return ".jpg"
    return ""


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, JPEG, GIF or WebP image, read from its header; else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        return struct.unpack(">II", data[16:24])
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        return struct.unpack("<HH", data[6:10])
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP" and len(data) >= 30:
        if data[12:16] == b"VP8X":
            w = int.from_bytes(data[24:27], "little") + 1
            return w, int.from_bytes(data[27:30], "little") + 1
        if data[12:16] == b"VP8 ":
            w, h = struct.unpack("<HH", data[26:30])
            return w & 0x3FFF, h & 0x3FFF
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        length = struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return w, h
        i += 2 + length
    return None


def tiny_png(width: int = 4, height: int = 3, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A valid solid-colour PNG, for users who "send a photo" in tests."""
    row = b"\x00" + bytes(rgb) * width
    raw = zlib.compress(row * height)

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + tag
            + body
            + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
    )
