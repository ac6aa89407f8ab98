"""A realistic, deterministic demo catalog in the feed's JSON Lines format.

Search, sync and benchmarks need a catalog the size of the real fair (25,000
exhibitors, up to 3 million products) long before the organizer's service exists, and
it must read like the fair's: Canton Fair categories, Chinese company names, trade
vocabulary in English and Chinese with some names in buyer languages, realistic prices
and MOQs. `write_demo_catalog` writes the four files of `docs/catalog-feed.md`:

* the same bytes for the same arguments: seeded `random.Random` streams, one per kind
  and one per chunk of 5,000 products, so changing how slots are drawn does not
  reshuffle products, and chunks could be made in parallel without changing a byte;
* streamed in chunks, so memory stays flat (about 100 MB) however many products are
  asked for: only the exhibitor table, at most 25,000 small records, is kept;
* each file sorted by `(updated_at, id)`: records get increasing ids and instants;
* names, prices, MOQs and certifications drawn from `catalog_sync.vocabulary`, where
  every modifier, material and spec fits the nouns it can meet.

Run `python -m catalog_sync.demo_catalog --products 200000 --out DIR`.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import json
import math
import os
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from catalog_sync import vocabulary_places as places
from catalog_sync.vocabulary import (
    LANGUAGES,
    NOUN_TRANSLATIONS,
    SECTIONS,
    TOP_CATEGORIES,
    UNITS,
    WORD_TRANSLATIONS,
    Rendering,
    Term,
)

MAX_PRODUCTS = 3_000_000
MAX_EXHIBITORS = 25_000
#: Products are made in chunks of this many, each from its own random stream.
PRODUCT_CHUNK = 5_000
DEFAULT_START = datetime(2026, 9, 1, tzinfo=UTC)
#: Fair days on which exhibitors offer meeting slots (Asia/Shanghai calendar days).
FAIR_DAYS = tuple(datetime(2026, 10, 15) + timedelta(days=d) for d in range(10))
FAIR_TIMEZONE = ZoneInfo("Asia/Shanghai")
#: Slot starts in local time: 30-minute slots from 09:00 to 18:00 with a lunch break.
SLOT_STARTS = tuple((h, m) for h in (9, 10, 11, 13, 14, 15, 16, 17) for m in (0, 30))
# Minimum order quantities as suppliers quote them: 1, 2, 3, 5 times a power of ten.
_NICE_QUANTITIES = tuple(m * 10**e for e in range(6) for m in (1, 2, 3, 5))
#: Share of products that also carry a name in one or two buyer languages.
TRANSLATED_SHARE = 0.15

# How many of the fair's exhibitors show in each category (relative weights).
_CATEGORY_WEIGHTS = {
    "electronics": 8, "lighting": 6, "vehicles": 6, "machinery": 9, "hardware": 6,
    "building": 6, "energy": 4, "household": 10, "gifts": 8, "furniture": 6, "toys": 5,
    "textiles": 9, "shoes_bags": 6, "food": 4, "health": 5, "office_sports": 6,
}  # fmt: skip
# Buyer languages by how often an exhibitor lists names in them.
_LANGUAGE_WEIGHTS = {"es": 25, "ru": 20, "ar": 18, "fr": 15, "pt": 12, "ja": 10}
_GENDER_INDEX = {"m": 0, "f": 1, "n": 2}
_CAPITALISED = frozenset(("es", "fr", "pt", "ru"))
# Model numbers: exhibitor prefix + one of these ("HT-200", "GB-3500").
_MODEL_NUMBERS = tuple(str(n) for n in (*range(100, 1000, 10), *range(1000, 10000, 100)))
_GENERIC_KEYWORDS = ("wholesale", "oem", "factory price", "china supplier", "bulk", "export")
_PHRASES = (
    ("OEM/ODM available.", "支持OEM/ODM定制。"),
    ("Custom logo and packaging.", "可定制logo和包装。"),
    ("Factory direct price.", "工厂直供价格。"),
    ("Free samples available.", "可提供免费样品。"),
    ("Strict quality control before shipment.", "出货前严格质检。"),
    ("Delivery in 15-30 days.", "交货期15-30天。"),
    ("Export standard packing.", "出口标准包装。"),
    ("In stock for fast shipping.", "现货快速发货。"),
    ("One-year warranty.", "质保一年。"),
    ("Mixed models accepted in one order.", "支持混批。"),
    ("Third-party inspection accepted.", "接受第三方验货。"),
    ("Exported to Europe, America and the Middle East.", "出口欧美及中东市场。"),
)
_COMMA_ZH = "\uff0c"  # fullwidth comma and colon, escaped: they look like ASCII ones
_COLON_ZH = "\uff1a"
_FILES = ("categories", "exhibitors", "products", "availability")
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True, slots=True)
class CatalogSummary:
    """How many records of each kind a demo catalog holds."""

    categories: int
    exhibitors: int
    products: int
    availability: int


@dataclass(frozen=True, slots=True)
class Exhibitor:
    """What product and slot generation need to know about an exhibitor."""

    id: str
    category: str
    focus: tuple[int, ...]  # indices into _plans(): the nouns it mostly lists
    model_prefix: str
    certifications: tuple[str, ...]
    city: str
    city_zh: str
    meetings: bool
    ships_from: str  # "Ships from Ningbo." for product descriptions


def default_exhibitors(products: int) -> int:
    """About 80 products per exhibitor, at least 20, at most the fair's 25,000."""
    return min(MAX_EXHIBITORS, max(20, products // 80))


def write_demo_catalog(
    out: Path,
    products: int,
    seed: int = 1,
    exhibitors: int | None = None,
    start: datetime | None = None,
) -> CatalogSummary:
    """Write categories, exhibitors, products and availability JSON Lines into `out`."""
    if not 1 <= products <= MAX_PRODUCTS:
        raise ValueError(f"products must be 1..{MAX_PRODUCTS}, got {products}")
    count = default_exhibitors(products) if exhibitors is None else exhibitors
    if not 1 <= count <= MAX_EXHIBITORS:
        raise ValueError(f"exhibitors must be 1..{MAX_EXHIBITORS}, got {count}")
    begin = DEFAULT_START if start is None else start
    epoch = int((begin if begin.tzinfo else begin.replace(tzinfo=UTC)).timestamp())
    out.mkdir(parents=True, exist_ok=True)

    n_categories = _write(out / "categories.jsonl", _blocks(_category_records(epoch)))
    table: list[Exhibitor] = []
    rng = random.Random(f"{seed}:exhibitors")
    records = _exhibitor_records(rng, count, epoch, table)
    n_exhibitors = _write(out / "exhibitors.jsonl", _blocks(records))
    rng = random.Random(f"{seed}:availability")
    n_slots = _write(out / "availability.jsonl", _blocks(_slot_records(rng, table, epoch)))
    rng = random.Random(f"{seed}:weights")
    weights = _cumulative(rng.lognormvariate(0.0, 1.0) for _ in table)
    fragments = [
        (f'","exhibitor_id":"{e.id}","category_id":"', _subsets_json(e.certifications))
        for e in table
    ]
    job = _ProductJob(seed, tuple(table), weights, fragments, epoch)
    n_products = _write(out / "products.jsonl", _product_blocks(job, products))
    return CatalogSummary(n_categories, n_exhibitors, n_products, n_slots)


class Instants:
    """Formats epoch seconds as `YYYY-MM-DDTHH:MM:SSZ`, caching the date part per day."""

    def __init__(self) -> None:
        self._days: dict[int, str] = {}

    def __call__(self, ts: int) -> str:
        day, sec = divmod(ts, 86400)
        prefix = self._days.get(day)
        if prefix is None:
            prefix = datetime.fromtimestamp(day * 86400, UTC).strftime("%Y-%m-%dT")
            self._days[day] = prefix
        hours, rest = divmod(sec, 3600)
        return f"{prefix}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}Z"


def _write(path: Path, blocks: Iterable[tuple[int, str]]) -> int:
    """Stream blocks of JSON lines to `path`; replace the file only once it is complete."""
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with open(tmp, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as fh:
        for lines, text in blocks:
            fh.write(text)
            count += lines
    os.replace(tmp, path)
    return count


def _blocks(lines: Iterable[str], size: int = 2000) -> Iterator[tuple[int, str]]:
    """Group lines into blocks of `size` for fewer, larger writes."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield len(chunk), "\n".join(chunk) + "\n"
            chunk = []
    if chunk:
        yield len(chunk), "\n".join(chunk) + "\n"


def _cumulative(weights: Iterable[float]) -> list[float]:
    total, cum = 0.0, []
    for weight in weights:
        total += weight
        cum.append(total)
    return cum


def _pick(rng: random.Random, items: Sequence[Any], cum: list[float]) -> Any:
    return items[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _join_cjk(parts: Iterable[str]) -> str:
    """Chinese/Japanese words run together; a space only between two Latin/digit runs."""
    out = ""
    for part in parts:
        if (
            out
            and out[-1].isascii()
            and out[-1].isalnum()
            and part[0].isascii()
            and part[0].isalnum()
        ):
            out += " "
        out += part
    return out


# --- categories --------------------------------------------------------------------


def _category_records(epoch: int) -> Iterator[str]:
    """The 16 top categories first (parents before children), then their sections."""
    stamp = Instants()
    rows: list[tuple[str, str | None, int, Term]] = [
        (top.id, None, position, top.name)
        for position, top in enumerate(TOP_CATEGORIES.values(), 1)
    ]
    positions: dict[str, int] = {}
    for section in SECTIONS:
        positions[section.parent_id] = positions.get(section.parent_id, 0) + 1
        rows.append((section.id, section.parent_id, positions[section.parent_id], section.name))
    for i, (cat_id, parent, position, name) in enumerate(rows):
        yield _dumps(
            {
                "id": cat_id,
                "parent_id": parent,
                "position": position,
                "name": {"en": name.en, "zh": name.zh},
                "updated_at": stamp(epoch + i),
            }
        )


# --- product vocabulary, flattened per noun ------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    """A modifier or material with its renderings in the buyer languages."""

    en: str
    zh: str
    key: str  # lower-case English, for keywords
    tr: dict[str, Rendering]
    made_of: str = ""  # description sentences, for materials
    made_of_zh: str = ""


@dataclass(frozen=True, slots=True)
class _Plan:
    """Everything needed to draw a product of one noun, precomputed once."""

    section: str
    category: str
    section_key: str  # the section as a search keyword, e.g. "led lighting"
    en: str
    en_title: str  # capitalised, for names without modifiers
    key: str  # lower-case English
    zh: str
    coded: bool  # manufactured goods carry model codes, commodities do not
    unit: str
    moq_text: tuple[str, ...]  # "MOQ 1 set.", "MOQ 2 sets."... per _NICE_QUANTITIES
    unit_zh: str
    bulk: bool  # quoted per ton: orders are worth more
    log_low: float
    log_span: float
    mod_slots: tuple[tuple[_Word, ...], ...]
    materials: tuple[_Word, ...]
    spec_slots: tuple[tuple[str, ...], ...]
    tr: dict[str, Rendering]
    languages: tuple[str, ...]
    language_cum: list[float]


# Food is sold by grade and origin, not model number.
_UNCODED = frozenset(("food",))


def _overlaps(term: Term, noun_en: str, noun_zh: str) -> bool:
    """True when a modifier/material repeats the noun ("wireless wireless charger")."""
    noun_words = set(noun_en.lower().replace("-", " ").split())
    term_words = {w for w in term.en.lower().replace("-", " ").split() if len(w) > 2}
    in_noun = term.en.lower() in noun_en.lower() or term.zh in noun_zh
    return in_noun or bool(term_words & noun_words)


def _word(term: Term) -> _Word:
    tr = WORD_TRANSLATIONS.get(term.en, {})
    made_of, made_of_zh = f" Made of {term.en}.", f"材质{_COLON_ZH}{term.zh}。"
    return _Word(term.en, term.zh, term.en.lower(), tr, made_of, made_of_zh)


@functools.cache
def _plans() -> tuple[_Plan, ...]:
    plans: list[_Plan] = []
    for section in SECTIONS:
        for group in section.groups:
            for noun in group.nouns:
                slots = tuple(
                    alts
                    for alts in (
                        tuple(_word(t) for t in slot if not _overlaps(t, noun.en, noun.zh))
                        for slot in group.modifier_slots
                    )
                    if alts
                )
                mats = tuple(
                    _word(t) for t in group.materials if not _overlaps(t, noun.en, noun.zh)
                )
                tr = NOUN_TRANSLATIONS.get(noun.en, {})
                languages = tuple(lang for lang in LANGUAGES if lang in tr)
                unit_en, unit_zh = UNITS[noun.unit]
                low, high = math.log(noun.price_low), math.log(noun.price_high)
                plans.append(
                    _Plan(
                        section=section.id,
                        category=section.parent_id,
                        section_key=section.name.en.lower().replace(",", "").replace("&", "and"),
                        en=noun.en,
                        en_title=noun.en[0].upper() + noun.en[1:],
                        key=noun.en.lower(),
                        zh=noun.zh,
                        coded=section.parent_id not in _UNCODED and noun.unit not in ("t", "kg"),
                        unit=unit_en,
                        moq_text=tuple(
                            f"MOQ {q:,} {unit_en if q > 1 else unit_en.removesuffix('s')}."
                            for q in _NICE_QUANTITIES
                        ),
                        unit_zh=unit_zh,
                        bulk=noun.unit == "t",
                        log_low=low,
                        log_span=high - low,
                        mod_slots=slots,
                        materials=mats,
                        spec_slots=group.spec_slots,
                        tr=tr,
                        languages=languages,
                        language_cum=_cumulative(_LANGUAGE_WEIGHTS[lang] for lang in languages),
                    )
                )
    return tuple(plans)


@functools.cache
def _nouns_by(key: str) -> dict[str, tuple[int, ...]]:
    """Plan indices per section id (key="section") or per top category (key="category")."""
    index: dict[str, list[int]] = {}
    for i, plan in enumerate(_plans()):
        index.setdefault(getattr(plan, key), []).append(i)
    return {k: tuple(v) for k, v in index.items()}


@functools.cache
def _translation_odds() -> dict[str, float]:
    """Per category, the chance a translatable product gets names in buyer languages.

    Only the commonest nouns are translated, so the odds are raised where few are,
    keeping about TRANSLATED_SHARE of all products multilingual.
    """
    odds: dict[str, float] = {}
    for category, indices in _nouns_by("category").items():
        translated = sum(1 for i in indices if _plans()[i].languages) / len(indices)
        odds[category] = min(1.0, TRANSLATED_SHARE / translated) if translated else 0.0
    return odds


# --- exhibitors ----------------------------------------------------------------------


_REGIONS_ZH = {"HK": "香港", "TW": "台湾"}


class _CompanyNamer:
    """Draws unique company names and home cities, clustered by industry."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.cities: list[tuple[str, str, str]] = []
        weights: list[float] = []
        for province, _, weight, names in places.PROVINCES:
            for rank, pair in enumerate(names):
                en, zh = pair.split(" ")
                self.cities.append((en, zh, province))
                weights.append(weight / len(names) * (1.6 if rank == 0 else 1.0))
        self.city_cum = {
            category: _cumulative(
                w * (places.CLUSTER_BOOST if category in places.CLUSTERS.get(c[0], ()) else 1)
                for c, w in zip(self.cities, weights, strict=True)
            )
            for category in TOP_CATEGORIES
        }
        self.brands = [tuple(b.replace("_", " ").split("|")) for b in places.BRAND_WORDS]
        self.syllables = [tuple(s.split("|")) for s in places.SYLLABLES]
        self.suffix_cum = _cumulative(s[2] for s in places.SUFFIXES)
        self.foreign_cum = _cumulative(f[2] for f in places.FOREIGN)

    def _brand(self) -> tuple[str, str, str]:
        """A brand word in English and Chinese, and its initials for model codes."""
        rng = self.rng
        if rng.random() < 0.35:
            en, zh = rng.choice(self.brands)
            return en, zh, "".join(w[0] for w in en.split()).upper()
        (first, first_zh), (second, second_zh) = rng.sample(self.syllables, 2)
        return (first + second).capitalize(), first_zh + second_zh, (first[0] + second[0]).upper()

    def draw(self, category: str, industry: Term) -> tuple[str, str, str, str, str, str, str]:
        """(name, name zh or "", country, province/region, city, city zh, model prefix)."""
        rng = self.rng
        for _ in range(1000):
            brand, brand_zh, initials = self._brand()
            if rng.random() < 0.035:
                country, region, _, pattern, pattern_zh, brands = _pick(
                    rng, places.FOREIGN, self.foreign_cum
                )
                if brands:
                    brand, brand_zh, initials = rng.choice(brands), "", ""
                name = pattern.format(brand=brand, industry=industry.en)
                name_zh = pattern_zh.format(brand=brand_zh, industry=industry.zh)
                city_zh = _REGIONS_ZH.get(country, "")
                row = (name, name_zh if brand_zh else "", country, region, region, city_zh)
            else:
                city, city_zh, province = _pick(rng, self.cities, self.city_cum[category])
                suffix, suffix_zh, _ = _pick(rng, places.SUFFIXES, self.suffix_cum)
                name = f"{city} {brand} {industry.en} {suffix}"
                name_zh = f"{city_zh}{brand_zh}{industry.zh}{suffix_zh}"
                row = (name, name_zh, "CN", province, city, city_zh)
            if name not in self.used:
                self.used.add(name)
                return (*row, (initials or brand[:2]).upper()[:3])
        raise RuntimeError("could not draw a unique company name")


# English plurals for exhibitor profiles ("Manufacturer of LED strips and bulbs"):
# bulk goods and materials stay singular, the rest follow the spelling rules.
_UNCOUNTABLE = frozenset(("tempered glass", "laminated glass", "insulated glass"))
_UNCOUNTABLE_LAST = frozenset({
    "rice", "tea", "garlic", "ginger", "powder", "food", "litter", "paste", "foam", "wax",
    "grass", "flooring", "mesh", "water", "corn", "paper", "soda", "ash", "dioxide",
    "carbonate", "acid", "fungus", "buckwheat", "lace", "shrimp", "squid", "mackerel",
    "tuna", "meat", "kelp", "art", "wear", "luggage", "plywood",
})  # fmt: skip
_IRREGULAR = {"mouse": "mice", "potato": "potatoes"}


def plural(noun: str) -> str:
    """The plural of an English product noun ("kitchen knife" -> "kitchen knives")."""
    head, space, last = noun.rpartition(" ")
    if noun in _UNCOUNTABLE or last.lower() in _UNCOUNTABLE_LAST:
        return noun
    if last in _IRREGULAR:
        last = _IRREGULAR[last]
    elif last.endswith(("ss", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("s"):
        return noun  # already plural: jeans, sneakers, pliers
    elif last.endswith("fe"):
        last = last[:-2] + "ves"
    elif last.endswith("f"):
        last = last[:-1] + "ves"
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return head + space + last


def _halls_per_section() -> dict[str, tuple[int, ...]]:
    """Each phase fills the complex's 21 halls with its sections, in the fair's order."""
    halls: dict[str, tuple[int, ...]] = {}
    for phase in (1, 2, 3):
        in_phase = [s.id for s in SECTIONS if s.phase == phase]
        for j, section in enumerate(in_phase):
            first = 1 + j * 21 // len(in_phase)
            last = max(first, (j + 1) * 21 // len(in_phase))
            halls[section] = tuple(range(first, last + 1))
    return halls


_KINDS = (
    ("Manufacturer of", "专业生产"),
    ("Manufacturer and exporter of", "专业生产并出口"),
    ("Trading company supplying", "专业经营"),
    ("Factory specialising in", "专注研发生产"),
)
_EXTRAS = (
    ("OEM and ODM orders welcome.", "承接OEM/ODM订单。"),
    ("Products exported to more than {n} countries.", "产品远销{n}多个国家和地区。"),
    ("Own R&D team and {n} production lines.", "拥有自主研发团队和{n}条生产线。"),
    ("ISO 9001 certified factory of {n},000 m².", "工厂面积{n}000平方米,通过ISO 9001认证。"),
    ("Samples ship within 7 days.", "样品7天内寄出。"),
)


def _exhibitor_description(
    rng: random.Random, focus: Sequence[int], city: str, region: str, with_zh: bool
) -> dict[str, str]:
    plans = _plans()
    kind, kind_zh = rng.choice(_KINDS)
    year = rng.randint(1985, 2021)
    nouns = [plural(plans[i].en) for i in focus[:3]]
    listed = ", ".join(nouns[:-1]) + f" and {nouns[-1]}" if len(nouns) > 1 else nouns[0]
    extra, extra_zh = rng.choice(_EXTRAS)
    n = rng.choice((12, 20, 30, 50, 80, 100))
    where = f"{city}, {region}" if city != region else city
    result = {"en": f"{kind} {listed} in {where} since {year}. {extra.format(n=n)}"}
    if with_zh and rng.random() < 0.85:
        nouns_zh = "、".join(plans[i].zh for i in focus[:3])
        zh = f"公司成立于{year}年{_COMMA_ZH}{kind_zh}{nouns_zh}等产品。"
        result["zh"] = zh + extra_zh.format(n=n).replace(",", _COMMA_ZH)
    return result


def _exhibitor_records(
    rng: random.Random, count: int, epoch: int, table: list[Exhibitor]
) -> Iterator[str]:
    """Exhibitor records; fills `table` with what products and slots need."""
    stamp = Instants()
    namer = _CompanyNamer(rng)
    categories = list(TOP_CATEGORIES)
    category_cum = _cumulative(_CATEGORY_WEIGHTS[c] for c in categories)
    sections_of = {c: [s for s in SECTIONS if s.parent_id == c] for c in categories}
    by_section, by_category = _nouns_by("section"), _nouns_by("category")
    halls = _halls_per_section()
    booths: set[tuple[int, str]] = set()
    for i in range(count):
        category = _pick(rng, categories, category_cum)
        section = rng.choice(sections_of[category])
        name, name_zh, country, region, city, city_zh, prefix = namer.draw(
            category, rng.choice(section.industries)
        )
        own = by_section[section.id]
        focus = rng.sample(own, min(len(own), rng.randint(3, 6)))
        focus += [
            n for n in rng.sample(by_category[category], rng.randint(0, 3)) if n not in focus
        ]
        booth = ""
        for attempt in range(100):
            hall = rng.choice(halls[section.id] if attempt < 50 else range(1, 22))
            row = rng.choice(places.BOOTH_ROWS)
            booth = f"{hall}.{rng.randint(1, 3)}{row}{rng.randint(1, 40):02d}"
            if (section.phase, booth) not in booths:
                break
        booths.add((section.phase, booth))
        area = next(a for a, numbers in places.HALL_AREAS if int(booth.split(".")[0]) in numbers)
        certs = tuple(rng.sample(TOP_CATEGORIES[category].certifications, rng.randint(1, 4)))
        meetings = rng.random() < 0.85
        ex_id = f"EX{i + 1:06d}"
        table.append(
            Exhibitor(
                ex_id,
                category,
                tuple(focus),
                prefix,
                certs,
                city,
                city_zh,
                meetings,
                f"Ships from {city}.",
            )
        )
        yield _dumps(
            {
                "id": ex_id,
                "name": {"en": name, "zh": name_zh} if name_zh else {"en": name},
                "country": country,
                "province": region,
                "hall": area,
                "booth": booth,
                "phase": section.phase,
                "description": _exhibitor_description(rng, focus, city, region, bool(name_zh)),
                "main_products": [plural(_plans()[n].en) for n in focus[: rng.randint(3, 5)]],
                "meetings": meetings,
                "chat": rng.random() < 0.92,
                "logo_url": f"https://demo.fair.invalid/logos/{ex_id}.png",
                "updated_at": stamp(epoch + i),
            }
        )


# --- availability --------------------------------------------------------------------


def _slot_records(rng: random.Random, table: list[Exhibitor], epoch: int) -> Iterator[str]:
    """Meeting slots: ~60% of exhibitors taking meetings offer 3-12 half hours each."""
    stamp = Instants()
    slots: list[tuple[str, str]] = []
    for day in FAIR_DAYS:
        for hour, minute in SLOT_STARTS:
            begin = int(day.replace(hour=hour, minute=minute, tzinfo=FAIR_TIMEZONE).timestamp())
            slots.append((stamp(begin), stamp(begin + 1800)))
    i = 0
    for exhibitor in table:
        if not exhibitor.meetings or rng.random() >= 0.6:
            continue
        for k in sorted(rng.sample(range(len(slots)), rng.randint(3, 12))):
            starts_at, ends_at = slots[k]
            yield _dumps(
                {
                    "id": f"AV{i + 1:07d}",
                    "exhibitor_id": exhibitor.id,
                    "starts_at": starts_at,
                    "ends_at": ends_at,
                    "updated_at": stamp(epoch + i),
                }
            )
            i += 1


# --- products ------------------------------------------------------------------------


@functools.cache
def _clock_suffixes() -> tuple[str, ...]:
    """ "HH:MM:SSZ" for every second of a day: products get one instant each."""
    return tuple(
        f"{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60)
    )


def _translated_name(
    language: str, plan: _Plan, mods: Sequence[_Word], material: _Word | None, tail: str
) -> str | None:
    """The product name in a buyer language, or None when the noun is not translated there.

    Adjectives agree with the noun's gender (plural nouns take only invariable phrases),
    follow it in es/fr/pt/ar, precede it in ja and, single words only, in ru.
    """
    noun = plan.tr.get(language)
    if noun is None:
        return None
    gender = noun.gender
    before: list[str] = []
    after: list[str] = []
    for mod in mods:
        rendering = mod.tr.get(language)
        if rendering is None:
            continue
        forms = rendering.forms
        if len(forms) == 1:
            form = forms[0]
            if gender == "p" and " " not in form:
                continue
        elif gender in _GENDER_INDEX and _GENDER_INDEX[gender] < len(forms):
            form = forms[_GENDER_INDEX[gender]]
        else:
            continue
        if language == "ja" or (language == "ru" and " " not in form):
            before.append(form)
        else:
            after.append(form)
    mat = material.tr.get(language) if material is not None else None
    if language == "ja":
        text = _join_cjk([*before, *(mat.forms[:1] if mat else ()), noun.forms[0]])
    else:
        text = " ".join([*before, noun.forms[0], *after, *(mat.forms[:1] if mat else ())])
    if language in _CAPITALISED:
        text = text[0].upper() + text[1:]
    return text + tail


def _subsets_json(items: Sequence[str]) -> list[str]:
    """JSON array bodies of every subset of `items`, order kept."""
    return [
        ",".join(f'"{item}"' for bit, item in enumerate(items) if mask >> bit & 1)
        for mask in range(1 << len(items))
    ]


def _draw_slots(rnd: Any, slots: Sequence[Sequence[Any]], r: float) -> list[Any]:
    """One alternative from each of 1 (r < 0.8) or 2 distinct slots."""
    if not slots:
        return []
    n = len(slots)
    first = int(rnd() * n)
    if r < 0.8 or n == 1:
        alts = slots[first]
        return [alts[int(rnd() * len(alts))]]
    second = int(rnd() * (n - 1))
    second += second >= first
    a, b = (slots[first], slots[second]) if first < second else (slots[second], slots[first])
    return [a[int(rnd() * len(a))], b[int(rnd() * len(b))]]


def _product_lines(rng: random.Random, job: _ProductJob, first: int, last: int) -> Iterator[str]:
    """Products `first` to `last - 1`, spread over exhibitors with skewed counts.

    This loop makes the bulk of a catalog, so it writes JSON by hand from precomputed
    parts: vocabulary texts never need escaping (checked when they are parsed) and the
    tests compare every line with `json.dumps` of itself.
    """
    rnd = rng.random
    plans = _plans()
    by_category = _nouns_by("category")
    odds = _translation_odds()
    table, ex_cum, ex_json, epoch = job.table, job.weights, job.fragments, job.epoch
    ex_total = ex_cum[-1]
    language_order = {lang: i for i, lang in enumerate(LANGUAGES)}
    suffixes = _clock_suffixes()
    days: dict[int, str] = {}
    numbers, phrases, generic = _MODEL_NUMBERS, _PHRASES, _GENERIC_KEYWORDS
    images = [
        "",
        *(
            ",".join(f'"https://demo.fair.invalid/img/{{0}}-{k}.jpg"' for k in range(1, n + 1))
            for n in (1, 2, 3)
        ),
    ]
    bisect_right, exp = bisect.bisect_right, math.exp
    for i in range(first, last):
        e = bisect_right(ex_cum, rnd() * ex_total)
        ex = table[e]
        if rnd() < 0.75:
            plan = plans[ex.focus[int(rnd() * len(ex.focus))]]
        else:
            nouns = by_category[ex.category]
            plan = plans[nouns[int(rnd() * len(nouns))]]
        pid = f"P{i + 1:09d}"

        # Name: [modifiers] [material] noun [specs] [model code]
        r = rnd()
        mods: list[_Word] = _draw_slots(rnd, plan.mod_slots, r) if r >= 0.3 else []
        material = None
        if plan.materials and rnd() < 0.5:
            material = plan.materials[int(rnd() * len(plan.materials))]
        r = rnd()
        specs: list[str] = _draw_slots(rnd, plan.spec_slots, r) if r >= 0.35 else []
        model = ""
        if plan.coded and rnd() < 0.3:
            model = f"{ex.model_prefix}-{numbers[int(rnd() * len(numbers))]}"
        tail = " " + " ".join(specs) if specs else ""
        if model:
            tail += " " + model
        if mods or material:
            words = [*mods, material] if material else mods
            name_en = " ".join([w.en for w in words]) + " " + plan.en
            name_en = name_en[0].upper() + name_en[1:] + tail
            name_zh = _join_cjk([*(w.zh for w in words), plan.zh]) + tail
        else:
            name_en = plan.en_title + tail
            name_zh = plan.zh + tail
        names = ""
        if plan.languages and rnd() < odds[plan.category]:
            chosen = {_pick(rng, plan.languages, plan.language_cum)}
            if rnd() < 0.35:
                chosen.add(_pick(rng, plan.languages, plan.language_cum))
            for language in sorted(chosen, key=language_order.__getitem__):
                text = _translated_name(language, plan, mods, material, tail)
                if text:
                    names += f',"{language}":"{text}"'

        # An MOQ worth a typical first order: USD 300-8,000, or 3,000-60,000 in bulk.
        usd = exp(plan.log_low + rnd() * plan.log_span)
        value = exp(8.0 + rnd() * 3.0) if plan.bulk else exp(5.7 + rnd() * 3.3)
        q = max(0, bisect_right(_NICE_QUANTITIES, value / usd) - 1)
        quantity = _NICE_QUANTITIES[q]

        p1 = int(rnd() * len(phrases))
        p2 = (p1 + 1 + int(rnd() * (len(phrases) - 1))) % len(phrases)
        desc = name_en + "."
        if material is not None:
            desc += material.made_of
        if specs:
            desc += f" Specification: {', '.join(specs)}."
        if model:
            desc += f" Model {model}."
        desc += f" {phrases[p1][0]} {phrases[p2][0]} {plan.moq_text[q]} {ex.ships_from}"
        desc_zh = ""
        if ex.city_zh and rnd() < 0.35:
            desc_zh = f',"zh":"{name_zh}。'
            if material is not None:
                desc_zh += material.made_of_zh
            desc_zh += (
                f"{phrases[p1][1]}{phrases[p2][1]}"
                f'起订量{quantity}{plan.unit_zh}{_COMMA_ZH}{ex.city_zh}发货。"'
            )

        keywords = [plan.key]
        for w in mods:
            if w.key not in keywords:
                keywords.append(w.key)
        if material is not None and material.key not in keywords:
            keywords.append(material.key)
        keywords.append(plan.section_key)
        if specs and rnd() < 0.5 and specs[0].lower() not in keywords:
            keywords.append(specs[0].lower())
        keywords.append(generic[int(rnd() * len(generic))])

        price = ""
        if rnd() < 0.96:
            r = rnd()
            currency, rate = (
                ("USD", 1.0) if r < 0.85 else ("CNY", 7.1) if r < 0.95 else ("EUR", 0.92)
            )
            if rnd() < 0.15:
                low = high = usd * rate
            else:
                low, high = usd * rate * (0.7 + 0.3 * rnd()), usd * rate * (1.0 + 0.6 * rnd())
            price = (
                f',"price":{{"min":"{max(low, 0.01):.2f}","max":"{max(high, 0.01):.2f}",'
                f'"currency":"{currency}"}}'
            )
        moq = f',"moq":{{"quantity":{quantity},"unit":"{plan.unit}"}}' if rnd() < 0.98 else ""
        head, cert_sets = ex_json[e]
        certs_json = cert_sets[int(rnd() * len(cert_sets))]
        image_json = images[1 + int(rnd() * 3)].format(pid)

        day, second = divmod(epoch + i, 86400)
        date = days.get(day)
        if date is None:
            date = days[day] = datetime.fromtimestamp(day * 86400, UTC).strftime("%Y-%m-%dT")
        yield (
            f'{{"id":"{pid}{head}{plan.section}","name":{{"en":"{name_en}","zh":"{name_zh}"'
            f'{names}}},"description":{{"en":"{desc}"{desc_zh}}},"keywords":["'
            + '","'.join(keywords[:8])
            + f'"]{price}{moq},"images":[{image_json}],"certifications":[{certs_json}],'
            f'"updated_at":"{date}{suffixes[second]}"}}'
        )


@dataclass(frozen=True, slots=True)
class _ProductJob:
    """What every chunk of products needs, computed once per catalog."""

    seed: int
    table: tuple[Exhibitor, ...]
    weights: list[float]  # cumulative, skewed (log-normal) share of products per exhibitor
    # Per exhibitor: its JSON id fragment and every subset of its certifications (a
    # product shows each with even odds, so one draw picks a subset).
    fragments: list[tuple[str, list[str]]]
    epoch: int


def _product_blocks(job: _ProductJob, count: int) -> Iterator[tuple[int, str]]:
    """Products in chunks; each chunk's random stream depends only on the seed and the
    chunk's index, so chunks could be made in any order or process."""
    for first in range(0, count, PRODUCT_CHUNK):
        rng = random.Random(f"{job.seed}:products:{first // PRODUCT_CHUNK}")
        lines = list(_product_lines(rng, job, first, min(first + PRODUCT_CHUNK, count)))
        yield len(lines), "\n".join(lines) + "\n"


# --- command line --------------------------------------------------------------------


def _product_count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_PRODUCTS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_PRODUCTS:,}, got {value:,}")
    return value


def _exhibitor_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= MAX_EXHIBITORS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_EXHIBITORS:,}")
    return value


def _instant(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 instant: {text!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments (reusable by `python bot.py demo-catalog`)."""
    parser = argparse.ArgumentParser(
        prog="python -m catalog_sync.demo_catalog",
        description="Write a realistic demo catalog as JSON Lines (docs/catalog-feed.md).",
    )
    parser.add_argument(
        "--products",
        type=_product_count,
        default=10_000,
        help="number of products, 1 to 3,000,000 (default 10,000)",
    )
    parser.add_argument("--seed", type=int, default=1, help="same seed, same bytes (default 1)")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("demo-catalog"),
        help="directory to write (created if needed)",
    )
    parser.add_argument(
        "--exhibitors",
        type=_exhibitor_count,
        default=None,
        help="default: products // 80, at least 20, at most 25,000",
    )
    parser.add_argument(
        "--start",
        type=_instant,
        default=None,
        help="first updated_at instant (default 2026-09-01T00:00:00Z)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Write the catalog and print what was written, with the time it took."""
    args = build_parser().parse_args(argv)
    began = time.perf_counter()
    summary = write_demo_catalog(args.out, args.products, args.seed, args.exhibitors, args.start)
    seconds = time.perf_counter() - began
    for kind in _FILES:
        path = args.out / f"{kind}.jsonl"
        size = path.stat().st_size / 1e6
        print(f"{kind:>12}: {getattr(summary, kind):>9,} records, {size:8.1f} MB  {path}")
    rate = summary.products / seconds if seconds > 0 else float("inf")
    print(f"{seconds:.1f} s ({rate:,.0f} products/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
