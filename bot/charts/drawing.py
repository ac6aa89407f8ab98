"""Drawing a Chart as a PNG with matplotlib.

Only matplotlib's object API is used (a Figure with its own Agg canvas, never pyplot and
never rcParams), so charts can be drawn in several threads at once: the bot draws them
with asyncio.to_thread. Every style is set on the artists themselves for the same
reason. The size suits a Telegram photo (1280x720, shown without rescaling).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from io import BytesIO

from babel.numbers import format_decimal
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator

from bot.charts.fonts import families
from bot.charts.model import Chart, ChartKind, Direction, Series

WIDTH_PX = 1280
HEIGHT_PX = 720
_DPI = 100
# Colour-blind safe (Okabe-Ito), in the order series come.
_PALETTE = ("#0072B2", "#E69F00", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442")
_TEXT = "#1f2933"
_MUTED = "#616e7c"
_GRID = "#e4e7eb"
# Longer names (search queries, exhibitors) are cut with an ellipsis: they would squeeze
# the plot to nothing.
_MAX_LABEL_CHARS = 32
# At most this many category names along the horizontal axis; the rest are skipped
# evenly (30 days or 24 hours stay legible).
_MAX_CATEGORY_TICKS = 24
_BAR_SPAN = 0.8


def draw(chart: Chart) -> bytes:
    """The chart as PNG bytes, WIDTH_PX by HEIGHT_PX."""
    figure = Figure(
        figsize=(WIDTH_PX / _DPI, HEIGHT_PX / _DPI),
        dpi=_DPI,
        facecolor="white",
    )
    FigureCanvasAgg(figure)
    family = families(chart.direction, chart.han_forms)
    rtl = chart.direction is Direction.RTL
    figure.suptitle(
        chart.title,
        x=0.99 if rtl else 0.01,
        ha="right" if rtl else "left",
        fontsize=20,
        color=_TEXT,
        fontfamily=family,
    )
    axes = figure.add_subplot()
    if rtl:
        # Categories (or the bars' growth, lying down) run from the right. Before any
        # bar is labelled: bar labels go on the side the axis points to at that time.
        axes.invert_xaxis()
    if chart.is_empty:
        _draw_empty(axes, chart, family)
    else:
        if chart.kind is ChartKind.LINE:
            _draw_lines(axes, chart, family)
        else:
            _draw_bars(axes, chart, family)
        _style(axes, chart, family)
    # Laid out once, from the texts' sizes: a layout engine ("constrained") made savefig
    # draw every chart twice, a dry run for the layout and then the picture.
    figure.tight_layout(pad=0.8)
    out = BytesIO()
    # zlib's level 3 rather than 6: a tenth of the drawing time saved for a quarter more
    # bytes (about 55 kB, nothing to Telegram, which makes a JPEG of it anyway).
    figure.savefig(out, format="png", dpi=_DPI, pil_kwargs={"compress_level": 3})
    return out.getvalue()


def _draw_empty(axes: Axes, chart: Chart, family: list[str]) -> None:
    axes.set_axis_off()
    axes.text(
        0.5,
        0.5,
        chart.empty_text,
        transform=axes.transAxes,
        ha="center",
        va="center",
        fontsize=18,
        color=_MUTED,
        fontfamily=family,
    )


def _colour(index: int) -> str:
    return _PALETTE[index % len(_PALETTE)]


def _draw_bars(axes: Axes, chart: Chart, family: list[str]) -> None:
    """Bars of every kind: upright or lying (RANKED), side by side or stacked."""
    horizontal = chart.kind is ChartKind.RANKED
    stacked = chart.kind is ChartKind.STACKED
    count = len(chart.series)
    width = _BAR_SPAN if stacked else _BAR_SPAN / count
    bottoms = [0.0] * len(chart.categories)
    if horizontal:
        # The first category (the largest, in a ranked list) on top.
        axes.invert_yaxis()
    for index, series in enumerate(chart.series):
        offset = 0.0 if stacked else (index - (count - 1) / 2) * width
        positions = [position + offset for position in range(len(chart.categories))]
        heights = [chart.suppressed_below if value is None else value for value in series.values]
        colour = _colour(index)
        if horizontal:
            bars = axes.barh(
                positions, heights, height=width, left=bottoms, color=colour, label=series.name
            )
        else:
            bars = axes.bar(
                positions, heights, width=width, bottom=bottoms, color=colour, label=series.name
            )
        _hatch_suppressed(bars, series, colour)
        if series.labels is not None:
            texts = axes.bar_label(
                bars,
                labels=list(series.labels),
                label_type="center" if stacked else "edge",
                padding=0 if stacked else 3,
                fontsize=11,
                color=_TEXT,
                fontfamily=family,
            )
            if stacked:
                # Inside a filled segment, white reads better; a hatched one is empty.
                for text, value in zip(texts, series.values, strict=True):
                    text.set_color(_TEXT if value is None else "white")
        if stacked:
            bottoms = [bottom + height for bottom, height in zip(bottoms, heights, strict=True)]
    if horizontal:
        axes.margins(x=0.12)
    else:
        axes.margins(y=0.12)


def _hatch_suppressed(bars: BarContainer, series: Series, colour: str) -> None:
    """Suppressed values as empty, hatched bars: there is something, under the bound."""
    for patch, value in zip(bars.patches, series.values, strict=True):
        if value is None:
            patch.set_fill(False)
            patch.set_edgecolor(colour)
            patch.set_hatch("///")


def _draw_lines(axes: Axes, chart: Chart, family: list[str]) -> None:
    """A line per series; a suppressed point is a gap, with a hollow marker at the bound."""
    positions = range(len(chart.categories))
    markers = len(chart.categories) <= 40
    for index, series in enumerate(chart.series):
        colour = _colour(index)
        values = [math.nan if value is None else value for value in series.values]
        axes.plot(
            positions,
            values,
            color=colour,
            linewidth=2.5,
            marker="o" if markers else None,
            markersize=5,
            label=series.name,
        )
        suppressed = [position for position in positions if series.values[position] is None]
        if suppressed:
            axes.plot(
                suppressed,
                [chart.suppressed_below] * len(suppressed),
                linestyle="none",
                marker="o",
                markersize=7,
                markerfacecolor="white",
                markeredgecolor=colour,
            )
        for position, label in enumerate(series.labels or ()):
            value = series.values[position]
            if label:
                axes.annotate(
                    label,
                    (position, chart.suppressed_below if value is None else value),
                    xytext=(0, 7),
                    textcoords="offset points",
                    ha="center",
                    fontsize=11,
                    color=_TEXT,
                    fontfamily=family,
                )
    axes.margins(y=0.12)


def _style(axes: Axes, chart: Chart, family: list[str]) -> None:
    """Axes, ticks, grid and legend; mirrored for right-to-left charts."""
    rtl = chart.direction is Direction.RTL
    horizontal = chart.kind is ChartKind.RANKED
    category_axis, value_axis = (
        (axes.yaxis, axes.xaxis) if horizontal else (axes.xaxis, axes.yaxis)
    )
    names = [_shorten(name) for name in chart.categories]
    step = 1 if horizontal else max(1, math.ceil(len(names) / _MAX_CATEGORY_TICKS))
    category_axis.set_major_locator(FixedLocator(list(range(0, len(names), step))))
    category_axis.set_major_formatter(
        FuncFormatter(lambda value, _position: _category_name(names, value))
    )
    value_axis.set_major_locator(MaxNLocator(nbins=6, integer=_all_integers(chart.series)))
    value_axis.set_major_formatter(
        FuncFormatter(lambda value, _position: _format_value(chart.number_locale, value))
    )
    _start_values_at_zero(axes, chart)
    axes.set_xlabel(
        chart.value_label if horizontal else chart.category_label,
        fontsize=14,
        color=_MUTED,
        fontfamily=family,
    )
    axes.set_ylabel(
        chart.category_label if horizontal else chart.value_label,
        fontsize=14,
        color=_MUTED,
        fontfamily=family,
    )
    axes.tick_params(labelsize=12, labelcolor=_TEXT, labelfontfamily=family, length=0)
    if not horizontal and len(names) > 12:
        for label in category_axis.get_ticklabels():
            label.set_rotation(-45 if rtl else 45)
            label.set_horizontalalignment("left" if rtl else "right")
            label.set_rotation_mode("anchor")
    axes.grid(axis="x" if horizontal else "y", color=_GRID, linewidth=1)
    axes.set_axisbelow(True)
    for side in ("top", "left", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_visible(not horizontal)
    axes.spines["right" if rtl else "left"].set_visible(horizontal)
    if rtl:
        axes.yaxis.tick_right()
        axes.yaxis.set_label_position("right")
    if len(chart.series) > 1:
        handles, labels = axes.get_legend_handles_labels()
        if rtl:
            # The first series on the right, where reading starts.
            handles, labels = handles[::-1], labels[::-1]
        axes.legend(
            handles,
            labels,
            loc="lower right" if rtl else "lower left",
            bbox_to_anchor=(1.0 if rtl else 0.0, 1.0),
            ncols=len(chart.series),
            frameon=False,
            markerfirst=not rtl,
            prop={"family": family, "size": 12},
            labelcolor=_TEXT,
        )


def _start_values_at_zero(axes: Axes, chart: Chart) -> None:
    """Counts and durations start at zero (lines would float above it); all zeros still
    get a scale, 0 to 1, rather than a band around zero."""
    drawn = [
        chart.suppressed_below if value is None else value
        for row in chart.series
        for value in row.values
    ]
    if min(drawn) < 0:
        return
    # The bounds keep an axis inverted for right-to-left charts; limits would not.
    set_bound = axes.set_xbound if chart.kind is ChartKind.RANKED else axes.set_ybound
    set_bound(0, None if max(drawn) > 0 else 1)


def _shorten(name: str) -> str:
    if len(name) <= _MAX_LABEL_CHARS:
        return name
    return name[: _MAX_LABEL_CHARS - 1].rstrip() + "…"


def _category_name(names: Sequence[str], value: float) -> str:
    index = round(value)
    return names[index] if 0 <= index < len(names) else ""


def _all_integers(series: Sequence[Series]) -> bool:
    return all(
        value is None or float(value).is_integer() for row in series for value in row.values
    )


def _format_value(locale: str | None, value: float) -> str:
    if locale is not None:
        return format_decimal(value, locale=locale)
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
