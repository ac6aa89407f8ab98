"""Minimum-order units read in the reader's language, in the form their number takes."""

from __future__ import annotations

from bot.i18n import I18n
from handlers.units import unit


def test_a_catalog_unit_is_shown_in_the_reader_s_language_and_number(i18n: I18n) -> None:
    en, ru = i18n.translator("en"), i18n.translator("ru")
    assert (unit(en, "pieces", 1), unit(en, "Pcs", 500)) == ("piece", "pieces")
    assert unit(en, "kg", 2) == "kilograms" and unit(en, "metres", 1) == "metre"
    assert {unit(ru, "pieces", n) for n in (1, 2, 5)} == {
        ru.ngettext("piece", "pieces", n) for n in (1, 2, 5)
    }
    assert len({unit(ru, "pieces", n) for n in (1, 2, 5)}) == 3  # штука, штуки, штук
    assert unit(en, "barrels", 3) == "barrels" and unit(en, None, 3) == ""
