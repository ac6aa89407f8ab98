"""What a chart shows, described before it is drawn.

The description arrives fully localized: titles, category names, series names and value
labels are already translated and formatted (Babel) by the caller, so the drawing code
never needs a locale. It only needs to know the text's direction (Arabic charts are
mirrored) and which regional forms to use for Han characters (the same code point is
drawn differently for Chinese and Japanese readers).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ChartKind(StrEnum):
    """How the numbers are drawn."""

    # One bar per category, upright: counts per day or per hour.
    BARS = "bars"
    # One bar per category, lying down, the first category on top: ranked lists (top
    # countries, top queries, slowest exhibitors) whose long names need the room.
    RANKED = "ranked"
    # A line per series over the categories: series over time.
    LINE = "line"
    # Upright bars side by side, one per series in each category: sent/blocked/failed.
    GROUPED = "grouped"
    # Upright bars stacked, one segment per series in each category.
    STACKED = "stacked"


class Direction(StrEnum):
    """The reading direction: right-to-left charts are mirrored."""

    LTR = "ltr"
    RTL = "rtl"


class HanForms(StrEnum):
    """Which regional glyph forms draw Han characters (the name of the font face)."""

    SIMPLIFIED_CHINESE = "Noto Sans CJK SC"
    TRADITIONAL_CHINESE = "Noto Sans CJK TC"
    JAPANESE = "Noto Sans CJK JP"
    KOREAN = "Noto Sans CJK KR"

    @classmethod
    def for_locale(cls, locale: str) -> HanForms:
        """The forms a reader of `locale` (a Babel identifier such as "ja", "zh_Hans")
        expects; Simplified Chinese for every locale without Han characters of its own,
        which only meets them in user text such as search queries."""
        language, _, script = locale.replace("-", "_").partition("_")
        if language == "ja":
            return cls.JAPANESE
        if language == "ko":
            return cls.KOREAN
        if language == "zh" and script in ("Hant", "TW", "HK", "MO"):
            return cls.TRADITIONAL_CHINESE
        return cls.SIMPLIFIED_CHINESE


@dataclass(frozen=True, slots=True)
class Series:
    """One named row of numbers, a value per category.

    A value of None is suppressed (a group too small to show, "< 5"): its bar is drawn
    hatched and empty up to `Chart.suppressed_below`, the bound the label states, and a
    line leaves a gap there. `labels`, if given, is the text written on each bar (or
    point): Babel-formatted numbers, "< 5" for a suppressed value, "" for none.
    """

    name: str
    values: tuple[float | None, ...]
    labels: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.labels is not None and len(self.labels) != len(self.values):
            raise ValueError(
                f"series {self.name!r}: {len(self.labels)} labels for {len(self.values)} values"
            )


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart to draw: every text in it already in the reader's language.

    `number_locale` is the reader's locale (a Babel code, "ar", "zh_Hans"), in which the
    numbers on the value axis are written; without it they are plain integers or
    decimals. A chart is plain data, so it can be drawn in another process.
    `empty_text` is written across a chart that has no data ("No data for this period").
    """

    kind: ChartKind
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    category_label: str = ""
    value_label: str = ""
    empty_text: str = ""
    direction: Direction = Direction.LTR
    han_forms: HanForms = HanForms.SIMPLIFIED_CHINESE
    number_locale: str | None = None
    suppressed_below: float = 5.0

    def __post_init__(self) -> None:
        for series in self.series:
            if len(series.values) != len(self.categories):
                raise ValueError(
                    f"series {series.name!r}: {len(series.values)} values"
                    f" for {len(self.categories)} categories"
                )

    @property
    def is_empty(self) -> bool:
        """Nothing to draw: no category or no series (suppressed values still count: a
        chart of "< 5" bars says something)."""
        return not self.categories or not self.series
