"""CSV files for spreadsheets: UTF-8 with a byte-order mark, a header row, no formulas.

The byte-order mark makes Excel read Chinese and Arabic right. Every text cell a
spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
return) is led by an apostrophe, so a buyer named "=HYPERLINK(...)" or a search
for "=cmd" stays text. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(cell: str) -> str:
    """A text cell no spreadsheet runs as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def document(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The rows under `header` as a CSV file: numbers as they are, the rest as safe text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe(str(cell)) for cell in header])
    for row in rows:
        writer.writerow(
            [
                cell
                if isinstance(cell, int | float) and not isinstance(cell, bool)
                else safe(str(cell))
                for cell in row
            ]
        )
    return out.getvalue().encode("utf-8-sig")


def _cell(value: object) -> object:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    return value if is_number else safe(str(value))
