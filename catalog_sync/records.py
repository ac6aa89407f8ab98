"""Feed records, checked one by one: a bad record is rejected, never the page.

msgspec converts each decoded record into a typed struct at C speed and says
what is wrong with it; the few rules a type cannot say (en present, a known
currency, min <= max, a slot that ends after it starts) are checked after.
Limits follow docs/catalog-feed.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

import msgspec
from babel.numbers import list_currencies

KINDS = ("categories", "exhibitors", "products", "availability")

# The id alphabet (A-Z a-z 0-9 . _ -) is checked in `rule_broken`: a msgspec
# pattern runs Python's re on every id, which costs more than the rest together.
Id = Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]
LongText = Annotated[str, msgspec.Meta(max_length=5000)]
Url = Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
Word = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Lang = Annotated[str, msgspec.Meta(min_length=2, max_length=16)]
MAX_PRICE = Decimal(1_000_000_000)

CURRENCIES = frozenset(list_currencies())


class Tombstone(msgspec.Struct):
    id: Id
    updated_at: datetime
    deleted: bool


class CategoryRecord(msgspec.Struct):
    id: Id
    name: dict[Lang, Name]
    updated_at: datetime
    parent_id: Id | None = None
    position: int = 0


class ExhibitorRecord(msgspec.Struct):
    id: Id
    name: dict[Lang, Name]
    country: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")]
    updated_at: datetime
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
    updated_at: datetime
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
    starts_at: datetime
    ends_at: datetime
    updated_at: datetime


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
            return tombstone if _valid_id(tombstone.id) else Rejected(None, "invalid id")
        record = msgspec.convert(item, RECORD_TYPES[kind])
    except msgspec.ValidationError as error:
        return Rejected(shown_id, str(error))
    except (InvalidOperation, ValueError) as error:
        return Rejected(shown_id, f"invalid value: {error}")
    problem = rule_broken(record)
    return Rejected(shown_id, problem) if problem else record


def rule_broken(record: msgspec.Struct) -> str | None:
    """What a typed record breaks among the rules types cannot say, or None."""
    for name in ("id", "exhibitor_id", "category_id", "parent_id"):
        value = getattr(record, name, None)
        if value is not None and not _valid_id(value):
            return f"{name} has characters outside A-Z a-z 0-9 . _ -"
    names = getattr(record, "name", None)
    if names is not None and "en" not in names:
        return "name has no English (en) text"
    if isinstance(record, ProductRecord) and record.price is not None:
        if record.price.currency not in CURRENCIES:
            return f"unknown currency {record.price.currency}"
        if not Decimal(0) <= record.price.min <= record.price.max <= MAX_PRICE:
            return "price must satisfy 0 <= min <= max <= 10^9"
    if isinstance(record, SlotRecord) and record.ends_at <= record.starts_at:
        return "slot ends before it starts"
    for value in _instants(record):
        if value.tzinfo is None:
            return "a time without a time zone"
    return None


def _valid_id(value: str) -> bool:
    return (
        value.isascii() and value.replace(".", "a").replace("_", "a").replace("-", "a").isalnum()
    )


def _instants(record: msgspec.Struct) -> list[datetime]:
    values = (getattr(record, name) for name in record.__struct_fields__)
    return [value for value in values if isinstance(value, datetime)]
