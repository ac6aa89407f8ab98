"""Filters stated in words: parsing, and their effect on results."""

from __future__ import annotations

import dataclasses

import pytest

from bot.search import Filters, SearchIndex, facet_counts, parse_query, search
from tests.auxil.search_probes import ids, run


@pytest.mark.parametrize(
    ("query", "ceiling"),
    [("speaker under 20 usd", 20.0), ("speaker < 20", 20.0), ("speaker max 20$", 20.0),
     ("speaker $20 max", 20.0), ("speaker below 7.5 dollars", 7.5),
     ("колонка до 20 долларов", 20.0), ("speaker menos de 20 usd", 20.0),
     ("音箱20美元以下", 20.0), ("speaker 20 usd", 20.0), ("speaker under 20,5", 20.5)],
)  # fmt: skip
def test_price_ceiling_is_parsed(query: str, ceiling: float) -> None:
    parsed = parse_query(query)
    assert parsed.filters.max_price_usd == pytest.approx(ceiling)
    assert parsed.terms and not any(c.isdigit() for t in parsed.terms for c in t)


def test_price_in_yuan_and_euro_is_converted() -> None:
    assert parse_query("chair under 100 rmb").filters.max_price_usd == pytest.approx(14.0)
    assert parse_query("办公椅100元以下").filters.max_price_usd == pytest.approx(14.0)
    assert parse_query("chair max 10 eur").filters.max_price_usd == pytest.approx(10.8)


@pytest.mark.parametrize(
    ("query", "ceiling"),
    [("led moq<500", 500), ("led moq 500", 500), ("led min order 500", 500),
     ("led minimum order quantity: 500", 500), ("led MOQ under 500 pcs", 500),
     ("灯带 起订量500", 500)],
)  # fmt: skip
def test_moq_ceiling_is_parsed(query: str, ceiling: int) -> None:
    parsed = parse_query(query)
    assert parsed.filters.max_moq == ceiling
    assert parsed.filters.max_price_usd is None


def test_model_numbers_are_not_prices() -> None:
    parsed = parse_query("led strip 5050")
    assert parsed.filters.max_price_usd is None
    assert "5050" in parsed.terms


@pytest.mark.parametrize(
    ("query", "province"),
    [("chair guangdong", "guangdong"), ("chair Guangdong province", "guangdong"),
     ("广东办公椅", "guangdong"), ("办公椅 广东省", "guangdong"), ("led hong kong", "hong kong"),
     ("кресло гуандун", "guangdong")],
)  # fmt: skip
def test_province_is_parsed(query: str, province: str) -> None:
    parsed = parse_query(query)
    assert parsed.filters.province == province
    assert parsed.slots


def test_category_word_alone_is_a_filter() -> None:
    assert parse_query("furniture").filters.category == "furniture"
    assert parse_query("мебель").filters.category == "furniture"
    assert parse_query("家具").filters.category == "furniture"
    assert parse_query("lighting under 10 usd").filters.category == "lighting"


def test_category_word_with_product_words_is_a_hint() -> None:
    parsed = parse_query("plastic furniture")
    assert parsed.filters.category is None
    assert parsed.category_hint == "furniture"


def test_price_filter(index: SearchIndex) -> None:
    assert ids(index, "bluetooth speaker under 10 usd")[:1] == ["SPK-1"]
    assert "SPK-2" not in ids(index, "bluetooth speaker under 10 usd", limit=50)
    # 380 CNY is about 53 USD: over 50, under 60.
    assert ids(index, "office chair under 50 usd")[:1] == ["CHAIR-1"]
    assert "CHAIR-2" not in ids(index, "office chair under 50 usd")
    assert "CHAIR-2" in ids(index, "office chair under 60 usd")


def test_price_filter_boundary_is_exact(index: SearchIndex) -> None:
    assert "KNIFE-1" in ids(index, "kitchen knives under 12.5 usd")
    assert "KNIFE-1" not in ids(index, "kitchen knives under 12.4 usd")


def test_moq_filter(index: SearchIndex) -> None:
    hits = ids(index, "chair moq<60")
    assert set(hits[:2]) == {"CHAIR-1", "CHAIR-2"}
    assert "CHAIR-3" not in hits


def test_province_filter(index: SearchIndex) -> None:
    hits = ids(index, "office chair guangdong")
    assert hits[0] == "CHAIR-2"
    assert "CHAIR-1" not in hits


def test_category_filter_browses_the_category(index: SearchIndex) -> None:
    result = run(index, "furniture", limit=100)
    furniture = {"CHAIR-1", "CHAIR-2", "CHAIR-3", "SILLA-1"}
    assert furniture <= {pid for pid, _ in result.hits}
    assert result.total == len(result.hits)
    assert not any(pid.startswith(("KNIFE", "SPK")) for pid, _ in result.hits)


def test_category_hint_prefers_the_category(index: SearchIndex) -> None:
    assert ids(index, "plastic furniture")[0] == "CHAIR-3"


def test_filters_combine(index: SearchIndex) -> None:
    assert ids(index, "chair fujian under 10 usd moq 500") == ["CHAIR-3"]
    assert run(index, "chair fujian under 5 usd").hits == []


@pytest.mark.parametrize("query", ["chair", "speaker", "stainles stel", "led strip", "furniture"])
def test_facet_counts_are_the_totals_of_the_filtered_searches(
    index: SearchIndex, query: str
) -> None:
    """A facet counts, for each option, what the search with that option would find
    (given the query without a filter of that kind); an option whose products match
    fewer of the words than the query's best matches counts none."""
    parsed = parse_query(query)
    options = {
        "furniture": Filters(category="furniture"),
        "lighting": Filters(category="lighting"),
        "guangdong": Filters(province="guangdong"),
        "cheap": Filters(max_price_usd=5.0),
        "small": Filters(max_moq=100),
    }
    found = 0
    for name, option in options.items():
        chosen = {k: v for k, v in dataclasses.asdict(option).items() if v is not None}
        base = dataclasses.replace(parsed, filters=dataclasses.replace(
            parsed.filters, **dict.fromkeys(chosen))
        )  # fmt: skip
        count = facet_counts(index, base, {name: option})[name]
        filtered = dataclasses.replace(base, filters=dataclasses.replace(base.filters, **chosen))
        result = search(index, filtered, limit=1)
        assert count == (0 if result.partial else result.total), (query, name)
        found += count
    assert found
