"""The glossary covers the fair's categories and common products in 8 languages."""

from __future__ import annotations

import pytest

from bot.search import parse_query
from bot.search.glossary import LANGUAGES, category_label, load_glossary

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


def test_at_least_150_product_concepts() -> None:
    glossary = load_glossary()
    concepts = {m.concept for m in (*glossary.words.values(), *glossary.cjk.values())}
    products = [c for c in concepts if c.category is None]
    assert len(products) >= 150
    languages = {m.lang for m in (*glossary.words.values(), *glossary.cjk.values())}
    assert languages >= set(LANGUAGES)


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
