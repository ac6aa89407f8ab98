"""The font files the bot draws text with (charts, e-badges), installed from PyPI with
it. Found by their packages' folders, without importing the packages: matplotlib, which
carries DejaVu, takes a while to import and a badge does not need it."""

from __future__ import annotations

from importlib.util import find_spec
from pathlib import Path


def _folder(package: str) -> Path:
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"the font package {package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


_DEJAVU = _folder("matplotlib") / "mpl-data" / "fonts" / "ttf"
LATIN = _DEJAVU / "DejaVuSans.ttf"  # Latin, Cyrillic, Greek
LATIN_BOLD = _DEJAVU / "DejaVuSans-Bold.ttf"
MONOSPACE = _DEJAVU / "DejaVuSansMono.ttf"
#: One file, every regional form of Han, kana and Hangul; faces: 0 JP, 1 KR, 2 SC, 3 TC.
CJK = _folder("noto_cjk_sans_otc") / "NotoSansCJK-Regular.ttc"
ARABIC = _folder("fontpkg_noto_sans_arabic") / "files" / "NotoSansArabic[wdth,wght].ttf"
THAI = _folder("fontpkg_noto_sans_thai") / "files" / "NotoSansThai[wdth,wght].ttf"
DEVANAGARI = (
    _folder("fontpkg_noto_sans_devanagari") / "files" / "NotoSansDevanagari[wdth,wght].ttf"
)
