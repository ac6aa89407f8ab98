"""The multilingual glossary: buyers' product and category words -> English index terms.

Catalog names always have an English version, so a Spanish, Russian or Japanese
query is answered by recognising its product words and adding the English words the
catalog uses (the original words still count, for names that exist in that language).

Phrases are matched on the same keys the index uses (`text.query_keys`), longest
phrase first, so "silla de oficina" wins over "silla", and "кресло" and "кресла"
meet the same entry. Chinese and Japanese runs are segmented greedily by the longest
known phrase at each position.

The tables are text files beside this module (package data): `glossary_products.txt`,
`glossary_attributes.txt` and `glossary_categories.txt`. One concept a line (indented
lines continue the previous one, `#` starts a comment line):

    english target [/ alternative ...] [; english synonym ...] = zh | es | fr | ru | ar | pt | ja

and for the fair's top categories, `key: english name ; ... = zh | es | ... | ja`.
Targets separated by "/" are alternatives (any of them matches); the words of one
target must all match. Cells hold ";"-separated phrases. Phrases are compared after
`bot.search.text` normalisation and plural folding, so singular forms suffice. A
phrase that means something else in another shipped language is left out on purpose
(es "tinta" is ink, pt "tinta" is paint), because all languages share one lookup.

Languages shipped later have a file each, `glossary_<language>.txt` (MORE_LANGUAGES),
so that one translator works on one file: a line per concept of the tables above, by
its English label (the first target), and a line per top category by its key:

    office chair = 사무용 의자 ; 사무 의자
    category furniture = 가구

Thai phrases are written without spaces, as Thai is typed: Thai runs are segmented
like Chinese ones.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

from bot.search.text import iter_tokens, normalize, query_keys

#: Cell order of the tables after the English head.
LANGUAGES = ("zh", "es", "fr", "ru", "ar", "pt", "ja")
#: Languages with a file of their own (see the module doc).
MORE_LANGUAGES = ("ko", "vi", "th", "id", "tr", "hi")
_CATEGORY = "category "


@dataclass(frozen=True, slots=True)
class Concept:
    """One glossary line: what to search for, or which category it names."""

    label: str  # English display text ("office chair", "furniture")
    targets: tuple[tuple[str, ...], ...]  # alternatives; each needs all its keys
    category: str | None = None  # top category key for category lines


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a query: which concept and in which language it was written."""

    concept: Concept
    lang: str


@dataclass(slots=True)
class Glossary:
    """Phrase tables for matching; build once with `load_glossary()`."""

    words: dict[tuple[str, ...], Match]
    cjk: dict[str, Match]
    categories: dict[str, tuple[str, ...]]  # key -> normalised names in all languages
    max_words: int
    max_run: int = 1  # the longest CJK phrase, in characters

    def match_words(self, keys: list[str], start: int) -> tuple[int, Match] | None:
        """Longest phrase starting at keys[start]: (its length in keys, match) or None."""
        for length in range(min(self.max_words, len(keys) - start), 0, -1):
            hit = self.words.get(tuple(keys[start : start + length]))
            if hit is not None:
                return length, hit
        return None

    def segment_cjk(self, run: str) -> list[tuple[str, Match | None]]:
        """Split a CJK run into known phrases (longest first) and unknown stretches."""
        pieces: list[tuple[str, Match | None]] = []
        unknown_from = i = 0
        while i < len(run):
            for length in range(min(self.max_run, len(run) - i), 0, -1):
                hit = self.cjk.get(run[i : i + length])
                if hit is not None:
                    if unknown_from < i:
                        pieces.append((run[unknown_from:i], None))
                    pieces.append((run[i : i + length], hit))
                    i += length
                    unknown_from = i
                    break
            else:
                i += 1
        if unknown_from < len(run):
            pieces.append((run[unknown_from:], None))
        return pieces


def _logical_lines(name: str) -> list[str]:
    """The lines of one table file, indented continuation lines joined to their line."""
    lines: list[str] = []
    table = (files("bot.search") / name).read_text(encoding="utf-8")
    for raw in table.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw[0].isspace() and lines:
            lines[-1] += " " + raw.strip()
        else:
            lines.append(raw.strip())
    return lines


def _phrase_key(phrase: str) -> tuple[tuple[str, ...], str | None]:
    """(word keys, None) for a phrase with spaces, or ((), run) for a pure CJK phrase."""
    tokens = list(iter_tokens(normalize(phrase)))
    if len(tokens) == 1 and tokens[0][1]:
        return (), tokens[0][0]
    keys: list[str] = []
    for token, cjk in tokens:
        keys.extend([token] if cjk else query_keys(token))
    return tuple(keys), None


def _add(glossary: Glossary, phrase: str, match: Match) -> None:
    keys, run = _phrase_key(phrase)
    if run is not None:
        glossary.cjk.setdefault(run, match)
        glossary.max_run = max(glossary.max_run, len(run))
    elif keys:
        glossary.words.setdefault(keys, match)
        glossary.max_words = max(glossary.max_words, len(keys))


def _parse_line(line: str) -> tuple[list[str], list[list[str]]]:
    """(English head phrases, cells of the other languages) of one logical line."""
    head, _, rest = line.partition("=")
    cells = [[p.strip() for p in cell.split(";") if p.strip()] for cell in rest.split("|")]
    if len(cells) != len(LANGUAGES):
        raise ValueError(f"glossary line needs {len(LANGUAGES)} language cells: {line!r}")
    return [p.strip() for p in head.split(";") if p.strip()], cells


def _add_line(
    glossary: Glossary, english: list[str], cells: list[list[str]], concept: Concept
) -> None:
    _add_phrases(glossary, english, concept, "en")
    for lang, phrases in zip(LANGUAGES, cells, strict=True):
        _add_phrases(glossary, phrases, concept, lang)


def _add_phrases(glossary: Glossary, phrases: list[str], concept: Concept, lang: str) -> None:
    # A phrase that is itself a target is better left a plain query word: it keeps
    # its typo and prefix matching, and "wok" stays "wok", not "pot or pan or wok".
    for phrase in phrases:
        if _phrase_key(phrase)[0] not in concept.targets:
            _add(glossary, phrase, Match(concept, lang))


@functools.cache
def load_glossary() -> Glossary:
    """Parse the tables once per process (a few milliseconds)."""
    glossary = Glossary({}, {}, {}, 1)
    concepts: dict[str, Concept] = {}
    for table in ("glossary_products.txt", "glossary_attributes.txt"):
        for line in _logical_lines(table):
            english, cells = _parse_line(line)
            alternatives = [a.strip() for a in english[0].split("/")]
            targets = tuple(t for t in (_phrase_key(a)[0] for a in alternatives) if t)
            concept = concepts[concept_label(line)] = Concept(alternatives[0], targets)
            _add_line(glossary, [*alternatives, *english[1:]], cells, concept)
    names: dict[str, list[str]] = {}
    for line in _logical_lines("glossary_categories.txt"):
        key, _, rest = line.partition(":")
        english, cells = _parse_line(rest)
        concept = concepts[_CATEGORY + key.strip()] = Concept(english[0], (), key.strip())
        _add_line(glossary, english, cells, concept)
        names[key.strip()] = [*english, *(p for cell in cells for p in cell)]
    for lang in MORE_LANGUAGES:
        for label, phrases in language_lines(lang):
            named = concepts.get(label)
            if named is None:
                raise ValueError(f"glossary_{lang}.txt: no concept is labelled {label!r}")
            _add_phrases(glossary, phrases, named, lang)
            if named.category is not None:
                names[named.category].extend(phrases)
    for key, phrases in names.items():
        glossary.categories[key] = tuple(normalize(n) for n in phrases)
    return glossary


def concept_label(line: str) -> str:
    """How a language file names the concept of a table line (its first English target)."""
    return line.partition("=")[0].split(";")[0].split("/")[0].strip()


def language_lines(lang: str) -> list[tuple[str, list[str]]]:
    """(concept label or "category <key>", phrases) of each line of a language's file."""
    lines: list[tuple[str, list[str]]] = []
    for line in _logical_lines(f"glossary_{lang}.txt"):
        label, equals, rest = line.partition("=")
        phrases = [p.strip() for p in rest.split(";") if p.strip()]
        if not equals or not phrases:
            raise ValueError(f"glossary_{lang}.txt: a line needs `label = phrases`: {line!r}")
        lines.append((label.strip(), phrases))
    return lines


def category_label(key: str) -> str:
    """English display name of a top category key ("office_sports" -> "office supplies")."""
    names = load_glossary().categories.get(key)
    return names[0] if names else key
