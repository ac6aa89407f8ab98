"""Minimum-order units: the catalog writes them in English ("pieces", "kg"); a reader
sees them in their language, in the form their number takes ("1 pair", "500 pairs").

A unit this table does not know is shown as the catalog wrote it.
"""

from __future__ import annotations

from bot.i18n import NP_, Plural, Translator

# Each unit's two English forms, and the ways a catalog writes it.
_WRITTEN: list[tuple[Plural, tuple[str, ...]]] = [
    (NP_("piece", "pieces"), ("piece", "pieces", "pc", "pcs")),
    (NP_("set", "sets"), ("set", "sets")),
    (NP_("pair", "pairs"), ("pair", "pairs")),
    (NP_("metre", "metres"), ("metre", "metres", "meter", "meters", "m")),
    (
        NP_("square metre", "square metres"),
        ("square metre", "square metres", "square meter", "square meters", "sqm", "m2"),
    ),
    (NP_("kilogram", "kilograms"), ("kilogram", "kilograms", "kg", "kgs")),
    (NP_("ton", "tons"), ("ton", "tons", "tonne", "tonnes", "t")),
    (NP_("carton", "cartons"), ("carton", "cartons", "ctn", "ctns")),
    (NP_("box", "boxes"), ("box", "boxes")),
    (NP_("roll", "rolls"), ("roll", "rolls")),
    (NP_("bag", "bags"), ("bag", "bags")),
    (NP_("unit", "units"), ("unit", "units")),
]
UNITS: dict[str, Plural] = {name: forms for forms, names in _WRITTEN for name in names}


def unit(t: Translator, name: str | None, quantity: int) -> str:
    """`name` (a catalog unit) in the reader's language, in the form for `quantity`."""
    if not name:
        return ""
    found = UNITS.get(name.strip().lower())
    return t.ngettext(found.singular, found.plural, quantity) if found else name
