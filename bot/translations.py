"""Translations for developers: extract, update and compile the gettext catalogs with
Babel (named apart from the product catalog).

`python -m bot.translations` (what `make messages` runs) extracts every msgid from
the code into locales/messages.pot, merges it into each locale's .po, fills the
English catalog with the msgids themselves, and compiles the .mo files.
`python -m bot.translations compile` only compiles (what `make test` runs).
The tests use `extract` to prove that every msgid is translated everywhere.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from bot.i18n import DEFAULT_LOCALE, DOMAIN, LOCALES_DIR

ROOT = LOCALES_DIR.parent
# `t.format("...", name=...)`, `t.plain(...)`, `t.nformat("...", "...", n, ...)` and
# `NP_("...", "...")`
# translate too: Babel only takes calls whose first argument is a string literal, so
# str.format on variables is ignored.
KEYWORDS = {**DEFAULT_KEYWORDS, "format": None, "plain": None, "nformat": (1, 2), "NP_": (1, 2)}


def extract(root: Path = ROOT) -> Catalog:
    """Every translatable string in the code, as a template catalog."""
    with (root / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    catalog = Catalog(project="fair-concierge", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        root, method_map, options_map, keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        catalog.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return catalog


def update(template: Catalog, locales_dir: Path = LOCALES_DIR) -> None:
    """Merge the template into each locale; new msgids arrive untranslated (English filled)."""
    for po_path in sorted(locales_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        code = po_path.parent.parent.name
        with po_path.open("rb") as po:
            catalog = read_po(po, locale=code)
        # update() shares the template's Message objects; each locale gets its own copy.
        catalog.update(copy.deepcopy(template), no_fuzzy_matching=True)
        if code == DEFAULT_LOCALE:
            for message in catalog:
                if message.id:
                    message.string = message.id
                    message.flags.discard("fuzzy")
        with po_path.open("wb") as po:
            write_po(po, catalog, width=99, ignore_obsolete=True, include_lineno=False)


def compile_all(locales_dir: Path = LOCALES_DIR) -> None:
    for po_path in sorted(locales_dir.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po_path.open("rb") as po:
            catalog = read_po(po, locale=po_path.parent.parent.name)
        with po_path.with_suffix(".mo").open("wb") as mo:
            write_mo(mo, catalog)


def main(argv: list[str]) -> int:
    if argv[:1] != ["compile"]:
        template = extract()
        with (LOCALES_DIR / f"{DOMAIN}.pot").open("wb") as pot:
            write_po(pot, template, width=99, include_lineno=False)
        update(template)
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
