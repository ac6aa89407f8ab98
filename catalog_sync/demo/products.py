"""Demo products: names in English, Chinese and buyer languages, prices, MOQs, keywords.

Products are the bulk of a catalog, so they are made in chunks of PRODUCT_CHUNK, each
from its own random stream: changing how exhibitors or slots are drawn does not
reshuffle products, and chunks could be made in parallel without changing a byte.
"""

from __future__ import annotations

import bisect
import functools
import math
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from catalog_sync.demo.exhibitors import Exhibitor
from catalog_sync.demo.plans import NICE_QUANTITIES, Plan, Word, nouns_by, product_plans
from catalog_sync.demo.text import COMMA_ZH, cumulative, join_cjk, pick
from catalog_sync.demo.vocabulary import LANGUAGES

#: Products are made in chunks of this many, each from its own random stream.
PRODUCT_CHUNK = 5_000
#: Share of products that also carry a name in one or two buyer languages.
TRANSLATED_SHARE = 0.15

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


@functools.cache
def _translation_odds() -> dict[str, float]:
    """Per category, the chance a translatable product gets names in buyer languages.

    Only the commonest nouns are translated, so the odds are raised where few are,
    keeping about TRANSLATED_SHARE of all products multilingual.
    """
    odds: dict[str, float] = {}
    for category, indices in nouns_by("category").items():
        translated = sum(1 for i in indices if product_plans()[i].languages) / len(indices)
        odds[category] = min(1.0, TRANSLATED_SHARE / translated) if translated else 0.0
    return odds


@functools.cache
def _clock_suffixes() -> tuple[str, ...]:
    """ "HH:MM:SSZ" for every second of a day: products get one instant each."""
    return tuple(
        f"{h:02d}:{m:02d}:{s:02d}Z" for h in range(24) for m in range(60) for s in range(60)
    )


def _translated_name(
    language: str, plan: Plan, mods: Sequence[Word], material: Word | None, tail: str
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
        text = join_cjk([*before, *(mat.forms[:1] if mat else ()), noun.forms[0]])
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


def _product_lines(rng: random.Random, job: ProductJob, first: int, last: int) -> Iterator[str]:
    """Products `first` to `last - 1`, spread over exhibitors with skewed counts.

    This loop makes the bulk of a catalog, so it writes JSON by hand from precomputed
    parts: vocabulary texts never need escaping (checked when they are parsed) and the
    tests compare every line with `json.dumps` of itself.
    """
    rnd = rng.random
    plans = product_plans()
    by_category = nouns_by("category")
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
        mods: list[Word] = _draw_slots(rnd, plan.mod_slots, r) if r >= 0.3 else []
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
            name_zh = join_cjk([*(w.zh for w in words), plan.zh]) + tail
        else:
            name_en = plan.en_title + tail
            name_zh = plan.zh + tail
        names = ""
        if plan.languages and rnd() < odds[plan.category]:
            chosen = {pick(rng, plan.languages, plan.language_cum)}
            if rnd() < 0.35:
                chosen.add(pick(rng, plan.languages, plan.language_cum))
            for language in sorted(chosen, key=language_order.__getitem__):
                text = _translated_name(language, plan, mods, material, tail)
                if text:
                    names += f',"{language}":"{text}"'

        # An MOQ worth a typical first order: USD 300-8,000, or 3,000-60,000 in bulk.
        usd = exp(plan.log_low + rnd() * plan.log_span)
        value = exp(8.0 + rnd() * 3.0) if plan.bulk else exp(5.7 + rnd() * 3.3)
        q = max(0, bisect_right(NICE_QUANTITIES, value / usd) - 1)
        quantity = NICE_QUANTITIES[q]

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
                f'起订量{quantity}{plan.unit_zh}{COMMA_ZH}{ex.city_zh}发货。"'
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
class ProductJob:
    """What every chunk of products needs, computed once per catalog."""

    seed: int
    table: tuple[Exhibitor, ...]
    weights: list[float]  # cumulative, skewed (log-normal) share of products per exhibitor
    # Per exhibitor: its JSON id fragment and every subset of its certifications (a
    # product shows each with even odds, so one draw picks a subset).
    fragments: list[tuple[str, list[str]]]
    epoch: int


def product_job(seed: int, table: Sequence[Exhibitor], epoch: int) -> ProductJob:
    """Skewed product shares and JSON fragments for the exhibitors in `table`."""
    rng = random.Random(f"{seed}:weights")
    weights = cumulative(rng.lognormvariate(0.0, 1.0) for _ in table)
    fragments = [
        (f'","exhibitor_id":"{e.id}","category_id":"', _subsets_json(e.certifications))
        for e in table
    ]
    return ProductJob(seed, tuple(table), weights, fragments, epoch)


def product_blocks(job: ProductJob, count: int) -> Iterator[tuple[int, str]]:
    """Products in chunks; each chunk's random stream depends only on the seed and the
    chunk's index, so chunks could be made in any order or process."""
    for first in range(0, count, PRODUCT_CHUNK):
        rng = random.Random(f"{job.seed}:products:{first // PRODUCT_CHUNK}")
        lines = list(_product_lines(rng, job, first, min(first + PRODUCT_CHUNK, count)))
        yield len(lines), "\n".join(lines) + "\n"
