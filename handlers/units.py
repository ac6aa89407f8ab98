"""Minimum-order units: the catalog writes them in English ("pieces", "kg"); a reader
sees them in their language, in the form their number takes ("1 pair", "500 pairs").

A unit this table does not know is shown as the catalog wrote it.
"""

from __future__ import annotations

from bot.i18n import NP_, Plural, Translator

_PIECE = NP_("piece", "pieces")
_SET = NP_("set", "sets")
_PAIR = NP_("pair", "pairs")
_METRE = NP_("metre", "metres")
_SQUARE_METRE = NP_("square metre", "square metres")
_KILOGRAM = NP_("kilogram", "kilograms")
_TON = NP_("ton", "tons")
_CARTON = NP_("carton", "cartons")
_BOX = NP_("box", "boxes")
_ROLL = NP_("roll", "rolls")
_BAG = NP_("bag", "bags")
_UNIT = NP_("unit", "units")

UNITS: dict[str, Plural] = {
    **dict.fromkeys(("piece", "pieces", "pc", "pcs"), _PIECE),
    **dict.fromkeys(("set", "sets"), _SET),
    **dict.fromkeys(("pair", "pairs"), _PAIR),
    **dict.fromkeys(("metre", "metres", "meter", "meters", "m"), _METRE),
    **dict.fromkeys(
        ("square metre", "square metres", "square meter", "square meters", "sqm", "m2"),
        _SQUARE_METRE,
    ),
    **dict.fromkeys(("kilogram", "kilograms", "kg", "kgs"), _KILOGRAM),
    **dict.fromkeys(("ton", "tons", "tonne", "tonnes", "t"), _TON),
    **dict.fromkeys(("carton", "cartons", "ctn", "ctns"), _CARTON),
    **dict.fromkeys(("box", "boxes"), _BOX),
    **dict.fromkeys(("roll", "rolls"), _ROLL),
    **dict.fromkeys(("bag", "bags"), _BAG),
    **dict.fromkeys(("unit", "units"), _UNIT),
}


def unit(t: Translator, name: str | None, quantity: int) -> str:
    """`name` (a catalog unit) in the reader's language, in the form for `quantity`."""
    if not name:
        return ""
    found = UNITS.get(name.strip().lower())
    return t.ngettext(found.singular, found.plural, quantity) if found else name
