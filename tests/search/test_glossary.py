"""The glossary covers the fair's categories and common products in 14 languages."""

from __future__ import annotations

import pytest

from bot.search import parse_query
from bot.search.glossary import (
    LANGUAGES,
    MORE_LANGUAGES,
    category_label,
    language_lines,
    load_glossary,
)

TOP_CATEGORIES = {
    "electronics", "lighting", "vehicles", "machinery", "hardware", "building", "energy",
    "household", "gifts", "furniture", "toys", "textiles", "shoes_bags", "food", "health",
    "office_sports",
}  # fmt: skip


def test_all_top_categories_have_names_in_every_language() -> None:
    glossary = load_glossary()
    assert set(glossary.categories) == TOP_CATEGORIES
    assert len(LANGUAGES) == 7  # plus English
    assert category_label("furniture") == "furniture"


# The furniture category by a name its buyers give it, in each shipped language.
FURNITURE = {
    "en": "furniture", "zh": "家具", "es": "muebles", "fr": "mobilier", "ru": "мебель",
    "ar": "أثاث", "pt": "móveis", "ja": "家具", "ko": "가구", "vi": "đồ nội thất",
    "th": "เฟอร์นิเจอร์", "id": "mebel", "tr": "mobilya", "hi": "फ़र्नीचर",
}  # fmt: skip


@pytest.mark.parametrize(("lang", "name"), FURNITURE.items())
def test_a_category_is_found_by_its_name_in_each_language(lang: str, name: str) -> None:
    assert parse_query(name).filters.category == "furniture"


def test_each_later_language_names_every_concept_and_category() -> None:
    labels = {lang: [label for label, _ in language_lines(lang)] for lang in MORE_LANGUAGES}
    first = labels[MORE_LANGUAGES[0]]
    assert len(first) == len(set(first)) >= 250
    assert {label.removeprefix("category ") for label in first} >= TOP_CATEGORIES
    assert all(sorted(labels[lang]) == sorted(first) for lang in MORE_LANGUAGES)
    assert set(FURNITURE) == {"en", *LANGUAGES, *MORE_LANGUAGES}


@pytest.mark.parametrize("lang", MORE_LANGUAGES)
def test_every_category_name_of_a_later_language_finds_its_category(lang: str) -> None:
    for label, phrases in language_lines(lang):
        if label.startswith("category "):
            for phrase in phrases:
                assert parse_query(phrase).filters.category == label.split()[1], phrase


def test_at_least_150_product_concepts() -> None:
    glossary = load_glossary()
    concepts = {m.concept for m in (*glossary.words.values(), *glossary.cjk.values())}
    products = [c for c in concepts if c.category is None]
    assert len(products) >= 150
    languages = {m.lang for m in (*glossary.words.values(), *glossary.cjk.values())}
    assert languages >= {*LANGUAGES, *MORE_LANGUAGES}


@pytest.mark.parametrize(
    ("phrase", "english"),
    [("silla de oficina", "office chair"), ("офисное кресло", "office chair"),
     ("كرسي مكتب", "office chair"), ("cadeira de escritório", "office chair"),
     ("オフィスチェア", "office chair"), ("办公椅", "office chair"),
     ("chaise de bureau", "office chair"), ("cuchillo", "knife"), ("altavoz", "speaker"),
     ("tira led", "led strip"), ("taza", "mug"), ("tapis de yoga", "yoga mat"),
     ("повербанк", "power bank"), ("painel solar", "solar panel"), ("футболка", "t-shirt"),
     ("mochila", "backpack"), ("коляска", "stroller"), ("camarão", "shrimp"),
     ("mascarilla", "face mask"), ("skillet", "frying pan")],
)  # fmt: skip
def test_phrases_map_to_english(phrase: str, english: str) -> None:
    parsed = parse_query(phrase)
    assert {s.english for s in parsed.slots} == {english}


def test_longest_phrase_wins() -> None:
    parsed = parse_query("silla de ruedas")
    assert {s.english for s in parsed.slots} == {"wheelchair"}


def test_query_language_is_detected() -> None:
    assert parse_query("silla de oficina").lang == "es"
    assert parse_query("офисное кресло").lang == "ru"
    assert parse_query("オフィスチェア").lang == "ja"
    assert parse_query("办公椅").lang == "zh"
    assert parse_query("office chair").lang == "en"
    assert parse_query("เก้าอี้สำนักงาน").lang == "th"
    assert parse_query("사무용 의자").lang == "ko"
    assert parse_query("ऑफिस कुर्सी").lang == "hi"
    assert parse_query("ofis sandalyesi").lang == "tr"
