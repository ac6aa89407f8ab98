# ruff: noqa: RUF001 - Cyrillic and Arabic letters in suffix lists are meant
"""Normalising and tokenising product text and queries in every shipped script.

The index and the query side must cut text identically, so both go through
`normalize` and the same token rules:

* case and width folded (NFKC + casefold), Latin accents dropped ("café" = "cafe"),
  zero-width and control characters removed, so pasted text matches typed text;
* Latin words folded singular ("knives" -> "knife", "sillas" -> "silla") by a few
  language-agnostic rules. The folded form is only a key: it need not be a word, it
  only has to be the same for the singular and the plural;
* Chinese, Japanese and Thai runs, written without spaces, become single characters and
  character bigrams, so "不锈钢锅" still meets "不锈钢炒锅" (the "CJK" of the names
  below stands for all three);
* model codes survive: "XK-200" gives "xk200" plus its parts "xk" and "200".

The per-word work is cached because a catalog repeats its vocabulary millions of times.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

#: Han, kana, compatibility ideographs and Thai: scripts written without spaces (Thai's
#: vowel and tone marks included, which are not word characters to `re`).
CJK_CLASS = (
    "\u3005\u3040-\u309f\u30a0-\u30fa\u30fc-\u30ff\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef"
    "\u0e01-\u0e3a\u0e40-\u0e4e"
)
#: Devanagari's vowel signs and virama are marks, not word characters to `re`: a word
#: runs on through them, or "कुर्सी" would fall apart into letters.
_MARKS_CLASS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
_LETTERS = f"[^\\W_{CJK_CLASS}]"
_WORD = f"{_LETTERS}+(?:[{_MARKS_CLASS}]+{_LETTERS}*)*"
#: A CJK run, or a word possibly joined to others by - . / ' (model codes, "t-shirt").
TOKEN_RE = re.compile(f"([{CJK_CLASS}]+)|({_WORD}(?:[-./'’]{_WORD})*)")
_MARKED_WORD_RE = re.compile(f"[^\\W\\d_]+(?:[{_MARKS_CLASS}]+[^\\W\\d_]*)+")
_JOINERS_RE = re.compile(r"[-./'’]")
_ALNUM_RUN_RE = re.compile(r"[^\W\d_]+|\d+")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_THAI_RE = re.compile("[\u0e01-\u0e4e]")
_CJK_CHAR_RE = re.compile(f"[{CJK_CLASS}]")

# Characters that hide inside pasted text: zero-width, bidi controls, soft hyphen,
# variation selectors, Arabic tatweel. Removed (not spaced) so "sta\u200binless" reads
# "stainless". Control characters need nothing: they are not word characters.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u0640\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufe00-\ufe0f\ufeff]"
)
# Arabic spelling variants that writers use interchangeably.
_ARABIC_VARIANT_RE = re.compile("[\u0622\u0623\u0625\u0629\u0649]")
_ARABIC_TABLE = str.maketrans("\u0622\u0623\u0625\u0629\u0649", "\u0627\u0627\u0627\u0647\u064a")
# Combining marks dropped after NFD: Latin/Cyrillic accents and Arabic vowel signs.
# Kana voicing marks (U+3099/U+309A) are kept, or "が" would become "か".
_MARKS_RE = re.compile("[\u0300-\u036f\u064b-\u065f\u0670]")

_IRREGULAR = {
    "knives": "knife", "wives": "wife", "lives": "life", "leaves": "leaf",
    "shelves": "shelf", "halves": "half", "loaves": "loaf", "wolves": "wolf",
    "calves": "calf", "scarves": "scarf", "thieves": "thief", "children": "child",
    "men": "man", "women": "woman", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "people": "person", "dice": "die", "oxen": "ox",
}  # fmt: skip
_ES_SUFFIXES = ("sses", "xes", "ches", "shes", "zes")
_KEEP_S = ("ss", "us", "is")

_STOPWORDS = (
        "and", "with", "for", "the", "of", "in", "on", "to", "by", "from", "an", "or", "at",
        "as", "is", "it", "its", "this", "that", "per", "de", "la", "el", "y", "los", "las",
        "del", "para", "con", "en", "por", "un", "una", "al", "o", "co", "ltd", "limited",
        "inc", "llc", "corp", "le", "les", "et", "pour", "avec", "des", "du", "au", "aux",
        "une", "sur", "da", "do", "e", "dos", "das", "com", "em", "um", "uma", "na", "no", "и",
        "для", "с", "в", "на", "из", "по", "от", "к", "у", "или", "من", "في", "و", "مع", "على",
        "إلى", "عن", "ل", "ب",
)  # fmt: skip

_CACHE_LIMIT = 1_000_000
_word_cache: dict[str, tuple[str, ...]] = {}
_cjk_cache: dict[str, tuple[str, ...]] = {}


def normalize(text: str) -> str:
    """Case-, width- and accent-folded text without invisible characters.

    ASCII text, most of the catalog, only needs `lower` (control characters already
    separate tokens); the rest goes through NFKC, casefold and a NFD pass to drop marks.
    Regex substitutions rather than `str.translate` with a dict: several times faster.
    """
    if text.isascii():
        return text.lower()
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", text).casefold())
    if _ARABIC_VARIANT_RE.search(text):
        text = text.translate(_ARABIC_TABLE)
    decomposed = unicodedata.normalize("NFD", text)
    if len(decomposed) != len(text):
        text = unicodedata.normalize("NFC", _MARKS_RE.sub("", decomposed))
    return text


def _load_ru_endings() -> tuple[str, ...]:
    raw = (
        "иями ями ами ого его ому ему ыми ими ых их ый ий ой ая яя ое ее ые ие ую юю "
        "ам ям ах ях ов ев ей ом ем а я о е ы и у ю ь й"
    )
    # Endings are matched on normalised words, where "й" has become "и".
    ends = {normalize(e) for e in raw.split()}
    return tuple(sorted(ends, key=len, reverse=True))


_RU_ENDINGS = _load_ru_endings()
#: Words too common to help: not indexed, and dropped from queries (normalised, as
#: tokens are: "إلى" is looked up as "الي").
STOPWORDS = frozenset(normalize(w) for w in _STOPWORDS)


def fold(word: str) -> str:
    """The singular-ish key of a normalised alphabetic word (see the module doc)."""
    if len(word) <= 3 or not word.isalpha():
        return word
    first = word[0]
    if first < "\u0250":
        return _fold_latin(word)
    if "\u0400" <= first <= "\u04ff":
        return _fold_cyrillic(word)
    if "\u0600" <= first <= "\u06ff":
        return _fold_arabic(word)
    return word


def _fold_latin(word: str) -> str:
    irregular = _IRREGULAR.get(word)
    if irregular is not None:
        word = irregular
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("eaux"):
        word = word[:-1]
    elif word.endswith(_ES_SUFFIXES):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(_KEEP_S):
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def _fold_cyrillic(word: str) -> str:
    for ending in _RU_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if word.endswith("ь") and len(word) > 3:
        word = word[:-1]
    return word


def _fold_arabic(word: str) -> str:
    if word.startswith("ال") and len(word) >= 5:
        word = word[2:]
    if word.endswith("ات") and len(word) >= 5:
        word = word[:-2]
    return word


def alphabetic(word: str) -> bool:
    """`str.isalpha`, true also of words with Devanagari's marks in them ("कुर्सी")."""
    return word.isalpha() or _MARKED_WORD_RE.fullmatch(word) is not None


def is_cjk(text: str) -> bool:
    """True when `text` starts with a character of a space-less script."""
    return _CJK_CHAR_RE.match(text) is not None


def has_kana(text: str) -> bool:
    """Japanese rather than Chinese: kana appear in almost every Japanese phrase."""
    return _KANA_RE.search(text) is not None


def has_thai(text: str) -> bool:
    return _THAI_RE.search(text) is not None


def cjk_terms(run: str) -> tuple[str, ...]:
    """Index terms of a CJK run: every character and every character bigram."""
    terms = _cjk_cache.get(run)
    if terms is None:
        grams = {run[i : i + 2] for i in range(len(run) - 1)}
        grams.update(run)
        terms = tuple(grams)
        if len(_cjk_cache) > _CACHE_LIMIT:
            _cjk_cache.clear()
        _cjk_cache[run] = terms
    return terms


def cjk_bigrams(run: str) -> list[str]:
    """The character bigrams of a CJK run in order (one character if it is that short)."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def word_terms(token: str) -> tuple[str, ...]:
    """Index terms of one non-CJK token ("xk-200" -> "xk200", "xk", "200")."""
    terms = _word_cache.get(token)
    if terms is None:
        out: set[str] = set()
        parts = _JOINERS_RE.split(token) if not token.isalnum() else [token]
        if len(parts) > 1:
            joined = "".join(parts)
            if len(joined) <= 24:
                out.add(fold(joined) if joined.isalpha() else joined)
        for part in parts:
            if alphabetic(part):
                if part not in STOPWORDS:
                    out.add(fold(part))
            elif part.isdigit():
                out.add(part)
            else:
                out.add(part)
                out.update(r for r in _ALNUM_RUN_RE.findall(part) if len(r) > 1)
        terms = tuple(out)
        if len(_word_cache) > _CACHE_LIMIT:
            _word_cache.clear()
        _word_cache[token] = terms
    return terms


def iter_tokens(normalized: str) -> Iterator[tuple[str, bool]]:
    """(token, is_cjk) for each token of already normalised text, in order."""
    for cjk, word in TOKEN_RE.findall(normalized):
        if cjk:
            yield cjk, True
        else:
            yield word, False


def index_terms(text: str) -> set[str]:
    """Every index term of a piece of text (names, keywords, company names)."""
    out: set[str] = set()
    for cjk, word in TOKEN_RE.findall(normalize(text)):
        out.update(cjk_terms(cjk) if cjk else word_terms(word))
    return out


def query_keys(token: str) -> list[str]:
    """Lookup keys of one non-CJK query token, stopwords dropped.

    French elisions split off ("d'air" -> "air"); other compounds stay one key in
    their joined form ("t-shirt" -> "tshirt", "xk-200" -> "xk200"), as indexed.
    """
    if "'" in token or "’" in token:
        return [k for part in re.split("['’]", token) if len(part) > 1 for k in query_keys(part)]
    if alphabetic(token):
        return [] if token in STOPWORDS else [fold(token)]
    if token.isalnum():
        return [token]
    joined = _JOINERS_RE.sub("", token)
    return [fold(joined) if joined.isalpha() else joined] if joined else []


def split_compound(token: str) -> list[str]:
    """The parts of a joined token ("xk-200" -> ["xk", "200"]), or [] if it is not one."""
    if token.isalnum():
        return []
    return [query_keys(p)[0] for p in _JOINERS_RE.split(token) if p and query_keys(p)]


def normalized_terms(normalized: str) -> set[str]:
    """`index_terms` for text that already went through `normalize`."""
    out: set[str] = set()
    for cjk, word in TOKEN_RE.findall(normalized):
        out.update(cjk_terms(cjk) if cjk else word_terms(word))
    return out
