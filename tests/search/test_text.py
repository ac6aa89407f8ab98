# ruff: noqa: RUF001 - Cyrillic, Arabic and CJK samples
"""Normalising and tokenising."""

from __future__ import annotations

import pytest

from bot.search.text import fold, index_terms, normalize, query_keys


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Café", "cafe"), ("ÉCRAN", "ecran"), ("Straße", "strasse"), ("ＸＫ－２００", "xk-200"),
     ("sta\u200binless", "stainless"), ("a\u00adb", "ab"), ("Ёлка", "елка"),
     ("أحذية", "احذيه"), ("がっこう", "がっこう")],
)  # fmt: skip
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("knives", "knife"), ("chairs", "chair"), ("boxes", "box"), ("batteries", "battery"),
     ("watches", "watch"), ("glasses", "glass"), ("sillas", "silla"), ("camiones", "camion"),
     ("chaises", "chaise"), ("cadeiras", "cadeira"), ("shoes", "shoe"), ("bureaux", "bureau"),
     ("кресла", "кресло"), ("офисные", "офисное")],
)  # fmt: skip
def test_plural_folds_like_singular(plural: str, singular: str) -> None:
    assert fold(normalize(plural)) == fold(normalize(singular))


def test_short_and_non_alpha_words_are_kept() -> None:
    assert fold("bus") == "bus" and fold("5050") == "5050" and fold("glass") == "glass"


def test_cjk_runs_become_characters_and_bigrams() -> None:
    terms = index_terms("不锈钢炒锅")
    assert {"不锈", "锈钢", "钢炒", "炒锅", "锅", "不"} <= terms
    assert "不锈钢炒锅" not in terms


def test_mixed_scripts_split() -> None:
    assert {"led", "灯带", "5050"} <= index_terms("防水LED灯带5050")


def test_model_codes_keep_joined_form_and_parts() -> None:
    assert {"xk200", "xk", "200"} <= index_terms("XK-200")
    assert {"tshirt", "shirt"} <= index_terms("T-Shirts")
    assert {"300w", "300"} <= index_terms("300W")


def test_punctuation_splits_and_stopwords_go() -> None:
    assert index_terms("chair,desk;lamp!(for)the") == {"chair", "desk", "lamp"}


def test_query_keys() -> None:
    assert query_keys("purificateur") == ["purificateur"]
    assert query_keys("d'air") == ["air"]
    assert query_keys("xk-200") == ["xk200"]
    assert query_keys("the") == []


def test_devanagari_words_hold_their_vowel_signs() -> None:
    assert query_keys(normalize("कुर्सी")) == ["कुर्सी"]
    assert index_terms("कार्यालय कुर्सी") == {"कार्यालय", "कुर्सी"}


def test_thai_is_cut_like_chinese_since_it_has_no_spaces() -> None:
    terms = index_terms("เก้าอี้สำนักงาน")
    assert {"เก", "ก้", "้า", "าอ"} <= terms and normalize("เก้าอี้สำนักงาน") not in terms
