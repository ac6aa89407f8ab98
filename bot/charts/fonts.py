"""The fonts charts are drawn with, installed from PyPI with the bot.

Matplotlib's own DejaVu Sans draws Latin and Cyrillic but no Han, kana, Hangul, Thai or
Devanagari, and its Arabic is poor; the Noto fonts cover the rest. The Noto Sans CJK
collection (one file, every regional form) covers Chinese, Japanese and Korean in full,
user text such as search queries and exhibitor names included, which a subset would
not. Matplotlib falls back glyph by glyph along the family list, and shapes Arabic, Thai
and Devanagari and orders Arabic itself (libraqm, since 3.11), so the text is passed as
it is.
"""

from __future__ import annotations

from matplotlib import font_manager

from bot import fonts
from bot.charts.model import Direction, HanForms

LATIN = "DejaVu Sans"
ARABIC = "Noto Sans Arabic"
# Scripts only their own font draws: last in every list, whatever the reader's language.
OTHERS = ["Noto Sans Thai", "Noto Sans Devanagari"]


def _register() -> None:
    """Add the Noto fonts to matplotlib's font list.

    Called once, on import: Python's import lock keeps two threads that draw their
    first chart at the same time from adding them twice.
    """
    for path in (fonts.CJK, fonts.ARABIC, fonts.THAI, fonts.DEVANAGARI):
        font_manager.fontManager.addfont(str(path))


_register()


def families(direction: Direction, han_forms: HanForms) -> list[str]:
    """The font families to draw a chart's text with, first choice first.

    Right-to-left charts try the Arabic font first, so that Arabic text and the digits
    and punctuation within it share one design; the others draw Arabic only where it
    appears in user text, so Latin keeps DejaVu's design.
    """
    if direction is Direction.RTL:
        return [ARABIC, LATIN, han_forms.value, *OTHERS]
    return [LATIN, ARABIC, han_forms.value, *OTHERS]
