"""Decoding one page of the feed into records, tombstones and rejections.

The fast path decodes the whole page straight into typed structs (msgspec, in
C). A page holding a tombstone or a bad record fails that, and is decoded again
record by record, so that only the bad record is rejected. A page that is not
JSON at all is `MalformedPage`; its `next_cursor` can still be read off its
tail when only an item is broken, which lets the sync step over that item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import msgspec

from catalog_sync.records import (
    KINDS,
    RECORD_TYPES,
    Rejected,
    Tombstone,
    drop_bad_images,
    parse,
    rule_broken,
)


class MalformedPage(Exception):
    """The page is not the JSON the contract promises."""


@dataclass
class Page:
    records: list[Any] = field(default_factory=list)
    tombstones: list[Tombstone] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    dropped: list[Rejected] = field(default_factory=list)  # image values, (id, value)
    next_cursor: str | None = None
    has_more: bool = False


_TAIL = re.compile(rb'"next_cursor"\s*:\s*"([^"\\]*)"\s*,\s*"has_more"\s*:\s*(true|false)\s*}\s*$')


def _typed_decoder(record_type: type) -> msgspec.json.Decoder[Any]:
    envelope = msgspec.defstruct(
        "Envelope",
        [
            ("items", list[record_type]),  # type: ignore[valid-type]  # a type made at run time
            ("next_cursor", str | None, None),
            ("has_more", bool, False),
        ],
    )
    return msgspec.json.Decoder(envelope)


_TYPED = {kind: _typed_decoder(RECORD_TYPES[kind]) for kind in KINDS}
_GENERIC = msgspec.json.Decoder()


def decode(kind: str, body: bytes) -> Page:
    """The page's records; raises MalformedPage when the body is not a page."""
    try:
        typed = _TYPED[kind].decode(body)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return _record_by_record(kind, body)
    page = Page(next_cursor=typed.next_cursor, has_more=typed.has_more)
    for record in typed.items:
        problem = rule_broken(record)
        if problem:
            page.rejected.append(Rejected(record.id, problem))
        else:
            page.records.append(record)
    page.dropped = drop_bad_images(kind, page.records)
    return page


def _record_by_record(kind: str, body: bytes) -> Page:
    try:
        raw = _GENERIC.decode(body)
    except msgspec.DecodeError as error:
        raise MalformedPage(f"not JSON: {error}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("items"), list):
        raise MalformedPage("no items list")
    cursor = raw.get("next_cursor")
    if cursor is not None and not isinstance(cursor, str):
        raise MalformedPage("next_cursor is not a string")
    page = Page(next_cursor=cursor, has_more=raw.get("has_more") is True)
    for item in raw["items"]:
        result = parse(kind, item)
        if isinstance(result, Rejected):
            page.rejected.append(result)
        elif isinstance(result, Tombstone):
            page.tombstones.append(result)
        else:
            page.records.append(result)
    page.dropped = drop_bad_images(kind, page.records)
    return page


def tail_cursor(body: bytes) -> tuple[str, bool] | None:
    """`next_cursor` and `has_more` read off the end of a page whose items are broken."""
    found = _TAIL.search(body[-2000:])
    if found is None:
        return None
    return found.group(1).decode(), found.group(2) == b"true"
