"""Demo exhibitors and their meeting slots: company names, profiles, booths, availability.

`exhibitor_records` fills the exhibitor table that `slot_records` and the product
generator read, so it is the one part of a catalog kept in memory.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from catalog_sync.demo import places
from catalog_sync.demo.plans import nouns_by, product_plans
from catalog_sync.demo.text import COMMA_ZH, Instants, cumulative, dumps, pick
from catalog_sync.demo.vocabulary import SECTIONS, TOP_CATEGORIES, Term

#: Fair days on which exhibitors offer meeting slots (Asia/Shanghai calendar days).
FAIR_DAYS = tuple(datetime(2026, 10, 15) + timedelta(days=d) for d in range(10))
FAIR_TIMEZONE = ZoneInfo("Asia/Shanghai")
#: Slot starts in local time: 30-minute slots from 09:00 to 18:00 with a lunch break.
SLOT_STARTS = tuple((h, m) for h in (9, 10, 11, 13, 14, 15, 16, 17) for m in (0, 30))

# How many of the fair's exhibitors show in each category (relative weights).
_CATEGORY_WEIGHTS = {
    "electronics": 8, "lighting": 6, "vehicles": 6, "machinery": 9, "hardware": 6,
    "building": 6, "energy": 4, "household": 10, "gifts": 8, "furniture": 6, "toys": 5,
    "textiles": 9, "shoes_bags": 6, "food": 4, "health": 5, "office_sports": 6,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Exhibitor:
    """What product and slot generation need to know about an exhibitor."""

    id: str
    category: str
    focus: tuple[int, ...]  # indices into product_plans(): the nouns it mostly lists
    model_prefix: str
    certifications: tuple[str, ...]
    city: str
    city_zh: str
    meetings: bool
    ships_from: str  # "Ships from Ningbo." for product descriptions


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
            category: cumulative(
                w * (places.CLUSTER_BOOST if category in places.CLUSTERS.get(c[0], ()) else 1)
                for c, w in zip(self.cities, weights, strict=True)
            )
            for category in TOP_CATEGORIES
        }
        self.brands = [tuple(b.replace("_", " ").split("|")) for b in places.BRAND_WORDS]
        self.syllables = [tuple(s.split("|")) for s in places.SYLLABLES]
        self.suffix_cum = cumulative(s[2] for s in places.SUFFIXES)
        self.foreign_cum = cumulative(f[2] for f in places.FOREIGN)

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
                country, region, _, pattern, pattern_zh, brands = pick(
                    rng, places.FOREIGN, self.foreign_cum
                )
                if brands:
                    brand, brand_zh, initials = rng.choice(brands), "", ""
                name = pattern.format(brand=brand, industry=industry.en)
                name_zh = pattern_zh.format(brand=brand_zh, industry=industry.zh)
                city_zh = _REGIONS_ZH.get(country, "")
                row = (name, name_zh if brand_zh else "", country, region, region, city_zh)
            else:
                city, city_zh, province = pick(rng, self.cities, self.city_cum[category])
                suffix, suffix_zh, _ = pick(rng, places.SUFFIXES, self.suffix_cum)
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
    plans = product_plans()
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
        zh = f"公司成立于{year}年{COMMA_ZH}{kind_zh}{nouns_zh}等产品。"
        result["zh"] = zh + extra_zh.format(n=n).replace(",", COMMA_ZH)
    return result


def exhibitor_records(
    rng: random.Random, count: int, epoch: int, table: list[Exhibitor]
) -> Iterator[str]:
    """Exhibitor records; fills `table` with what products and slots need."""
    stamp = Instants()
    namer = _CompanyNamer(rng)
    categories = list(TOP_CATEGORIES)
    category_cum = cumulative(_CATEGORY_WEIGHTS[c] for c in categories)
    sections_of = {c: [s for s in SECTIONS if s.parent_id == c] for c in categories}
    by_section, by_category = nouns_by("section"), nouns_by("category")
    halls = _halls_per_section()
    booths: set[tuple[int, str]] = set()
    for i in range(count):
        category = pick(rng, categories, category_cum)
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
        yield dumps(
            {
                "id": ex_id,
                "name": {"en": name, "zh": name_zh} if name_zh else {"en": name},
                "country": country,
                "province": region,
                "hall": area,
                "booth": booth,
                "phase": section.phase,
                "description": _exhibitor_description(rng, focus, city, region, bool(name_zh)),
                "main_products": [
                    plural(product_plans()[n].en) for n in focus[: rng.randint(3, 5)]
                ],
                "meetings": meetings,
                "chat": rng.random() < 0.92,
                "logo_url": f"https://demo.fair.invalid/logos/{ex_id}.png",
                "updated_at": stamp(epoch + i),
            }
        )


# --- availability --------------------------------------------------------------------


def slot_records(rng: random.Random, table: list[Exhibitor], epoch: int) -> Iterator[str]:
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
            yield dumps(
                {
                    "id": f"AV{i + 1:07d}",
                    "exhibitor_id": exhibitor.id,
                    "starts_at": starts_at,
                    "ends_at": ends_at,
                    "updated_at": stamp(epoch + i),
                }
            )
            i += 1
