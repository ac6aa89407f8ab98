"""Feed records, checked one by one: a bad record is rejected, never the page.

msgspec converts each decoded record into a typed struct at C speed and says
what is wrong with it; the few rules a type cannot say (en present, a known
currency, min <= max, a slot that ends after it starts) are checked after.
Image values that are not web URLs are dropped from a record that is otherwise
kept. Limits follow docs/catalog-feed.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

import msgspec
from babel.numbers import list_currencies

from bot.web_urls import is_web_url

KINDS = ("categories", "exhibitors", "products", "availability")

# The id alphabet (A-Z a-z 0-9 . _ -) is checked in `rule_broken`: a msgspec
# pattern runs Python's re on every id, which costs more than the rest together.
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]
LongText = Annotated[str, msgspec.Meta(max_length=5000)]
Url = Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
Word = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Lang = Annotated[str, msgspec.Meta(min_length=2, max_length=16)]
# Instants stay text until stored: decoding and re-formatting a datetime per record
# costs more than the rest of the record. `instant` checks and normalises them.
Instant = Annotated[str, msgspec.Meta(min_length=10, max_length=40)]
MAX_PRICE = Decimal(1_000_000_000)
_ID = re.compile(r"[A-Za-z0-9._-]+")

CURRENCIES = frozenset(list_currencies())


class Tombstone(msgspec.Struct):
    id: Id
    updated_at: Instant
    deleted: bool


class CategoryRecord(msgspec.Struct):
    id: Id
    name: dict[Lang, Name]
    updated_at: Instant
    parent_id: Id | None = None
    position: int = 0


class ExhibitorRecord(msgspec.Struct):
    id: Id
    name: dict[Lang, Name]
    country: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]
    updated_at: Instant
    province: Annotated[str, msgspec.Meta(max_length=100)] | None = None
    hall: Annotated[str, msgspec.Meta(max_length=32)] | None = None
    booth: Annotated[str, msgspec.Meta(max_length=32)] | None = None
    phase: Annotated[int, msgspec.Meta(ge=1, le=9)] | None = None
    description: dict[Lang, LongText] = {}
    main_products: Annotated[list[Word], msgspec.Meta(max_length=50)] = []
    meetings: bool = False
    chat: bool = False
    logo_url: Url | None = None


class Price(msgspec.Struct):
    min: Decimal
    max: Decimal
    currency: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]


class Moq(msgspec.Struct):
    quantity: Annotated[int, msgspec.Meta(ge=1, le=1_000_000_000)]
    unit: Annotated[str, msgspec.Meta(min_length=1, max_length=32)]


class ProductRecord(msgspec.Struct):
    id: Id
    exhibitor_id: Id
    name: dict[Lang, Name]
    updated_at: Instant
    category_id: Id | None = None
    description: dict[Lang, LongText] = {}
    keywords: Annotated[list[Word], msgspec.Meta(max_length=50)] = []
    price: Price | None = None
    moq: Moq | None = None
    images: Annotated[list[Url], msgspec.Meta(max_length=20)] = []
    certifications: Annotated[list[Word], msgspec.Meta(max_length=20)] = []


class SlotRecord(msgspec.Struct):
    id: Id
    exhibitor_id: Id
    starts_at: Instant
    ends_at: Instant
    updated_at: Instant


RECORD_TYPES: dict[str, type[msgspec.Struct]] = {
    "categories": CategoryRecord,
    "exhibitors": ExhibitorRecord,
    "products": ProductRecord,
    "availability": SlotRecord,
}


@dataclass(frozen=True)
class Rejected:
    """A record that was not stored, and why (its id when it had a readable one)."""

    id: str | None
    reason: str


def parse(kind: str, item: Any) -> msgspec.Struct | Tombstone | Rejected:
    """One record of `kind` from a decoded page: typed, a tombstone, or rejected."""
    record_id = item.get("id") if isinstance(item, dict) else None
    shown_id = record_id if isinstance(record_id, str) and len(record_id) <= 64 else None
    if not isinstance(item, dict):
        return Rejected(None, "not a JSON object")
    try:
        if item.get("deleted") is True:
            tombstone = msgspec.convert(item, Tombstone)
            if not _ID.fullmatch(tombstone.id) or instant(tombstone.updated_at) is None:
                return Rejected(None, "invalid tombstone")
            return tombstone
        record = msgspec.convert(item, RECORD_TYPES[kind])
    except msgspec.ValidationError as error:
        return Rejected(shown_id, str(error))
    except (InvalidOperation, ValueError) as error:
        return Rejected(shown_id, f"invalid value: {error}")
    problem = rule_broken(record)
    return Rejected(shown_id, problem) if problem else record


def rule_broken(record: msgspec.Struct) -> str | None:
    """What a typed record breaks among the rules types cannot say, or None."""
    if not _ID.fullmatch(record.id):  # type: ignore[attr-defined]
        return "id has characters outside A-Z a-z 0-9 . _ -"
    if instant(record.updated_at) is None:  # type: ignore[attr-defined]
        return "updated_at is not an ISO 8601 instant with a time zone"
    names = getattr(record, "name", None)
    if names is not None and "en" not in names:
        return "name has no English (en) text"
    if isinstance(record, ProductRecord) and record.price is not None:
        if record.price.currency not in CURRENCIES:
            return f"unknown currency {record.price.currency}"
        if not Decimal(0) <= record.price.min <= record.price.max <= MAX_PRICE:
            return "price must satisfy 0 <= min <= max <= 10^9"
    if isinstance(record, SlotRecord):
        starts, ends = instant(record.starts_at), instant(record.ends_at)
        if starts is None or ends is None:
            return "a slot time is not an ISO 8601 instant with a time zone"
        if ends <= starts:
            return "slot ends before it starts"
    return None


def drop_bad_images(kind: str, records: list[Any]) -> list[Rejected]:
    """Removes image values that are not http(s) URLs from `records`, returning them.

    A local path there would make python-telegram-bot upload that file to a chat;
    the product stays listed without the bad picture (docs/catalog-feed.md).
    """
    dropped: list[Rejected] = []
    if kind == "products":
        for record in records:
            images = record.images
            if images and not all(map(is_web_url, images)):
                record.images = [url for url in images if is_web_url(url)]
                dropped += [_dropped(record.id, url) for url in images if not is_web_url(url)]
    elif kind == "exhibitors":
        for record in records:
            if record.logo_url is not None and not is_web_url(record.logo_url):
                dropped.append(_dropped(record.id, record.logo_url))
                record.logo_url = None
    return dropped


def _dropped(record_id: str, value: str) -> Rejected:
    return Rejected(record_id, repr(value[:100]))


def instant(text: str) -> datetime | None:
    """The aware UTC instant a feed timestamp names, or None if it names none."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value.astimezone(UTC) if value.tzinfo is not None else None
