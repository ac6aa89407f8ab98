"""Pagination, incremental upsert/remove, and save/load."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.search import ProductDoc, SearchIndex, parse_query, search
from tests.auxil.search_probes import all_docs, filler_docs, ids, probe_docs, run

QUERIES = [
    "stainles stel knif",
    "bluet speak",
    "办公椅",
    "silla de oficina",
    "steel",
    "chair under 50 usd",
    "furniture",
    "xk-200",
    "spekr",
    "plastic furniture",
]


def test_pages_are_stable_slices_without_duplicates(index: SearchIndex) -> None:
    query = "filler trading"  # every filler product's company: hundreds of equal matches
    whole = run(index, query, limit=100)
    assert whole.total >= 300
    pages = [pid for offset in range(0, 100, 10) for pid, _ in run(index, query, 10, offset).hits]
    assert pages == [pid for pid, _ in whole.hits]
    assert len(set(pages)) == len(pages) == 100
    assert run(index, query, 10, 250).hits == run(index, query, 10, 250).hits


def test_browse_pages_have_no_duplicates(index: SearchIndex) -> None:
    pages = [
        pid for offset in range(0, 40, 7) for pid, _ in run(index, "guangdong", 7, offset).hits
    ]
    assert len(pages) == len(set(pages)) > 20


def test_past_the_end_is_empty(index: SearchIndex) -> None:
    result = run(index, "office chair", 10, 10_000)
    assert result.hits == [] and result.total > 0


def test_upsert_adds_and_replaces() -> None:
    idx = SearchIndex.build(probe_docs())
    assert len(idx) == len(probe_docs())
    assert ids(idx, "trampoline") == []
    idx.upsert(
        [
            ProductDoc(
                "NEW-1",
                "EX-9",
                "office_sports.fitness",
                {"en": "Outdoor trampoline 12ft"},
                price_min=120.0,
                currency="USD",
            )
        ]
    )
    assert ids(idx, "trampoline") == ["NEW-1"]
    assert ids(idx, "trampolin 12ft") == ["NEW-1"]
    changed = ProductDoc("SPK-1", "EX-1", "electronics.consumer", {"en": "Karaoke microphone"})
    idx.upsert([changed])
    assert "SPK-1" not in ids(idx, "portable bluetooth speaker")
    assert ids(idx, "karaoke microphone") == ["SPK-1"]
    assert len(idx) == len(probe_docs()) + 1
    assert "SPK-1" in idx and "NOPE" not in idx


def test_upsert_of_the_same_id_twice_in_one_batch_keeps_the_last() -> None:
    idx = SearchIndex.build(
        [
            ProductDoc("A", "E", None, {"en": "red kite"}),
            ProductDoc("A", "E", None, {"en": "blue kite"}),
        ]
    )
    assert len(idx) == 1
    assert ids(idx, "blue kite") == ["A"] and ids(idx, "red") == []


def test_remove_tombstones_products() -> None:
    idx = SearchIndex.build(all_docs())
    before = len(idx)
    assert idx.remove(["CHAIR-1", "CHAIR-1", "MISSING"]) == 1
    assert len(idx) == before - 1
    assert "CHAIR-1" not in ids(idx, "office chair", 50)
    assert "CHAIR-1" not in idx
    assert idx.remove(["CHAIR-1"]) == 0
    idx.upsert([next(d for d in probe_docs() if d.id == "CHAIR-1")])
    assert ids(idx, "ergonomic mesh office chair")[0] == "CHAIR-1"


def test_removed_products_leave_filters_and_browse() -> None:
    idx = SearchIndex.build(probe_docs())
    idx.remove(["CHAIR-1", "CHAIR-2", "CHAIR-3", "SILLA-1"])
    assert run(idx, "furniture").hits == []


def test_save_load_round_trip(tmp_path: Path, index: SearchIndex) -> None:
    path = tmp_path / "search.idx"
    index.save(path)
    loaded = SearchIndex.load(path)
    assert len(loaded) == len(index)
    for query in QUERIES:
        parsed = parse_query(query)
        assert search(loaded, parsed, 20) == search(index, parsed, 20), query
    assert [p.name for p in tmp_path.iterdir()] == ["search.idx"]  # no temp file left


def test_loaded_index_takes_updates_and_saves_again(tmp_path: Path) -> None:
    idx = SearchIndex.build(probe_docs())
    idx.remove(["MUG-1"])
    idx.save(tmp_path / "a.idx")
    loaded = SearchIndex.load(tmp_path / "a.idx")
    assert "MUG-1" not in loaded and ids(loaded, "ceramic mug") == []
    loaded.upsert(filler_docs(50))
    loaded.upsert([ProductDoc("NEW-2", "EX-9", None, {"en": "Ceramic flower vase"})])
    loaded.remove(["KNIFE-3"])
    loaded.save(tmp_path / "b.idx")
    again = SearchIndex.load(tmp_path / "b.idx")
    assert len(again) == len(probe_docs()) - 2 + 51
    assert ids(again, "ceramic vase")[0] == "NEW-2"
    assert "KNIFE-3" not in ids(again, "utility knife") and "KNIFE-3" not in again
    assert ids(again, "stainless knives")[:2] in (["KNIFE-1", "KNIFE-2"], ["KNIFE-2", "KNIFE-1"])


def test_load_rejects_other_files(tmp_path: Path) -> None:
    path = tmp_path / "junk.idx"
    path.write_bytes(b"not an index at all")
    with pytest.raises(ValueError):
        SearchIndex.load(path)


def test_empty_index() -> None:
    idx = SearchIndex()
    assert run(idx, "chair").hits == [] and len(idx) == 0


def test_from_rows_and_feed_helpers() -> None:
    row = SimpleNamespace(
        id="P1",
        exhibitor_id="E1",
        category_id="furniture.office",
        name={"en": "Mesh chair", "zh": "网椅"},
        keywords=["chair"],
        price_min=Decimal("12.00"),
        currency="USD",
        moq=10,
    )
    exhibitor = SimpleNamespace(
        province="Zhejiang", name={"en": "Anji Seats Co., Ltd.", "zh": "安吉座椅有限公司"}
    )
    doc = ProductDoc.from_rows(row, exhibitor)
    assert doc.price_min == 12.0 and doc.exhibitor_name == "Anji Seats Co., Ltd."
    record = {
        "id": "P2",
        "exhibitor_id": "E1",
        "category_id": "lighting.led",
        "name": {"en": "LED bulb"},
        "keywords": [],
        "price": {"min": "0.50", "max": "1", "currency": "USD"},
        "moq": {"quantity": 1000, "unit": "pieces"},
    }
    feed = ProductDoc.from_feed(record, {"province": "Guangdong", "name": {"en": "Bulbs Co."}})
    assert (feed.price_min, feed.moq, feed.province) == (0.5, 1000, "Guangdong")


def test_remove_exhibitor_removes_its_products() -> None:
    idx = SearchIndex.build(all_docs())
    knives = [d.id for d in probe_docs() if d.exhibitor_id == "EX-Yangjiang"]
    assert sorted(knives) == ["KNIFE-1", "KNIFE-2"]
    assert idx.remove_exhibitor("EX-Yangjiang") == 2
    assert idx.remove_exhibitor("EX-Yangjiang") == 0
    assert not {"KNIFE-1", "KNIFE-2"} & set(ids(idx, "stainless steel knife", 50))


def test_many_updates_keep_lookups_right() -> None:
    idx = SearchIndex.build(filler_docs(300))
    for round_ in range(5):  # replace everything repeatedly: the id map compacts itself
        idx.upsert(filler_docs(300, seed=round_))
    assert len(idx) == 300
    assert idx.doc_count == 1800
    assert len(idx.ids) < 1800
    assert all(f"F{i:04d}" in idx for i in range(0, 300, 37))


def test_odd_documents_are_indexed_safely() -> None:
    odd = [
        ProductDoc("ODD-1", "E", None, {"en": "Chair\x1e\x1fzh\x1fhack", "xx": None}),  # type: ignore[dict-item]
        ProductDoc("ODD-2", "E", "", {"en": "x" * 10_000}, keywords=["k" * 500] * 500),
        ProductDoc("ODD-3", "E", "a.b.c", {}, price_min=float("nan"), moq=-5, currency="???"),
        ProductDoc("ODD-4", "E", None, {"en": "Lamp \ud800 surrogate"}),
    ]
    idx = SearchIndex.build(odd)
    assert len(idx) == 4
    assert ids(idx, "chair hack") == ["ODD-1"]
    assert idx.doc_names(0) == {"en": "chair  zh hack"}
    assert ids(idx, "lamp") == ["ODD-4"]
    assert run(idx, "furniture under 5 usd").hits == []
