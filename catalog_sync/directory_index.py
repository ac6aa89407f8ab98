"""Positions in a JSON Lines feed file, without loading its records.

The directory feed answers pages of up to 5,000 records from files of up to
2,000,000 lines, fast enough that a benchmark measures the sync client and not
the server. So a file is indexed once (the byte offset where each record's line
starts, in an ``array('q')``: 8 bytes a line, no Python object per line), a page
is the raw bytes of consecutive lines, and the only lines ever parsed are the
~21 that a binary search probes and the last line of a page (for its cursor),
plus any broken lines next to those (see :class:`Position`).
Lines are assumed to be in ``(updated_at, id)`` order, as the contract says.
"""

from __future__ import annotations

import base64
import binascii
import json
import mmap
import os
from array import array
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

KINDS = ("categories", "exhibitors", "products", "availability")
# Greater than every record id, so that a position "after instant T" sorts after
# every record updated at T (ids are non-empty ASCII).
_AFTER_ALL_IDS = "\U0010ffff"
_OPEN_BRACE = ord("{")
# How much of a file is mapped at once while indexing it.
_INDEX_WINDOW = 64 << 20


class BadRequest(ValueError):
    """A query parameter the feed cannot accept (the server answers 400)."""


class FeedDataError(RuntimeError):
    """A feed file that shrank under a request, so its index no longer fits (answered 500)."""


def parse_instant(text: str, *, require_offset: bool) -> datetime:
    """An ISO 8601 instant as an aware datetime, for comparing instants.

    Instants are compared as datetimes, not as strings, so that ``...00Z``,
    ``...00.500Z`` and ``...08:00:00+08:00`` sort where they belong. A record or
    cursor without an offset is taken as UTC (the files are UTC); a client's
    ``updated_since`` must say its offset, as a naive instant is a client bug.
    """
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        hint = " (a '+' sent unencoded in a URL arrives as a space)" if " " in text else ""
        raise ValueError(f"not an ISO 8601 instant: {text!r}{hint}") from None
    if instant.tzinfo is None:
        if require_offset:
            raise ValueError(f"the instant {text!r} has no UTC offset (end it with Z)")
        instant = instant.replace(tzinfo=UTC)
    return instant


@dataclass(frozen=True, slots=True)
class Position:
    """Where a page starts: strictly after ``(updated_at, id)`` in feed order, then ``skip``.

    ``updated_at == ""`` is the beginning of the feed; ``id == ""`` is "after every
    record updated at or before ``updated_at``" (an ``updated_since`` request, or
    the cursor of an empty page that asked for one). ``updated_at`` keeps the text
    found in the record or the request, so a cursor round-trips byte for byte.

    ``skip`` steps over lines without a usable ``id``/``updated_at`` (not JSON, not
    an object, no id) that follow that record: the client must be able to step
    past a broken line, and such a line has no key of its own to put in a cursor.
    """

    updated_at: str = ""
    id: str = ""
    instant: datetime | None = None
    skip: int = 0

    @property
    def is_start(self) -> bool:
        """True for the beginning of the feed (no cursor, no updated_since)."""
        return self.instant is None

    def key(self) -> tuple[datetime, str]:
        """The sort key that every record after this position exceeds."""
        if self.instant is None:
            raise ValueError("the start of the feed has no key")
        return self.instant, self.id or _AFTER_ALL_IDS

    def canonical(self) -> str:
        """A text that is equal for equal positions, whatever their spelling (for ETags)."""
        where = "start" if self.instant is None else self.instant.astimezone(UTC).isoformat()
        return f"{where}\n{self.id}\n{self.skip}"


START = Position()


def encode_cursor(kind: str, position: Position) -> str:
    """The opaque cursor: unpadded urlsafe base64 of ``kind\\nskip\\nupdated_at\\nid``.

    The kind is inside so that a cursor passed to another kind's endpoint is a
    400 and not a silently wrong page; no padding, so it needs no URL escaping.
    """
    raw = f"{kind}\n{position.skip}\n{position.updated_at}\n{position.id}".encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(kind: str, cursor: str) -> Position:
    """The position a cursor from :func:`encode_cursor` points at; BadRequest if not one."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != cursor:
            raise ValueError("not canonical base64")
        cursor_kind, skip_text, updated_at, record_id = raw.decode("utf-8").split("\n", 3)
        skip = int(skip_text)
        if str(skip) != skip_text or skip < 0:
            raise ValueError("bad skip")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise BadRequest(f"malformed cursor {cursor[:80]!r}") from None
    if cursor_kind != kind:
        raise BadRequest(f"the cursor is for {cursor_kind!r}, not {kind!r}")
    if not updated_at:
        if record_id:
            raise BadRequest("malformed cursor (an id without updated_at)")
        return Position(skip=skip)
    try:
        instant = parse_instant(updated_at, require_offset=False)
    except ValueError as exc:
        raise BadRequest(f"malformed cursor: {exc}") from None
    return Position(updated_at, record_id, instant, skip)


def since_position(updated_since: str) -> Position:
    """The position of ``updated_since=<instant>``: after every record up to that instant."""
    try:
        instant = parse_instant(updated_since, require_offset=True)
    except ValueError as exc:
        raise BadRequest(f"updated_since: {exc}") from None
    return Position(updated_since, "", instant)


def record_position(line: bytes) -> Position | None:
    """The position just after the record on ``line``; None if it has no usable key."""
    try:
        record = json.loads(line)
        updated_at, record_id = record["updated_at"], record["id"]
        if not (isinstance(updated_at, str) and isinstance(record_id, str) and record_id):
            return None
        return Position(updated_at, record_id, parse_instant(updated_at, require_offset=False))
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):
        return None


class FeedFile:
    """One kind's JSON Lines file, indexed: line offsets plus an open descriptor.

    An index belongs to one version of the file, named by ``identity`` (size,
    mtime_ns, inode); :meth:`FeedServer` builds a new one when the identity
    changes, and pages are read with ``os.pread`` on this index's own descriptor
    (never an mmap, which would crash the process with SIGBUS if a test truncated
    the file under it).
    """

    def __init__(self, path: Path) -> None:
        """Index ``path`` now (about 1 s for 2,000,000 lines); a missing file is empty."""
        self.path = path
        self.identity: tuple[int, int, int] | None = None
        # offsets[i] = where record i's line starts; offsets[len] = the end of the file.
        self._offsets = array("q", [0])
        self._has_blank_lines = False
        self._fd: int | None = None
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            return
        try:
            info = os.fstat(fd)
            self.identity = (info.st_size, info.st_mtime_ns, info.st_ino)
            self._index(fd, info.st_size)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    @staticmethod
    def identity_of(path: Path) -> tuple[int, int, int] | None:
        """The identity the file at ``path`` has now, None if there is none."""
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return None
        return (info.st_size, info.st_mtime_ns, info.st_ino)

    def _index(self, fd: int, size: int) -> None:
        """Find line starts with ``mmap.find`` (C speed), skipping blank lines.

        The file is mapped a window at a time so that the mapped pages counted in
        the process's RSS stay bounded (a whole 1 GB file would count 1 GB).
        """
        offsets = array("q")
        append, pos, window = offsets.append, 0, _INDEX_WINDOW
        while pos < size:
            base = pos - pos % mmap.ALLOCATIONGRANULARITY
            length = min(window, size - base)
            with mmap.mmap(fd, length, access=mmap.ACCESS_READ, offset=base) as data:
                find, local = data.find, pos - base
                while local < length:
                    end = find(b"\n", local)
                    if end < 0:
                        if base + length < size:
                            break  # the line goes on past the window: map the next one
                        end = length
                    # A record line starts with "{"; anything else is checked for blankness.
                    if end > local and (data[local] == _OPEN_BRACE or data[local:end].strip()):
                        append(base + local)
                    else:
                        self._has_blank_lines = True
                    local = end + 1
            if base + local == pos:
                window *= 2  # a single line longer than the window
            pos = base + local
        offsets.append(size)
        self._offsets = offsets

    def __len__(self) -> int:
        """The number of records (non-blank lines)."""
        return len(self._offsets) - 1

    def close(self) -> None:
        """Close the descriptor (the server does when a newer index replaces this one)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def _read(self, first: int, stop: int) -> bytes:
        """The raw bytes of lines ``first`` up to (not including) ``stop``."""
        if first >= stop or self._fd is None:
            return b""
        start, end = self._offsets[first], self._offsets[stop]
        data = os.pread(self._fd, end - start, start)
        if len(data) != end - start:
            raise FeedDataError(f"{self.path.name} shrank while it was being served")
        return data

    def _keyed(self, index: int) -> Position | None:
        """The position after line ``index`` if that line is a record with a key."""
        return record_position(self._read(index, index + 1))

    def _keyed_at_or_before(self, index: int) -> tuple[int, Position]:
        """The last line at or before ``index`` that has a key, and the position after it.

        ``(-1, START)`` when there is none. Scans back over unkeyed lines, of which
        a feed file has few, so this costs one parse per call in practice.
        """
        while index >= 0:
            position = self._keyed(index)
            if position is not None:
                return index, position
            index -= 1
        return -1, START

    def position_after(self, index: int) -> Position:
        """The position just after line ``index`` (keyed record, or skip past broken lines)."""
        keyed, position = self._keyed_at_or_before(index)
        return replace(position, skip=index - keyed) if index != keyed else position

    def locate(self, position: Position) -> int:
        """The index of the first line after ``position``.

        A binary search over the keyed lines; an unkeyed line counts as part of
        the record before it, so it is served right after that record.
        """
        first = 0
        if not position.is_start:
            target = position.key()
            low, high = 0, len(self)
            while low < high:
                middle = (low + high) // 2
                after = self._keyed_at_or_before(middle)[1]
                if after.is_start or after.key() <= target:
                    low = middle + 1
                else:
                    high = middle
            # Lines before `low` belong to records up to the target; `first` comes
            # after the last such record, so unkeyed lines trailing it are served.
            first = self._keyed_at_or_before(low - 1)[0] + 1
        for _ in range(position.skip):  # only ever over lines that are still unkeyed
            if first >= len(self) or self._keyed(first) is not None:
                break
            first += 1
        return first

    def page(self, first: int, limit: int) -> tuple[bytes, Position | None, int]:
        """Lines ``first..first+limit`` as ``(items, position after them, stop index)``.

        ``items`` is the lines joined with "," (a JSON array's inside); the
        position is None for an empty page.
        """
        stop = min(first + limit, len(self))
        raw = self._read(first, stop)
        if not raw:
            return b"", None, first
        last = record_position(raw[self._offsets[stop - 1] - self._offsets[first] :])
        if last is None:
            last = self.position_after(stop - 1)
        if self._has_blank_lines:
            items = b",".join(line for line in raw.split(b"\n") if line.strip())
        else:
            # Whitespace (a trailing "\r", spaces) between values is valid JSON.
            items = raw.rstrip().replace(b"\n", b",")
        return items, last, stop
