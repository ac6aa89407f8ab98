"""China's provinces, as buyers pick them to filter exhibitors by where they make things.

Keys are the canonical names the search index files exhibitors under
(`bot.search.filters.canonical_province`); labels are msgids, translated where shown.
"""

from __future__ import annotations

from bot.i18n import N_

PROVINCES: dict[str, str] = {
    "guangdong": N_("Guangdong"),
    "zhejiang": N_("Zhejiang"),
    "jiangsu": N_("Jiangsu"),
    "fujian": N_("Fujian"),
    "shandong": N_("Shandong"),
    "shanghai": N_("Shanghai"),
    "beijing": N_("Beijing"),
    "tianjin": N_("Tianjin"),
    "chongqing": N_("Chongqing"),
    "hebei": N_("Hebei"),
    "henan": N_("Henan"),
    "hubei": N_("Hubei"),
    "hunan": N_("Hunan"),
    "anhui": N_("Anhui"),
    "jiangxi": N_("Jiangxi"),
    "sichuan": N_("Sichuan"),
    "guangxi": N_("Guangxi"),
    "yunnan": N_("Yunnan"),
    "guizhou": N_("Guizhou"),
    "shaanxi": N_("Shaanxi"),
    "shanxi": N_("Shanxi"),
    "liaoning": N_("Liaoning"),
    "jilin": N_("Jilin"),
    "heilongjiang": N_("Heilongjiang"),
    "inner mongolia": N_("Inner Mongolia"),
    "ningxia": N_("Ningxia"),
    "gansu": N_("Gansu"),
    "qinghai": N_("Qinghai"),
    "xinjiang": N_("Xinjiang"),
    "tibet": N_("Tibet"),
    "hainan": N_("Hainan"),
    "hong kong": N_("Hong Kong"),
    "macau": N_("Macau"),
    "taiwan": N_("Taiwan"),
}


def province_keys() -> list[str]:
    """Every province a filter button can name, in a fixed order (buttons carry indexes)."""
    return list(PROVINCES)


def province_label(key: str) -> str:
    """The msgid of a province's name (translate it for the reader)."""
    return PROVINCES[key]
