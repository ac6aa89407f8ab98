"""Did-you-mean when nothing (or too little) matches."""

from __future__ import annotations

from bot.search import SearchIndex
from tests.auxil.search_probes import run


def test_nothing_matches_suggests_catalog_words(index: SearchIndex) -> None:
    result = run(index, "spekr")
    assert result.hits == [] and result.total == 0
    assert result.did_you_mean[0] == "speaker"


def test_suggestion_keeps_the_words_that_matched(index: SearchIndex) -> None:
    result = run(index, "bluetooth spekr under 5 usd")
    assert result.partial  # only "bluetooth" matched
    assert "bluetooth speaker" in result.did_you_mean


def test_suggestions_show_words_as_written_not_folded(index: SearchIndex) -> None:
    result = run(index, "knivs xqzw")  # "knivs" matches by typo; "xqzw" nothing
    assert result.partial
    assert all("knif" not in s.split() for s in result.did_you_mean)


def test_filters_too_narrow_suggests_the_words_alone(index: SearchIndex) -> None:
    result = run(index, "office chair under 1 usd")
    assert result.hits == []
    assert "office chair" in result.did_you_mean


def test_nearest_categories(index: SearchIndex) -> None:
    result = run(index, "мебелл")
    assert result.hits == []
    assert result.categories[0] == "furniture"


def test_partial_matches_are_flagged(index: SearchIndex) -> None:
    result = run(index, "ergonomic office chair zzyzx")
    assert result.partial
    assert result.hits[0][0] == "CHAIR-1"


def test_no_suggestions_for_gibberish(index: SearchIndex) -> None:
    result = run(index, "qxzjvkwqx")
    assert result.hits == [] and result.did_you_mean == []


def test_an_unknown_word_is_never_echoed_and_every_suggestion_finds_something(
    index: SearchIndex,
) -> None:
    assert run(index, "xqzvvtrplk").did_you_mean == []  # nothing near: nothing to offer
    result = run(index, "xqzvvtrplk spekr")
    assert result.did_you_mean and all("xqzvvtrplk" not in s for s in result.did_you_mean)
    for query in ("xqzvvtrplk spekr", "spekr", "bluetooth spekr under 5 usd", "knivs xqzw"):
        for suggestion in run(index, query).did_you_mean:
            assert run(index, suggestion).hits, f"{suggestion!r} (for {query!r}) finds nothing"
