"""A realistic, deterministic demo catalog in the feed's JSON Lines format.

Search, sync and benchmarks need a catalog the size of the real fair (25,000
exhibitors, up to 3 million products) long before the organizer's service exists, and
it must read like the fair's: Canton Fair categories, Chinese company names, trade
vocabulary in English and Chinese with some names in buyer languages, realistic prices
and MOQs. `write_demo_catalog` writes the four files of `docs/catalog-feed.md`:

* the same bytes for the same arguments: seeded `random.Random` streams, one per kind
  and one per chunk of 5,000 products, so changing how slots are drawn does not
  reshuffle products, and chunks could be made in parallel without changing a byte;
* streamed in chunks, so memory stays flat (about 100 MB) however many products are
  asked for: only the exhibitor table, at most 25,000 small records, is kept;
* each file sorted by `(updated_at, id)`: records get increasing ids and instants;
* names, prices, MOQs and certifications drawn from `catalog_sync.demo.vocabulary`, where
  every modifier, material and spec fits the nouns it can meet.

The generators live beside this module: `exhibitors` (companies, booths, meeting
slots), `products` (product lines), `plans` (the vocabulary flattened per noun) and
`text` (shared helpers); this module writes the files and runs the command.

Run `python -m catalog_sync.demo.catalog --products 200000 --out DIR`.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from catalog_sync.demo.exhibitors import Exhibitor, exhibitor_records, plural, slot_records
from catalog_sync.demo.products import product_blocks, product_job
from catalog_sync.demo.text import Instants, dumps
from catalog_sync.demo.vocabulary import SECTIONS, TOP_CATEGORIES, Term

__all__ = [
    "CatalogSummary",
    "build_parser",
    "default_exhibitors",
    "main",
    "plural",
    "write_demo_catalog",
]

MAX_PRODUCTS = 3_000_000
MAX_EXHIBITORS = 25_000
DEFAULT_START = datetime(2026, 9, 1, tzinfo=UTC)
_FILES = ("categories", "exhibitors", "products", "availability")


@dataclass(frozen=True, slots=True)
class CatalogSummary:
    """How many records of each kind a demo catalog holds."""

    categories: int
    exhibitors: int
    products: int
    availability: int


def default_exhibitors(products: int) -> int:
    """About 80 products per exhibitor, at least 20, at most the fair's 25,000."""
    return min(MAX_EXHIBITORS, max(20, products // 80))


def write_demo_catalog(
    out: Path,
    products: int,
    seed: int = 1,
    exhibitors: int | None = None,
    start: datetime | None = None,
) -> CatalogSummary:
    """Write categories, exhibitors, products and availability JSON Lines into `out`."""
    if not 1 <= products <= MAX_PRODUCTS:
        raise ValueError(f"products must be 1..{MAX_PRODUCTS}, got {products}")
    count = default_exhibitors(products) if exhibitors is None else exhibitors
    if not 1 <= count <= MAX_EXHIBITORS:
        raise ValueError(f"exhibitors must be 1..{MAX_EXHIBITORS}, got {count}")
    begin = DEFAULT_START if start is None else start
    epoch = int((begin if begin.tzinfo else begin.replace(tzinfo=UTC)).timestamp())
    out.mkdir(parents=True, exist_ok=True)

    n_categories = _write(out / "categories.jsonl", _blocks(_category_records(epoch)))
    table: list[Exhibitor] = []
    rng = random.Random(f"{seed}:exhibitors")
    records = exhibitor_records(rng, count, epoch, table)
    n_exhibitors = _write(out / "exhibitors.jsonl", _blocks(records))
    rng = random.Random(f"{seed}:availability")
    n_slots = _write(out / "availability.jsonl", _blocks(slot_records(rng, table, epoch)))
    job = product_job(seed, table, epoch)
    n_products = _write(out / "products.jsonl", product_blocks(job, products))
    return CatalogSummary(n_categories, n_exhibitors, n_products, n_slots)


def _write(path: Path, blocks: Iterable[tuple[int, str]]) -> int:
    """Stream blocks of JSON lines to `path`; replace the file only once it is complete."""
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as fh:
        for lines, text in blocks:
            fh.write(text)
            count += lines
    os.replace(tmp, path)
    return count


def _blocks(lines: Iterable[str], size: int = 2000) -> Iterator[tuple[int, str]]:
    """Group lines into blocks of `size` for fewer, larger writes."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield len(chunk), "\n".join(chunk) + "\n"
            chunk = []
    if chunk:
        yield len(chunk), "\n".join(chunk) + "\n"


# --- categories --------------------------------------------------------------------


def _category_records(epoch: int) -> Iterator[str]:
    """The 16 top categories first (parents before children), then their sections."""
    stamp = Instants()
    rows: list[tuple[str, str | None, int, Term]] = [
        (top.id, None, position, top.name)
        for position, top in enumerate(TOP_CATEGORIES.values(), 1)
    ]
    positions: dict[str, int] = {}
    for section in SECTIONS:
        positions[section.parent_id] = positions.get(section.parent_id, 0) + 1
        rows.append((section.id, section.parent_id, positions[section.parent_id], section.name))
    for i, (cat_id, parent, position, name) in enumerate(rows):
        yield dumps(
            {
                "id": cat_id,
                "parent_id": parent,
                "position": position,
                "name": {"en": name.en, "zh": name.zh},
                "updated_at": stamp(epoch + i),
            }
        )


# --- command line --------------------------------------------------------------------


def _product_count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_PRODUCTS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_PRODUCTS:,}, got {value:,}")
    return value


def _exhibitor_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_EXHIBITORS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_EXHIBITORS:,}")
    return value


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 instant: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments (reusable by `python bot.py demo-catalog`)."""
    parser = argparse.ArgumentParser(
        prog="python -m catalog_sync.demo.catalog",
        description="Write a realistic demo catalog as JSON Lines (docs/catalog-feed.md).",
    )
    parser.add_argument(
        "--products",
        type=_product_count,
        default=10_000,
        help="number of products, 1 to 3,000,000 (default 10,000)",
    )
    parser.add_argument("--seed", type=int, default=1, help="same seed, same bytes (default 1)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("demo-catalog"),
        help="directory to write (created if needed)",
    )
    parser.add_argument(
        "--exhibitors",
        type=_exhibitor_count,
        default=None,
        help="default: products // 80, at least 20, at most 25,000",
    )
    parser.add_argument(
        "--start",
        type=_instant,
        default=None,
        help="first updated_at instant (default 2026-09-01T00:00:00Z)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Write the catalog and print what was written, with the time it took."""
    args = build_parser().parse_args(argv)
    return write_and_report(args.out, args.products, args.seed, args.exhibitors, args.start)


def write_and_report(
    out: Path, products: int, seed: int, exhibitors: int | None, start: datetime | None
) -> int:
    """Write the catalog (`write_demo_catalog`) and print each file's size and the rate."""
    began = time.perf_counter()
    summary = write_demo_catalog(out, products, seed, exhibitors, start)
    seconds = time.perf_counter() - began
    for kind in _FILES:
        path = out / f"{kind}.jsonl"
        size = path.stat().st_size / 1e6
        print(f"{kind:>12}: {getattr(summary, kind):>9,} records, {size:8.1f} MB  {path}")
    rate = summary.products / seconds if seconds > 0 else float("inf")
    print(f"{seconds:.1f} s ({rate:,.0f} products/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
