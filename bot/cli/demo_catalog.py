"""`python bot.py demo-catalog`: a realistic demo catalog in the feed's format (JSON Lines),
for trying the sync or the benchmarks without the fair's feed."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli import runtime


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalog = commands.add_parser(
        "demo-catalog", help="write a realistic demo catalog in the feed format (JSON Lines)"
    )
    catalog.add_argument("--products", type=int, default=10_000)
    catalog.add_argument("--seed", type=int, default=1)
    catalog.add_argument("--out", type=Path, default=Path("data/demo-catalog"))
    catalog.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    from catalog_sync.demo.catalog import write_and_report

    return write_and_report(args.out, args.products, args.seed, None, None)
