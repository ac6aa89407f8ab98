"""Trade vocabulary of the demo catalog: the fair's category tree and product words.

The demo catalog must read like the real fair's, in English, Chinese and a few buyer
languages, so that search, ranking and translation code meets realistic words (and
realistic word counts). The word lists are data, in `words/` beside this module:
`categories.txt`, per theme `<theme>.sections.txt` and the translations of its nouns
`<theme>.nouns.txt`, and the shared `modifiers.txt` and `materials.txt`. They are
line-based text rather than JSON: a product noun with its Chinese name, unit and price
range fits on one line, which keeps ~50 sections readable. This module defines the
records, parses the files once at import and checks them, so a typo fails loudly here
instead of producing odd products.

Section syntax (one item per line, `#` starts a comment line)::

    == lighting.led | LED Lighting | LED照明 [| phase]
    i: Lighting | 照明 ; Optoelectronic | 光电          industry words for company names
    n: LED strip | LED灯带 | m | 0.5-6                  noun | zh | unit | USD price range
    m: waterproof | 防水 ; warm white | 暖白 / cool white | 冷白
    a: aluminium | 铝合金 ; PC | PC                      materials
    t: 12V 24V ; IP65 IP67 ; 5050 2835                  language-neutral specs

Consecutive `n:` lines form a group; the `m:`, `a:` and `t:` lines after them apply to
that group only, so every modifier, material and spec fits every noun it can meet.
In `m:` and `t:` lines `;` separates independent slots and `/` (for modifiers) or a
space (for specs) separates mutually exclusive alternatives: a product takes at most
one alternative per slot, so no "12V 24V" or "men's women's" names appear.

Translation syntax (nouns carry a grammatical gender, m/f/n, or p for plural, where
adjectives agree; modifiers list their forms as m/f for es, fr, pt, ar and m/f/n for ru)::

    office chair = es:f silla de oficina ; fr:f chaise de bureau ; ru:n офисное кресло
      ar:m كرسي مكتب ; pt:f cadeira de escritório ; ja オフィスチェア
    ergonomic = es ergonómico/ergonómica ; ru эргономичный/эргономичная/эргономичное
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType

#: Buyer languages besides English and Chinese, in the order the catalog prefers them.
LANGUAGES: tuple[str, ...] = ("es", "fr", "ru", "ar", "pt", "ja")

#: Genders that modifiers agree with, per language (ja has none). "p" marks a plural
#: noun: its name in that language is then composed without agreeing modifiers.
_GENDERS: dict[str, str] = {"es": "mfp", "fr": "mfp", "pt": "mfp", "ar": "mf", "ru": "mfnp"}
_FORM_COUNTS: dict[str, tuple[int, ...]] = {
    "es": (1, 2), "fr": (1, 2), "pt": (1, 2), "ar": (1, 2), "ru": (1, 3), "ja": (1,),
}  # fmt: skip

#: MOQ units: the code used in the word lists -> (English name, Chinese name).
UNITS: dict[str, tuple[str, str]] = {
    "pc": ("pieces", "件"),
    "set": ("sets", "套"),
    "pair": ("pairs", "双"),
    "m": ("metres", "米"),
    "kg": ("kilograms", "千克"),
    "t": ("tons", "吨"),
    "ctn": ("cartons", "箱"),
    "sqm": ("square metres", "平方米"),
}

# Characters JSON would escape never appear in the vocabulary, so composed texts stay
# plain and the feed stays easy to read in a terminal.
_FORBIDDEN = frozenset('"\\') | frozenset(chr(c) for c in range(32))


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase in English and simplified Chinese."""

    en: str
    zh: str


@dataclass(frozen=True, slots=True)
class Noun:
    """A product noun with its MOQ unit and a realistic FOB price range in USD."""

    en: str
    zh: str
    unit: str
    price_low: float
    price_high: float


@dataclass(frozen=True, slots=True)
class Group:
    """Nouns that share modifiers, materials and specs (so every combination fits)."""

    nouns: tuple[Noun, ...]
    modifier_slots: tuple[tuple[Term, ...], ...]
    materials: tuple[Term, ...]
    spec_slots: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class TopCategory:
    """One of the fair's 16 categories (ids are the bot's buyer-interest keys)."""

    id: str
    name: Term
    phase: int
    certifications: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Section:
    """An exhibition section under a top category, e.g. `lighting.led`."""

    id: str
    parent_id: str
    name: Term
    phase: int
    industries: tuple[Term, ...]
    groups: tuple[Group, ...]


@dataclass(frozen=True, slots=True)
class Rendering:
    """A term in one buyer language: its forms (by gender for modifiers) and gender."""

    forms: tuple[str, ...]
    gender: str | None


# Certifications the exhibitors of each category typically hold.
_CERTIFICATIONS: dict[str, str] = {
    "electronics": "CE, RoHS, FCC, UL, ETL, CB, GS, SAA, KC, PSE, ERP, CCC",
    "lighting": "CE, RoHS, UL, ETL, SAA, DLC, ERP, TÜV, ENEC, CB",
    "vehicles": "IATF 16949, ISO 9001, E-mark, DOT, CE, EEC, CCC",
    "machinery": "CE, ISO 9001, UL, CSA, SGS, EPA, ISO 14001",
    "hardware": "CE, GS, ISO 9001, ANSI, DIN, TÜV, ETL, RoHS",
    "building": "CE, ISO 9001, ISO 14001, FSC, ASTM, WaterMark, CUPC, SGS",
    "energy": "CE, TÜV, IEC 61215, IEC 61730, UL, UN38.3, MSDS, REACH, ISO 9001",
    "household": "LFGB, FDA, BSCI, CE, SGS, ISO 9001, Sedex",
    "gifts": "BSCI, Sedex, EN 71, CE, FSC, SGS, ISO 9001",
    "furniture": "BIFMA, FSC, CARB P2, BSCI, ISO 9001, EN 1335, CertiPUR-US",
    "toys": "EN 71, ASTM F963, CPC, CE, CCC, BSCI, ICTI, EN 1888",
    "textiles": "OEKO-TEX, GOTS, BSCI, GRS, WRAP, Sedex, OCS",
    "shoes_bags": "BSCI, SGS, REACH, ISO 9001, Sedex, LWG",
    "food": "HACCP, ISO 22000, BRC, Halal, Kosher, FDA, FSSC 22000, USDA Organic",
    "health": "FDA, CE, ISO 13485, GMP, MSDS, Halal, ISO 22716",
    "office_sports": "CE, EN 71, FSC, BSCI, SGS, ISO 9001, EN 957",
}


def _read(name: str) -> str:
    """One word list from `words/` (package data, shipped by pyproject.toml)."""
    return (files("catalog_sync.demo") / "words" / name).read_text(encoding="utf-8")


def _load_top_categories() -> dict[str, TopCategory]:
    tops: dict[str, TopCategory] = {}
    for line in _read("categories.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, en, zh, phase = (part.strip() for part in line.split("|"))
        certs = tuple(c.strip() for c in _CERTIFICATIONS[key].split(","))
        tops[key] = TopCategory(key, Term(en, zh), int(phase), certs)
    return tops


#: The Canton Fair's 16 categories in the fair's order (ids are the bot's interest keys).
TOP_CATEGORIES: MappingProxyType[str, TopCategory] = MappingProxyType(_load_top_categories())


def _split(payload: str, sep: str) -> list[str]:
    return [part.strip() for part in payload.split(sep) if part.strip()]


def _term(text: str, where: str) -> Term:
    parts = _split(text, "|")
    if len(parts) != 2:
        raise ValueError(f"{where}: expected 'english | chinese', got {text!r}")
    return Term(parts[0], parts[1])


def _noun(payload: str, where: str) -> Noun:
    parts = _split(payload, "|")
    if len(parts) != 4 or parts[2] not in UNITS:
        raise ValueError(f"{where}: expected 'noun | zh | unit | low-high', got {payload!r}")
    low, _, high = parts[3].partition("-")
    noun = Noun(parts[0], parts[1], parts[2], float(low), float(high))
    if not 0 < noun.price_low <= noun.price_high:
        raise ValueError(f"{where}: bad price range {parts[3]!r}")
    return noun


class _SectionBuilder:
    """Accumulates one `==` block of a section text while it is parsed."""

    def __init__(self, header: str, where: str) -> None:
        parts = _split(header, "|")
        if len(parts) not in (3, 4) or "." not in parts[0]:
            raise ValueError(f"{where}: bad section header {header!r}")
        self.id = parts[0]
        self.parent_id = self.id.partition(".")[0]
        if self.parent_id not in TOP_CATEGORIES:
            raise ValueError(f"{where}: unknown top category in {self.id!r}")
        self.name = Term(parts[1], parts[2])
        default = TOP_CATEGORIES[self.parent_id].phase
        self.phase = int(parts[3]) if len(parts) == 4 else default
        self.industries: list[Term] = []
        self.groups: list[Group] = []
        self._nouns: list[Noun] = []
        self._mods: list[tuple[Term, ...]] = []
        self._mats: list[Term] = []
        self._specs: list[tuple[str, ...]] = []
        self._last = ""

    def add(self, key: str, payload: str, where: str) -> None:
        if key == "n" and self._last != "n":
            self._close_group()
        if key == "i":
            self.industries.extend(_term(t, where) for t in _split(payload, ";"))
        elif key == "n":
            self._nouns.append(_noun(payload, where))
        elif not self._nouns:
            raise ValueError(f"{where}: {key}: line before any noun")
        elif key == "m":
            for slot in _split(payload, ";"):
                self._mods.append(tuple(_term(alt, where) for alt in _split(slot, "/")))
        elif key == "a":
            self._mats.extend(_term(t, where) for t in _split(payload, ";"))
        elif key == "t":
            self._specs.extend(tuple(slot.split()) for slot in _split(payload, ";"))
        else:
            raise ValueError(f"{where}: unknown line kind {key!r}")
        self._last = key

    def _close_group(self) -> None:
        if self._nouns:
            group = Group(
                tuple(self._nouns), tuple(self._mods), tuple(self._mats), tuple(self._specs)
            )
            self.groups.append(group)
        self._nouns, self._mods, self._mats, self._specs = [], [], [], []

    def build(self) -> Section:
        self._close_group()
        if not self.groups or not self.industries:
            raise ValueError(f"section {self.id}: needs industry words and nouns")
        return Section(
            self.id,
            self.parent_id,
            self.name,
            self.phase,
            tuple(self.industries),
            tuple(self.groups),
        )


def parse_sections(text: str, source: str = "<text>") -> list[Section]:
    """Parse a section block (syntax in the module docstring)."""
    sections: list[Section] = []
    builder: _SectionBuilder | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{source}:{number}"
        if not line or line.startswith("#"):
            continue
        if _FORBIDDEN.intersection(line):
            raise ValueError(f"{where}: quote, backslash or control character")
        if line.startswith("== "):
            if builder is not None:
                sections.append(builder.build())
            builder = _SectionBuilder(line[3:], where)
            continue
        key, colon, payload = line.partition(":")
        if builder is None or not colon or len(key) != 1:
            raise ValueError(f"{where}: cannot parse {line!r}")
        builder.add(key, payload, where)
    if builder is not None:
        sections.append(builder.build())
    return sections


def _rendering(language: str, gender: str | None, text: str, where: str) -> Rendering:
    forms = tuple(_split(text, "/"))
    if language not in _FORM_COUNTS or len(forms) not in _FORM_COUNTS[language]:
        raise ValueError(f"{where}: bad {language} forms {text!r}")
    if gender is not None and gender not in _GENDERS.get(language, ""):
        raise ValueError(f"{where}: bad {language} gender {gender!r}")
    return Rendering(forms, gender)


def parse_translations(text: str, source: str = "<text>") -> dict[str, dict[str, Rendering]]:
    """Parse a translation block into {english term: {language: rendering}}."""
    entries: list[tuple[str, list[str], str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        where = f"{source}:{number}"
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if _FORBIDDEN.intersection(raw.strip()):
            raise ValueError(f"{where}: quote, backslash or control character")
        if raw[0].isspace():
            if not entries:
                raise ValueError(f"{where}: continuation line without an entry")
            entries[-1][1].append(raw)
            continue
        term, equals, rest = raw.partition(" = ")
        if not equals:
            raise ValueError(f"{where}: expected 'term = translations'")
        entries.append((term.strip(), [rest], where))
    result: dict[str, dict[str, Rendering]] = {}
    for term, chunks, where in entries:
        languages: dict[str, Rendering] = {}
        for item in _split(";".join(chunks), ";"):
            tag, _, body = item.partition(" ")
            language, _, gender = tag.partition(":")
            languages[language] = _rendering(language, gender or None, body, where)
        if term in result:
            raise ValueError(f"{where}: {term!r} translated twice")
        result[term] = languages
    return result


#: Themes of the word lists, in the order their sections are read.
_THEMES = (
    "electrical",
    "industrial",
    "construction",
    "home",
    "leisure",
    "office_sports",
    "fashion",
    "food_health",
)


def _load_sections() -> tuple[Section, ...]:
    found: dict[str, Section] = {}
    for theme in _THEMES:
        name = f"{theme}.sections.txt"
        for section in parse_sections(_read(name), name):
            if section.id in found:
                raise ValueError(f"section {section.id} defined twice")
            found[section.id] = section
    ordered = sorted(found.values(), key=lambda s: list(TOP_CATEGORIES).index(s.parent_id))
    missing = set(TOP_CATEGORIES) - {s.parent_id for s in ordered}
    if missing:
        raise ValueError(f"top categories without sections: {sorted(missing)}")
    return tuple(ordered)


def _load_translations(names: list[str]) -> dict[str, dict[str, Rendering]]:
    merged: dict[str, dict[str, Rendering]] = {}
    for name in names:
        for term, languages in parse_translations(_read(name), name).items():
            if term in merged:
                raise ValueError(f"{term!r} translated in two files")
            merged[term] = languages
    return merged


def _check_translated_terms() -> None:
    """Fail on translations of words no section uses (a typo would silently drop them)."""
    nouns = {n.en for s in SECTIONS for g in s.groups for n in g.nouns}
    words = {
        t.en
        for s in SECTIONS
        for g in s.groups
        for t in (*g.materials, *(alt for slot in g.modifier_slots for alt in slot))
    }
    unknown = (set(NOUN_TRANSLATIONS) - nouns) | (set(WORD_TRANSLATIONS) - words)
    if unknown:
        raise ValueError(f"translations of unused terms: {sorted(unknown)}")


#: All exhibition sections, grouped by top category in the fair's order.
SECTIONS: tuple[Section, ...] = _load_sections()

#: English product noun -> {language: rendering} (the themes' `<theme>.nouns.txt`).
NOUN_TRANSLATIONS: MappingProxyType[str, dict[str, Rendering]] = MappingProxyType(
    _load_translations([f"{theme}.nouns.txt" for theme in _THEMES])
)

#: English modifier or material -> {language: rendering} (shared by all sections).
WORD_TRANSLATIONS: MappingProxyType[str, dict[str, Rendering]] = MappingProxyType(
    _load_translations(["modifiers.txt", "materials.txt"])
)

_check_translated_terms()
