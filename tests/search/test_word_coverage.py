"""Multi-word and prefix queries: every word weighs in, and the product's own name most.

Each test builds a catalog where the product a buyer means is outnumbered, and comes
late in doc order, by products that hold the same words only in a looser way.
"""

from __future__ import annotations

from bot.search import ProductDoc, SearchIndex
from tests.auxil.search_probes import filler_docs, ids


def _docs(prefix: str, count: int, name: str, keywords: tuple[str, ...] = ()) -> list[ProductDoc]:
    return [
        ProductDoc(
            id=f"{prefix}{i:05d}",
            exhibitor_id=f"EX-{prefix}{i % 7}",
            category_id="lighting.indoor",
            names={"en": name},
            keywords=list(keywords),
            exhibitor_name=f"{prefix} Trading {i % 7} Co., Ltd.",
        )
        for i in range(count)
    ]


def _ranked(query: str, *groups: list[ProductDoc]) -> list[str]:
    """The first page for `query` over a catalog of `groups`, in that doc order."""
    return ids(SearchIndex.build([doc for group in groups for doc in group]), query)


def test_an_unfinished_word_completes_as_typed_not_from_its_shorter_stem() -> None:
    # "rece" folds to the key "rec", which "rechargeable" also starts with.
    ranked = _ranked(
        "light rece",
        _docs("BIKE", 40, "Rechargeable bike light"),
        _docs("CEIL", 3, "Recessed ceiling light"),
    )
    assert set(ranked) == {"CEIL00000", "CEIL00001", "CEIL00002"}


def test_the_best_reading_of_every_word_decides_which_products_are_ranked() -> None:
    # 2,100 lights reach "rece" only as a typo ("race"), more than the ranker scores;
    # the three recessed ones, last in doc order, complete it and must be among them.
    ranked = _ranked(
        "light rece",
        _docs("RACE", 2100, "Bike light race edition"),
        _docs("CEIL", 3, "Recessed ceiling light"),
    )
    assert ranked[:3] == ["CEIL00000", "CEIL00001", "CEIL00002"]


def test_words_in_the_product_name_outrank_the_same_words_in_its_keywords() -> None:
    ranked = _ranked(
        "heav mobil",
        _docs("MILL", 40, "Mobile ball mill", ("heavy machinery",)),
        _docs("DUTY", 3, "Mobile heavy duty ball mill"),
    )
    assert ranked[:3] == ["DUTY00000", "DUTY00001", "DUTY00002"]


def test_a_word_the_glossary_knows_is_also_read_as_the_start_of_a_longer_one() -> None:
    # "porta" is a door in Italian, and a whole word of one product among 1,000.
    ranked = _ranked(
        "porta cutt",
        filler_docs(1000),
        _docs("DOOR", 1, "Porta blindata"),
        _docs("CUT", 3, "Portable plasma cutter"),
    )
    assert ranked == ["CUT00000", "CUT00001", "CUT00002"]


def test_the_words_as_one_phrase_in_the_name_rank_first() -> None:
    ranked = _ranked(
        "steel kettle",
        _docs("ELEC", 5, "Steel electric kettle"),
        _docs("PHRASE", 1, "Stainless steel kettle"),
    )
    assert ranked[0] == "PHRASE00000"


def test_a_name_many_exhibitors_share_leaves_room_for_its_variants_on_the_first_page() -> None:
    ranked = _ranked(
        "potato chips",
        _docs("CHIPS", 30, "Potato chips"),
        _docs("FREE", 1, "Sugar-free potato chips"),
    )
    assert ranked[:2] == ["CHIPS00000", "CHIPS00001"]
    assert "FREE00000" in ranked


def test_the_word_being_typed_completes_before_it_is_read_as_a_typo() -> None:
    # "coff" is one letter from "cuff": 2,100 handcuff holsters would take every place
    # the ranker scores, before the three coffee cups that complete it.
    ranked = _ranked(
        "hand coff",
        _docs("CUFF", 2100, "Hand cuff holster"),
        _docs("CUP", 3, "Handmade coffee cup"),
    )
    assert ranked[:3] == ["CUP00000", "CUP00001", "CUP00002"]


def test_a_whole_word_may_also_be_the_start_of_a_longer_one() -> None:
    # "water" is a word of its own, and the start of "waterproof".
    ranked = _ranked(
        "water panel",
        _docs("GUN", 40, "Water gun", ("wall panel",)),
        _docs("WALL", 2, "Waterproof wall panel"),
    )
    assert ranked[:2] == ["WALL00000", "WALL00001"]
