"""The demo catalog: deterministic, within the feed contract, and realistic enough.

One 20,000-product catalog is written once per module and checked record by record
against docs/catalog-feed.md; smaller catalogs test determinism and the CLI, so the
whole file runs in a few seconds.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.numbers import list_currencies

from catalog_sync.demo import catalog as demo_catalog
from catalog_sync.demo import places
from catalog_sync.demo import plans as demo_plans
from catalog_sync.demo import products as demo_products
from catalog_sync.demo.catalog import (
    CatalogSummary,
    default_exhibitors,
    main,
    write_demo_catalog,
)
from catalog_sync.demo.vocabulary import (
    LANGUAGES,
    SECTIONS,
    TOP_CATEGORIES,
    UNITS,
    parse_sections,
    parse_translations,
)

KINDS = ("categories", "exhibitors", "products", "availability")
SIZE = 20_000
ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
INSTANT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
MONEY = re.compile(r"^\d+\.\d\d$")
SHANGHAI = ZoneInfo("Asia/Shanghai")
EXPECTED_TOP = {
    "electronics": "Electronics & Household Appliances",
    "lighting": "Lighting & Electrical",
    "vehicles": "Vehicles & Spare Parts",
    "machinery": "Machinery & Industrial Equipment",
    "hardware": "Hardware & Tools",
    "building": "Building & Decorative Materials",
    "energy": "New Energy & Chemicals",
    "household": "Household Items & Kitchenware",
    "gifts": "Gifts & Decorations",
    "furniture": "Furniture",
    "toys": "Toys, Baby & Maternity",
    "textiles": "Textiles & Garments",
    "shoes_bags": "Shoes, Bags & Fashion Accessories",
    "food": "Food & Agricultural Products",
    "health": "Medicines, Health & Personal Care",
    "office_sports": "Office, Sports & Leisure",
}


def read(directory: Path, kind: str) -> list[dict[str, Any]]:
    with open(directory / f"{kind}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def digest(directory: Path) -> dict[str, str]:
    return {k: hashlib.sha256((directory / f"{k}.jsonl").read_bytes()).hexdigest() for k in KINDS}


def name_tokens(products: list[dict[str, Any]]) -> set[str]:
    return {token.lower() for p in products for token in p["name"]["en"].split()}


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CatalogSummary]:
    out = tmp_path_factory.mktemp("demo") / "catalog"
    return out, write_demo_catalog(out, SIZE, seed=1)


@pytest.fixture(scope="module")
def records(catalog: tuple[Path, CatalogSummary]) -> dict[str, list[dict[str, Any]]]:
    return {kind: read(catalog[0], kind) for kind in KINDS}


def test_same_seed_gives_the_same_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    write_demo_catalog(tmp_path / "a", 3_000, seed=7)
    write_demo_catalog(tmp_path / "b", 3_000, seed=7)
    write_demo_catalog(tmp_path / "c", 3_000, seed=8)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")
    other = digest(tmp_path / "c")
    for kind in ("exhibitors", "products", "availability"):
        assert other[kind] != digest(tmp_path / "a")[kind]
    assert not list(tmp_path.glob("*/*.tmp"))


def test_counts_match_the_summary_and_the_files(
    catalog: tuple[Path, CatalogSummary], records: dict[str, list[dict[str, Any]]]
) -> None:
    _, summary = catalog
    assert summary.products == len(records["products"]) == SIZE
    assert summary.exhibitors == len(records["exhibitors"]) == default_exhibitors(SIZE) == 250
    assert summary.categories == len(records["categories"]) == 16 + len(SECTIONS)
    assert summary.availability == len(records["availability"])
    meeting = sum(e["meetings"] for e in records["exhibitors"])
    # ~60% of exhibitors taking meetings offer 3-12 slots each.
    assert 0.4 * meeting * 3 < summary.availability < 0.8 * meeting * 12
    assert (default_exhibitors(1_000), default_exhibitors(2_000_000)) == (20, 25_000)


@pytest.mark.parametrize("kind", KINDS)
def test_every_line_is_canonical_json_sorted_by_updated_at_and_id(
    catalog: tuple[Path, CatalogSummary], kind: str
) -> None:
    keys = []
    ids = set()
    with open(catalog[0] / f"{kind}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            # Products are serialised by hand for speed: they must equal json.dumps.
            assert line == json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
            assert ID.match(record["id"]) and record["id"] not in ids
            ids.add(record["id"])
            assert INSTANT.match(record["updated_at"])
            keys.append((record["updated_at"], record["id"]))
    assert keys == sorted(keys)


def test_categories_are_the_fairs_tree(records: dict[str, list[dict[str, Any]]]) -> None:
    categories = records["categories"]
    tops = [c for c in categories if c["parent_id"] is None]
    assert {c["id"]: c["name"]["en"] for c in tops} == EXPECTED_TOP
    assert [c["position"] for c in tops] == list(range(1, 17))
    assert all(c["name"]["zh"] for c in categories)
    children = defaultdict(list)
    for c in categories:
        if c["parent_id"] is not None:
            assert c["id"].startswith(c["parent_id"] + ".")
            children[c["parent_id"]].append(c["position"])
    assert set(children) == set(EXPECTED_TOP)
    assert all(3 <= len(p) <= 5 and p == list(range(1, len(p) + 1)) for p in children.values())
    assert 55 <= len(categories) <= 70
    assert {"lighting.led", "furniture.office", "household.kitchenware"} <= {
        c["id"] for c in categories
    }


def test_exhibitors_match_the_contract(records: dict[str, list[dict[str, Any]]]) -> None:
    territories = set(Locale("en").territories)
    exhibitors = records["exhibitors"]
    for i, e in enumerate(exhibitors, 1):
        assert e["id"] == f"EX{i:06d}"
        assert e["name"]["en"] and len(e["name"]["en"]) <= 300
        assert e["country"] in territories and len(e["country"]) == 2
        assert e["hall"] in "ABCD" and re.match(r"^\d{1,2}\.[1-3][A-Z]\d\d$", e["booth"])
        assert e["phase"] in (1, 2, 3)
        assert e["description"]["en"] and len(e["description"]["en"]) <= 5000
        assert 3 <= len(e["main_products"]) <= 5
        assert isinstance(e["meetings"], bool) and isinstance(e["chat"], bool)
        assert e["logo_url"] == f"https://demo.fair.invalid/logos/{e['id']}.png"
    chinese = [e for e in exhibitors if e["country"] == "CN"]
    assert len(chinese) > 0.9 * len(exhibitors)
    assert all(e["name"]["en"].endswith("Ltd.") and "有限公司" in e["name"]["zh"] for e in chinese)
    assert sum("zh" in e["description"] for e in chinese) > 0.7 * len(chinese)
    provinces = Counter(e["province"] for e in chinese)
    assert provinces.most_common(1)[0][0] in ("Guangdong", "Zhejiang")
    assert sum(e["meetings"] for e in exhibitors) > 0.7 * len(exhibitors)
    assert len({e["booth"] + str(e["phase"]) for e in exhibitors}) == len(exhibitors)


def test_products_match_the_contract(records: dict[str, list[dict[str, Any]]]) -> None:
    currencies = set(list_currencies())
    sections = {c["id"]: c["parent_id"] for c in records["categories"] if c["parent_id"]}
    exhibitors = {e["id"] for e in records["exhibitors"]}
    certifications = {c for top in TOP_CATEGORIES.values() for c in top.certifications}
    units = {name for name, _ in UNITS.values()}
    top_of_exhibitor: dict[str, set[str]] = defaultdict(set)
    for i, p in enumerate(records["products"], 1):
        assert p["id"] == f"P{i:09d}"
        assert p["exhibitor_id"] in exhibitors
        assert p["category_id"] in sections
        top_of_exhibitor[p["exhibitor_id"]].add(sections[p["category_id"]])
        assert set(p["name"]) <= {"en", "zh", *LANGUAGES} and {"en", "zh"} <= set(p["name"])
        assert all(0 < len(text) <= 300 for text in p["name"].values())
        assert p["description"]["en"] and len(p["description"]["en"]) <= 5000
        assert 3 <= len(p["keywords"]) <= 8 and len(set(p["keywords"])) == len(p["keywords"])
        assert all(0 < len(k) <= 100 for k in p["keywords"])
        if "price" in p:
            low, high = p["price"]["min"], p["price"]["max"]
            assert MONEY.match(low) and MONEY.match(high)
            assert 0 < Decimal(low) <= Decimal(high) <= 10**9
            assert p["price"]["currency"] in currencies
        if "moq" in p:
            assert isinstance(p["moq"]["quantity"], int) and p["moq"]["quantity"] >= 1
            assert p["moq"]["unit"] in units
        assert 1 <= len(p["images"]) <= 3
        assert all(u == f"https://demo.fair.invalid/img/{p['id']}-{k}.jpg"
                   for k, u in enumerate(p["images"], 1))  # fmt: skip
        assert set(p["certifications"]) <= certifications
    # An exhibitor shows in one category: all its products belong to its sections.
    assert all(len(tops) == 1 for tops in top_of_exhibitor.values())
    products = records["products"]
    assert 0.9 < sum("price" in p for p in products) / len(products) < 1
    assert (
        Counter(p["price"]["currency"] for p in products if "price" in p).most_common(1)[0][0]
        == "USD"
    )


def test_prices_and_moqs_are_realistic_per_section(
    records: dict[str, list[dict[str, Any]]],
) -> None:
    fastener = re.compile(r"\b(screw|bolt|nut|washer|rivet)\b", re.IGNORECASE)
    usd: dict[str, list[Decimal]] = defaultdict(list)
    moqs: dict[str, list[int]] = defaultdict(list)
    for p in records["products"]:
        kind = p["category_id"]
        if kind == "hardware.fasteners" and fastener.search(p["name"]["en"]):
            kind = "fasteners"  # not the locks and hinges of the same section
        if kind == "machinery.processing" and re.search(r"CNC|machine", p["name"]["en"]):
            kind = "machines"  # not the sensors and PLCs of the same section
        if p.get("price", {}).get("currency") == "USD":
            usd[kind].append(Decimal(p["price"]["max"]))
        if "moq" in p:
            moqs[kind].append(p["moq"]["quantity"])
    assert usd["fasteners"] and max(usd["fasteners"]) < 3  # cents, a dollar or two at most
    assert min(usd["machines"]) > 50  # CNC lathes, laser cutters: thousands
    assert sorted(moqs["fasteners"])[len(moqs["fasteners"]) // 2] >= 5_000  # by the thousand
    assert min(moqs["machinery.construction"]) == 1


def test_exhibitors_have_skewed_product_counts(records: dict[str, list[dict[str, Any]]]) -> None:
    counts = sorted(Counter(p["exhibitor_id"] for p in records["products"]).values())
    assert counts[-1] > 200  # some list hundreds
    assert counts[len(counts) // 2] < 80 < counts[-1]  # many list tens


def test_slots_are_half_hours_in_fair_hours(records: dict[str, list[dict[str, Any]]]) -> None:
    meets = {e["id"]: e["meetings"] for e in records["exhibitors"]}
    first, last = datetime(2026, 10, 15).date(), datetime(2026, 10, 24).date()
    seen = set()
    for i, slot in enumerate(records["availability"], 1):
        assert slot["id"] == f"AV{i:07d}" and meets[slot["exhibitor_id"]]
        starts = datetime.fromisoformat(slot["starts_at"].replace("Z", "+00:00"))
        ends = datetime.fromisoformat(slot["ends_at"].replace("Z", "+00:00"))
        assert ends - starts == timedelta(minutes=30)
        local_start, local_end = starts.astimezone(SHANGHAI), ends.astimezone(SHANGHAI)
        assert first <= local_start.date() <= last and local_end.date() == local_start.date()
        assert local_start.hour >= 9 and (local_end.hour, local_end.minute) <= (18, 0)
        assert (slot["exhibitor_id"], starts) not in seen
        seen.add((slot["exhibitor_id"], starts))
    per_exhibitor = Counter(s["exhibitor_id"] for s in records["availability"])
    assert all(3 <= n <= 12 for n in per_exhibitor.values())


def test_some_products_are_named_in_buyer_languages(
    records: dict[str, list[dict[str, Any]]],
) -> None:
    products = records["products"]
    multilingual = [p for p in products if set(p["name"]) - {"en", "zh"}]
    assert 0.1 < len(multilingual) / len(products) < 0.2
    languages = Counter(lang for p in multilingual for lang in p["name"] if lang in LANGUAGES)
    assert set(languages) == set(LANGUAGES)
    assert all(1 <= len(set(p["name"]) - {"en", "zh"}) <= 2 for p in multilingual)


def test_common_buyer_searches_find_products_in_english_and_chinese(
    records: dict[str, list[dict[str, Any]]],
) -> None:
    names = [p["name"] for p in records["products"]]
    chairs = [n for n in names if "office chair" in n["en"].lower()]
    strips = [n for n in names if "led strip" in n["en"].lower()]
    assert chairs and all("办公椅" in n["zh"] for n in chairs)
    assert strips and all("灯带" in n["zh"] for n in strips)


@pytest.mark.parametrize(
    ("noun", "material"),
    [
        ("kitchen knife", "stainless steel"),
        ("bluetooth speaker", None),
        ("office chair", "mesh"),
        ("LED strip", None),
        ("ceramic mug", None),
        ("yoga mat", "TPE"),
        ("power bank", None),
        ("solar panel", None),
        ("T-shirt", "cotton"),
        ("backpack", "nylon"),
        ("baby stroller", None),
        ("frozen shrimp", None),
        ("face mask", None),
    ],
)
def test_vocabulary_has_the_items_buyers_search_for(noun: str, material: str | None) -> None:
    groups = [g for s in SECTIONS for g in s.groups if noun in {n.en for n in g.nouns}]
    assert groups, noun
    noun_zh = next(n.zh for g in groups for n in g.nouns if n.en == noun)
    assert re.search(r"[\u4e00-\u9fff]", noun_zh)
    if material:
        assert material in {m.en for g in groups for m in g.materials}


def test_name_vocabulary_grows_with_the_catalog(
    tmp_path: Path, records: dict[str, list[dict[str, Any]]]
) -> None:
    write_demo_catalog(tmp_path, 2_000, seed=1)
    small, large = name_tokens(read(tmp_path, "products")), name_tokens(records["products"])
    assert len(large) > 1.5 * len(small)
    assert len(large) > 3_000  # model codes, specs and ~1,000 product nouns


def test_translated_names_agree_with_the_noun() -> None:
    plan = next(p for p in demo_plans.product_plans() if p.en == "office chair")
    ergonomic = next(w for slot in plan.mod_slots for w in slot if w.en == "ergonomic")
    mesh = next(w for w in plan.materials if w.en == "mesh")

    def name(language: str) -> str | None:
        return demo_products._translated_name(language, plan, [ergonomic], mesh, " HT-200")

    assert name("es") == "Silla de oficina ergonómica de malla HT-200"
    assert name("fr") == "Chaise de bureau ergonomique en maille HT-200"
    assert name("pt") == "Cadeira de escritório ergonômica de tela HT-200"
    assert name("ru") == "Эргономичное офисное кресло из сетки HT-200"
    assert name("ja") == "エルゴノミクスメッシュオフィスチェア HT-200"
    assert name("ar") == "كرسي مكتب مريح من الشبك HT-200"
    # Plural nouns take no agreeing adjective ("zapatillas" would need "-s").
    shoes = next(p for p in demo_plans.product_plans() if p.en == "running shoes")
    breathable = next(w for slot in shoes.mod_slots for w in slot if w.en == "breathable")
    assert demo_products._translated_name("es", shoes, [breathable], None, "") == (
        "Zapatillas para correr"
    )


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("LED strip", "LED strips"),
        ("kitchen knife", "kitchen knives"),
        ("car battery", "car batteries"),
        ("gift box", "gift boxes"),
        ("mattress", "mattresses"),
        ("sneakers", "sneakers"),
        ("green tea", "green tea"),
        ("frozen shrimp", "frozen shrimp"),
        ("mouse", "mice"),
        ("ATV", "ATVs"),
    ],
)
def test_exhibitor_profiles_use_english_plurals(noun: str, expected: str) -> None:
    assert demo_catalog.plural(noun) == expected


def test_word_lists_are_checked_when_parsed() -> None:
    with pytest.raises(ValueError, match="unit"):
        parse_sections("== lighting.x | X | 十\ni: A | 甲\nn: lamp | 灯 | crates | 1-2\n")
    with pytest.raises(ValueError, match="price"):
        parse_sections("== lighting.x | X | 十\ni: A | 甲\nn: lamp | 灯 | pc | 5-2\n")
    with pytest.raises(ValueError, match="quote"):
        parse_sections('== lighting.x | X | 十\ni: A | 甲\nn: 5" lamp | 灯 | pc | 1-2\n')
    with pytest.raises(ValueError, match="gender"):
        parse_translations("lamp = es:x lámpara\n")
    assert parse_translations("lamp = es:f lámpara ; ja ランプ\n")["lamp"]["es"].gender == "f"


def test_place_names_never_need_json_escaping() -> None:
    """Product lines are written by hand: texts from the word lists must be plain."""
    texts = json.dumps(
        [places.PROVINCES, places.BRAND_WORDS, places.SYLLABLES, places.FOREIGN],
        ensure_ascii=False,
    )
    assert "\\" not in texts  # json.dumps escapes quotes, backslashes, controls with one


def test_cli_writes_the_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    args = ["--products", "1500", "--seed", "3", "--out", str(out)]
    assert main([*args, "--start", "2026-09-10T08:00:00Z"]) == 0
    printed = capsys.readouterr().out
    assert "1,500 records" in printed and "products/s" in printed
    assert len(read(out, "products")) == 1_500 and len(read(out, "exhibitors")) == 20
    assert read(out, "categories")[0]["updated_at"] == "2026-09-10T08:00:00Z"
    assert read(out, "products")[-1]["updated_at"] == "2026-09-10T08:24:59Z"


@pytest.mark.parametrize("products", ["0", "3000001", "-5", "many"])
def test_cli_rejects_bad_product_counts(tmp_path: Path, products: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--products", products, "--out", str(tmp_path)])
    assert exit_info.value.code == 2
    assert not list(tmp_path.iterdir())


def test_api_rejects_bad_counts(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_demo_catalog(tmp_path, 0)
    with pytest.raises(ValueError):
        write_demo_catalog(tmp_path, 3_000_001)
    with pytest.raises(ValueError):
        write_demo_catalog(tmp_path, 100, exhibitors=25_001)


def test_a_catalog_smaller_than_its_exhibitor_count_still_works(tmp_path: Path) -> None:
    summary = write_demo_catalog(tmp_path, 5, seed=2, start=datetime(2026, 1, 1, tzinfo=UTC))
    assert (summary.products, summary.exhibitors) == (5, 20)
    assert read(tmp_path, "products")[0]["updated_at"] == "2026-01-01T00:00:00Z"
