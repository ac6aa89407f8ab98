"""Fuzzy country matching for buyers who type their country during registration.

Buyers answer "Where are you from?" in whatever language they think in, with typos,
abbreviations and stray punctuation. Instead of a 250-button picker we match the
free text against every country name Babel knows in the shipped locales (plus
English, Traditional Chinese and a few colloquial aliases) and return ISO 3166
alpha-2 codes: one when the answer is clear, a short list to choose from when it
is not, and nothing when the text does not look like a country at all.

Which codes count as countries: two-letter alphabetic territories that Babel
maps to a currency, minus CLDR's pseudo and grouping codes (EU, EZ, UN, QO, XA,
XB, ZZ) and the ISO "exceptionally reserved" sub-territories (AC, CP, CQ, DG, EA,
IC, TA) that would only duplicate their parent country in a list. Kosovo (XK)
is kept: it is not ISO-assigned but buyers do come from there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.core import UnknownLocaleError, get_global
from rapidfuzz import fuzz, process

DEFAULT_LOCALES: tuple[str, ...] = (
    "en", "zh_Hans", "es", "fr", "ru", "ar", "pt", "ja", "ko", "vi", "th", "id", "tr", "hi",
)  # fmt: skip

# Always indexed whatever the shipped locales are: English is the lingua franca of the
# fair, and buyers from Taiwan / Hong Kong write Traditional characters.
_EXTRA_LOCALES: tuple[str, ...] = ("en", "zh_Hant")

_NON_COUNTRY_CODES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"}
)

# Colloquial names that Babel does not carry, as "CODES: alias | alias" entries, ";"
# between entries on one line. Several codes mean the name genuinely denotes several
# countries and the buyer must pick. Normalised at index time, so accents, case and
# punctuation do not matter.
_ALIAS_TABLE = """
US: usa | us | america | united states of america | eua | eeuu | ee uu | сша | америка
US: アメリカ | 米国 | 美利坚 | امريكا | الولايات المتحدة الامريكية
GB: uk | gb | great britain | britain | england | scotland | wales | northern ireland
GB: inglaterra | angleterre | англия | британия | بريطانيا | انجلترا
AE: uae | eau | emirates | dubai | объединенные арабские эмираты | эмираты | 阿联酋 | الامارات
SA: ksa | saudi | saudia | السعوديه | 沙特 | サウジ
KR: korea | republic of korea | rok | corea | coree | coreia | корея | южная корея | كوريا
KP: dprk | северная корея
RU: russian federation | рф | 俄国 | روسيا
NL: holland | the netherlands | nederland | голландия
TR: turkey | turkiye | türkei
CZ: czech republic | czech | czechoslovakia
CI: ivory coast
CN: prc | mainland china | china mainland | 中华人民共和国 | 中國大陸 | 中国大陆
HK: hong kong | hongkong | 香港 | 中国香港 | 中國香港 | гонконг
MO: macau | macao | 澳门 | 澳門 | 中国澳门 | 中國澳門
VN: viet nam; IR: persia; ZA: rsa; MK: macedonia; SZ: swaziland; TL: east timor
MM: burma | birmania | birmanie
CD: drc | dr congo | rdc | democratic republic of the congo | congo kinshasa
CG: republic of the congo | congo brazzaville
CD CG: congo | конго | الكونغو | 刚果 | コンゴ
VG VI: virgin islands
PS: palestine | فلسطين | 巴勒斯坦 | палестина
VA: vatican | holy see; BA: bosnia; TT: trinidad
KG: kyrgyz | kirghizia | кыргызстан; BY: белоруссия
CF: центральноафриканская республика
DE: deutschland | brd; ES: spain; AT: osterreich; CH: swiss | schweiz | svizzera
PL: polska; GR: hellas | ελλαδα; HU: magyarorszag; SE: sverige; NO: norge; DK: danmark
FI: suomi; HR: hrvatska; RS: srbija; UA: ukraina; JP: nippon | nihon
IN: bharat | hindustan; PH: pilipinas; EG: misr
JP: にほん | にっぽん | ニホン | ニッポン | 日本国; CN: ちゅうごく | チュウゴク | 中國
KR: かんこく | 韓国 | 한국 | 남한 | 대한민국; TW: たいわん | 대만; US: 미국; GB: 영국
TH: ประเทศไทย | เมืองไทย | siam | thailande; VN: 베트남 | việt nam | vietnam
ID: indonesie | 인도네시아; IN: 인도 | हिंदुस्तान; TR: 터키 | türkiye cumhuriyeti
SA: 사우디 | سعودية; AE: 아랍에미리트; DE: 독일; FR: 프랑스; RU: 러시아 | россия
"""


def _aliases() -> list[tuple[str, tuple[str, ...]]]:
    """Parse `_ALIAS_TABLE` into (alias, codes) pairs."""
    pairs = []
    for entry in _ALIAS_TABLE.replace("\n", ";").split(";"):
        codes, _, names = entry.partition(":")
        pairs += [(name.strip(), tuple(codes.split())) for name in names.split("|") if names]
    return pairs


# Per-locale word for "&" in Babel's English-style short names ("Trinidad & Tobago").
_AND_WORDS: dict[str, str] = {"en": "and", "fr": "et", "es": "y", "pt": "e"}

_MAX_QUERY_LEN = 80  # longer than any country name, so long input is not a country
_MIN_FUZZY_LEN = 3  # "in", "ar", ... match half the world; only exact hits below this
_SHORT_LEN = 5  # up to this length a query gets no token-set pass (one word anyway)
_MIN_PARTIAL_LEN = 4  # shorter prefixes start too many names ("ind": India, Indonesia)
_WORD_SCALE = 0.9  # token-set / partial hits rank just below an equally good full match
_CUTOFF = 80  # minimum similarity (0-100) for a fuzzy candidate
_CJK_CUTOFF = 80
_MARGIN = 6  # candidates this close to the best one are "too close to call"
_CJK_MARGIN = 10
_MAX_RESULTS = 5

# Spelling variants typed interchangeably: alef maqsura / ya, ta marbuta / ha, tatweel
# (pure elongation), Cyrillic yo / ye.
_SCRIPT_FOLD = str.maketrans(
    {"\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None, "\u0451": "\u0435"}
)


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x0250 or 0x1E00 <= code < 0x1F00


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
    )


def normalize(text: str) -> str:
    """Fold text so that spelling noise does not hide a country name.

    Casefolds, strips accents from Latin letters only (kana voicing marks and
    Cyrillic й must survive, they change the word), drops Arabic vowel marks and
    hamza seats, turns punctuation/symbols/emoji into spaces, removes zero-width
    and bidi controls, and collapses whitespace.
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SCRIPT_FOLD)
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        cat = unicodedata.category(ch)
        if cat == "Mn":
            if 0x0610 <= ord(ch) <= 0x06ED or (out and _is_latin(out[-1])):
                continue
            out.append(ch)
        elif cat[0] in "LN":
            out.append(ch)
        elif cat[0] in "PSZ" or ch.isspace():
            out.append(" ")
        # Cf (zero-width, bidi marks) and other controls are dropped.
    return " ".join(unicodedata.normalize("NFC", "".join(out)).split())


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    currencies = get_global("territory_currencies")
    return frozenset(
        code
        for code in map(str, Locale.parse("en").territories)
        if len(code) == 2
        and code.isalpha()
        and code not in _NON_COUNTRY_CODES
        and code in currencies
    )


def _name_variants(name: str, locale: str) -> set[str]:
    """Spellings of one Babel name a buyer may plausibly type."""
    variants = {name}
    for opening, closing in (("(", ")"), ("\uff08", "\uff09")):
        if opening in name:
            head, _, rest = name.partition(opening)
            tail = rest.partition(closing)[2]
            variants.add(f"{head} {tail}")
    and_word = _AND_WORDS.get(locale.split("_")[0])
    if and_word:
        variants |= {v.replace("&", f" {and_word} ") for v in variants}
    if locale.startswith("en"):
        variants |= {v.replace("St. ", "Saint ") for v in variants}
    return variants


class _Index:
    """Normalised names -> codes, split by script for the right fuzzy strategy."""

    def __init__(self, locales: tuple[str, ...]) -> None:
        codes = _country_codes()
        exact: dict[str, list[str]] = {}

        def add(raw: str, code: str) -> None:
            key = normalize(raw)
            if not key:
                return
            for k in {key, key.replace(" ", "")}:
                bucket = exact.setdefault(k, [])
                if code not in bucket:
                    bucket.append(code)

        for alias, alias_codes in _aliases():
            for code in alias_codes:
                add(alias, code)
        for loc in dict.fromkeys((*_EXTRA_LOCALES, *locales)):
            try:
                territories = Locale.parse(loc).territories
            except (UnknownLocaleError, ValueError):
                continue
            for code, name in territories.items():
                if code in codes:
                    for variant in _name_variants(name, loc):
                        add(variant, code)

        self.exact = {k: tuple(v) for k, v in exact.items()}
        self.latin = [k for k in self.exact if not any(_is_cjk(c) for c in k)]
        self.cjk = [k for k in self.exact if any(_is_cjk(c) for c in k)]
        # Prefix / partial matching against "us" or "uk" finds them inside any word.
        self.latin_long = [k for k in self.latin if len(k) >= _MIN_PARTIAL_LEN]


@lru_cache(maxsize=8)
def _index(locales: tuple[str, ...]) -> _Index:
    return _Index(locales)


def _ranked(scored: list[tuple[str, float]], index: _Index, margin: float) -> list[str]:
    """Collapse name hits to codes and keep the ones too close to the best to drop."""
    best: dict[str, float] = {}
    for name, score in scored:
        for code in index.exact[name]:
            best[code] = max(best.get(code, 0.0), score)
    if not best:
        return []
    ordered = sorted(best.items(), key=lambda item: (-item[1], item[0]))
    top = ordered[0][1]
    return [code for code, score in ordered if score >= top - margin][:_MAX_RESULTS]


def _fuzzy_cjk(query: str, index: _Index) -> list[str]:
    """Restrained matching for scripts without spaces where two characters are a name.

    A one-character slip in "德国" changes half the word, so plain similarity is
    useless at that length. We accept containment either way ("我来自德国",
    "沙特阿拉" for 沙特阿拉伯) and near-identical longer names only.
    """
    if len(query) < 2:
        return []
    scored = []
    for name in index.cjk:
        score = fuzz.ratio(query, name)
        contained = len(name) >= 2 and (query in name or name in query)
        if contained or score >= _CJK_CUTOFF:
            scored.append((name, score))
    return _ranked(scored, index, _CJK_MARGIN)


def _fuzzy_other(query: str, index: _Index) -> list[str]:
    """Typo-tolerant matching for Latin, Cyrillic and Arabic script queries.

    Several rapidfuzz passes, best score per name wins: plain ratio (typos in the
    whole name), token-set (extra words: "kingdom of saudi arabia", "korea
    south"), prefix (what people type when they give up early or use the
    adjective: "kazakh", "philip") and partial for a name inside a longer answer
    ("i am from germny"). WRatio is avoided on purpose: its partial-token pass
    scores 85+ for any shared word ("of", "united"), and its partial pass finds
    "us" inside "austrlia" and "name" inside "suriname".
    """
    size = len(query)
    if len(query.replace(" ", "")) < _MIN_FUZZY_LEN:
        return []
    passes: list[tuple[Any, list[str], float, Callable[[str], str] | None]] = [
        (fuzz.ratio, index.latin, 1.0, None)
    ]
    if size > _SHORT_LEN:
        passes.append((fuzz.token_set_ratio, index.latin, _WORD_SCALE, None))
    if size >= _MIN_PARTIAL_LEN:
        passes.append((fuzz.ratio, index.latin_long, _WORD_SCALE, lambda s: s[:size]))
        inner = [name for name in index.latin_long if len(name) < size]
        passes.append((fuzz.partial_ratio, inner, _WORD_SCALE, None))
    scores: dict[str, float] = {}
    for scorer, choices, scale, processor in passes:
        hits = process.extract(
            query,
            choices,
            scorer=scorer,
            processor=processor,
            limit=30,
            score_cutoff=_CUTOFF / scale,
        )
        for name, score, _ in hits:
            scores[name] = max(scores.get(name, 0.0), score * scale)
    return _ranked(list(scores.items()), index, _MARGIN)


def match_country(text: str, locales: Sequence[str] = DEFAULT_LOCALES) -> list[str]:
    """ISO codes the buyer most plausibly meant by `text`, best first.

    One code when the answer is clear (an exact name or alias in any indexed
    language, or a single fuzzy hit well ahead of the rest), up to five when
    several are close (the bot then asks which one), and an empty list when
    nothing is plausible. `locales` are the bot's shipped Babel locales.
    """
    if len(text) > 20 * _MAX_QUERY_LEN:  # a pasted essay: do not even normalise it
        return []
    query = normalize(text)
    if not query or len(query) > _MAX_QUERY_LEN or not any(c.isalpha() for c in query):
        return []
    index = _index(tuple(locales))
    hit = index.exact.get(query) or index.exact.get(query.replace(" ", ""))
    if hit:
        return list(hit[:_MAX_RESULTS])
    if any(_is_cjk(c) for c in query):
        return _fuzzy_cjk(query, index)
    return _fuzzy_other(query, index)


def country_name(code: str, locale: str) -> str:
    """The country's name in the reader's language, falling back to English, then the code."""
    code = code.strip().upper()
    for loc in (locale, "en"):
        try:
            name = Locale.parse(loc).territories.get(code)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
        if name:
            return name
    return code


def is_country(code: str) -> bool:
    """Whether `code` is one of the ISO codes `match_country` can return (case-insensitive)."""
    return isinstance(code, str) and code.strip().upper() in _country_codes()


def all_country_codes() -> frozenset[str]:
    """Every code considered a country, e.g. for validating stored profiles."""
    return _country_codes()
