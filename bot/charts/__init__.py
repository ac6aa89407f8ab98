"""Charts for the figures: a localized description in, a PNG out.

`render` imports matplotlib (and registers the fonts) on its first call, not when this
package is imported: the bot starts without paying for it (about half a second), and
only a process that draws a chart does. `prepare` pays it ahead, e.g. in a thread at
start-up, so that the first /figures does not.
"""

from __future__ import annotations

from importlib import import_module

from bot.charts.model import Chart, ChartKind, Direction, HanForms, Series

__all__ = ["Chart", "ChartKind", "Direction", "HanForms", "Series", "prepare", "render"]


def render(chart: Chart) -> bytes:
    """The chart as a PNG (1280x720). Safe to call from several threads at once."""
    from bot.charts.drawing import draw

    return draw(chart)


def prepare() -> None:
    """Import matplotlib and register the fonts now rather than on the first chart."""
    import_module("bot.charts.drawing")
