"""The demo catalog's product vocabulary, flattened per noun and precomputed once.

Exhibitors pick the nouns they list from these plans and products are drawn from them,
so both generators index the same tuple; nothing here is random.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from catalog_sync.demo.text import COLON_ZH, cumulative
from catalog_sync.demo.vocabulary import (
    LANGUAGES,
    NOUN_TRANSLATIONS,
    SECTIONS,
    UNITS,
    WORD_TRANSLATIONS,
    Rendering,
    Term,
)

# Minimum order quantities as suppliers quote them: 1, 2, 3, 5 times a power of ten.
NICE_QUANTITIES = tuple(m * 10**e for e in range(6) for m in (1, 2, 3, 5))
# Buyer languages by how often an exhibitor lists names in them.
_LANGUAGE_WEIGHTS = {"es": 25, "ru": 20, "ar": 18, "fr": 15, "pt": 12, "ja": 10}
# Food is sold by grade and origin, not model number.
_UNCODED = frozenset(("food",))


@dataclass(frozen=True, slots=True)
class Word:
    """A modifier or material with its renderings in the buyer languages."""

    en: str
    zh: str
    key: str  # lower-case English, for keywords
    tr: dict[str, Rendering]
    made_of: str = ""  # description sentences, for materials
    made_of_zh: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
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
    moq_text: tuple[str, ...]  # "MOQ 1 set.", "MOQ 2 sets."... per NICE_QUANTITIES
    unit_zh: str
    bulk: bool  # quoted per ton: orders are worth more
    log_low: float
    log_span: float
    mod_slots: tuple[tuple[Word, ...], ...]
    materials: tuple[Word, ...]
    spec_slots: tuple[tuple[str, ...], ...]
    tr: dict[str, Rendering]
    languages: tuple[str, ...]
    language_cum: list[float]


def _overlaps(term: Term, noun_en: str, noun_zh: str) -> bool:
    """True when a modifier/material repeats the noun ("wireless wireless charger")."""
    noun_words = set(noun_en.lower().replace("-", " ").split())
    term_words = {w for w in term.en.lower().replace("-", " ").split() if len(w) > 2}
    in_noun = term.en.lower() in noun_en.lower() or term.zh in noun_zh
    return in_noun or bool(term_words & noun_words)


def _word(term: Term) -> Word:
    tr = WORD_TRANSLATIONS.get(term.en, {})
    made_of, made_of_zh = f" Made of {term.en}.", f"材质{COLON_ZH}{term.zh}。"
    return Word(term.en, term.zh, term.en.lower(), tr, made_of, made_of_zh)


@functools.cache
def product_plans() -> tuple[Plan, ...]:
    plans: list[Plan] = []
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
                    Plan(
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
                            for q in NICE_QUANTITIES
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
                        language_cum=cumulative(_LANGUAGE_WEIGHTS[lang] for lang in languages),
                    )
                )
    return tuple(plans)


@functools.cache
def nouns_by(key: str) -> dict[str, tuple[int, ...]]:
    """Plan indices per section id (key="section") or per top category (key="category")."""
    index: dict[str, list[int]] = {}
    for i, plan in enumerate(product_plans()):
        index.setdefault(getattr(plan, key), []).append(i)
    return {k: tuple(v) for k, v in index.items()}
