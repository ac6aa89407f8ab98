"""Charts for the figures: a localized description in, a PNG out.

`render` imports matplotlib (and registers the fonts) on its first call, not when this
package is imported: the bot starts without paying for it, and only a process that
draws a chart does.
"""

from __future__ import annotations

from bot.charts.model import Chart, ChartKind, Direction, HanForms, Series

__all__ = ["Chart", "ChartKind", "Direction", "HanForms", "Series", "render"]


def render(chart: Chart) -> bytes:
    """The chart as a PNG (1280x720). Safe to call from several threads at once."""
    from bot.charts.drawing import draw

    return draw(chart)
