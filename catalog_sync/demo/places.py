"""Where the demo catalog's exhibitors come from and what their companies are called.

Company names at the fair follow "City + brand word + industry + legal suffix"
("Foshan Sunlight Lighting Co., Ltd." / "佛山阳光照明有限公司"); buyers search and
recognise them that way, so the demo builds them the same way from real city names,
weighted towards the provinces that send most exhibitors (Guangdong, Zhejiang,
Jiangsu, Fujian), and towards the industrial clusters a city is known for (Foshan
furniture, Yongkang hardware, Jinjiang shoes...). The lists are data, in
`words/places.toml` beside this module, which says what each holds.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any

_PLACES: dict[str, Any] = tomllib.loads(
    (files("catalog_sync.demo") / "words" / "places.toml").read_text(encoding="utf-8")
)

#: Province (English, Chinese, relative weight) and its cities as "English 中文" pairs,
#: the most exhibiting city first.
PROVINCES: tuple[tuple[str, str, float, tuple[str, ...]], ...] = tuple(
    (p["en"], p["zh"], p["weight"], tuple(p["cities"])) for p in _PLACES["provinces"]
)

#: Industrial clusters: a city is CLUSTER_BOOST times likelier for these categories.
CLUSTER_BOOST: float = _PLACES["cluster_boost"]
CLUSTERS: dict[str, tuple[str, ...]] = {
    city: tuple(categories) for city, categories in _PLACES["clusters"].items()
}

#: Brand-ish words as "English|中文", "_" standing for a space.
BRAND_WORDS: tuple[str, ...] = tuple(_PLACES["brand_words"])

#: Pinyin syllables as "pinyin|字", combined in pairs into brand names.
SYLLABLES: tuple[str, ...] = tuple(_PLACES["syllables"])

#: Legal suffixes of Chinese companies (English, Chinese, relative weight).
SUFFIXES: tuple[tuple[str, str, float], ...] = tuple(
    (en, zh, weight) for en, zh, weight in _PLACES["suffixes"]
)

#: Exhibitors from outside mainland China: country, region, weight, company name
#: pattern ({brand} {industry}), Chinese name pattern or "" (no Chinese name), brands.
FOREIGN: tuple[tuple[str, str, float, str, str, tuple[str, ...]], ...] = tuple(
    (f["country"], f["region"], f["weight"], f["name"], f["name_zh"], tuple(f["brands"]))
    for f in _PLACES["foreign"]
)

#: Exhibition halls of the fair complex: area -> hall numbers (booth "11.2K05" is hall
#: 11, floor 2, row K, stand 05).
HALL_AREAS: tuple[tuple[str, tuple[int, ...]], ...] = tuple(
    (area, tuple(halls)) for area, halls in _PLACES["hall_areas"].items()
)
BOOTH_ROWS: str = _PLACES["booth_rows"]
