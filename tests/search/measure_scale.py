"""Ad-hoc scale measurement of the search core (not a test; pytest does not collect it).

    python -m catalog_sync.demo.catalog --products 2000000 --out /tmp/c2m
    python tests/search/measure_scale.py build /tmp/c2m /tmp/c2m.idx
    python tests/search/measure_scale.py query /tmp/c2m /tmp/c2m.idx
    python tests/search/measure_scale.py update /tmp/c2m /tmp/c2m.idx

`build` streams the feed files into `SearchIndex.build` and saves the index; `query`
loads it in a fresh process (so its peak RSS is the serving process's) and times ~200
mixed queries drawn from the same catalog; `update` loads it and applies a sync-sized
increment (10,000 changed + 10,000 new products, 10,000 removed), then saves.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path

import msgspec

from bot.search import ProductDoc, SearchIndex, parse_query, search


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _records(path: Path) -> Iterator[dict]:
    decode = msgspec.json.Decoder().decode
    with open(path, "rb") as fh:
        for line in fh:
            record = decode(line)
            if not record.get("deleted"):
                yield record


def _docs(catalog: Path) -> Iterator[ProductDoc]:
    exhibitors = {r["id"]: r for r in _records(catalog / "exhibitors.jsonl")}
    for record in _records(catalog / "products.jsonl"):
        yield ProductDoc.from_feed(record, exhibitors.get(record["exhibitor_id"]))


def build(catalog: Path, out: Path) -> None:
    start = time.perf_counter()
    parsed = sum(1 for _ in _docs(catalog))
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    index = SearchIndex.build(_docs(catalog))
    total_s = time.perf_counter() - start
    start = time.perf_counter()
    index.save(out)
    save_s = time.perf_counter() - start
    print(f"products={parsed} terms={len(index.terms)}")
    print(
        f"feed parsing alone {parse_s:.1f}s; parse+build {total_s:.1f}s; "
        f"index build ~{total_s - parse_s:.1f}s"
    )
    print(
        f"save {save_s:.1f}s size {out.stat().st_size / 2**20:.0f} MiB; "
        f"peak RSS {_rss_mb():.0f} MiB"
    )


def _mutate(word: str, rng: random.Random, edits: int) -> str:
    for _ in range(edits):
        i = rng.randrange(1, len(word) - 1)
        op = rng.choice("sdit")
        if op == "s":
            word = word[:i] + rng.choice("aeioustnrl") + word[i + 1 :]
        elif op == "d":
            word = word[:i] + word[i + 1 :]
        elif op == "i":
            word = word[:i] + rng.choice("aeioustnrl") + word[i:]
        else:
            word = word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
    return word


def make_queries(catalog: Path, count: int = 200, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    names: list[dict[str, str]] = []
    for i, record in enumerate(_records(catalog / "products.jsonl")):
        if i % 97 == 0:
            names.append(record["name"])
        if len(names) >= 3000:
            break
    foreign = [n for n in names if len(n) > 2]
    fixed = [
        "silla de oficina",
        "офисное кресло",
        "كرسي مكتب",
        "オフィスチェア",
        "办公椅",
        "bluetooth speaker under 20 usd",
        "moq<500 led strip",
        "guangdong furniture",
        "yoga mat",
        "power bank 20000mah",
        "solar panel",
        "t-shirt cotton",
        "backpack",
        "stroller",
        "frozen shrimp",
        "face mask",
        "不锈钢锅",
        "mug ceramic",
    ]
    queries: list[tuple[str, str]] = [("glossary/filters", q) for q in fixed]
    kinds = [
        "exact",
        "typo1",
        "typo2",
        "multi",
        "prefix",
        "shuffled",
        "chinese",
        "foreign",
        "nohit",
    ]
    while len(queries) < count:
        kind = kinds[len(queries) % len(kinds)]
        name = rng.choice(names)
        words = [w for w in name["en"].split() if w.isalpha()]
        if not words:
            continue
        if kind == "exact":
            q = " ".join(words[-2:])
        elif kind == "typo1":
            long = [w for w in words if len(w) >= 5] or words
            q = " ".join(_mutate(w, rng, 1) if w == long[0] else w for w in words[-3:])
        elif kind == "typo2":
            long = [w for w in words if len(w) >= 7]
            q = _mutate(long[0], rng, 2) if long else _mutate(max(words, key=len), rng, 1)
        elif kind == "multi":
            q = " ".join(words[-4:])
        elif kind == "prefix":
            q = " ".join([*words[-3:-1], words[-1][: max(3, len(words[-1]) // 2)]])
        elif kind == "shuffled":
            q = " ".join(rng.sample(words[-3:], len(words[-3:])))
        elif kind == "chinese":
            q = name.get("zh", "").split(" ")[0][:6] or words[0]
        elif kind == "foreign":
            other = rng.choice(foreign)
            lang = next((k for k in other if k not in ("en", "zh")), "zh")
            q = other[lang]
        else:
            q = "".join(rng.choice("qxzjvkw") for _ in range(9))
        queries.append((kind, q))
    return queries


def query(catalog: Path, path: Path) -> None:
    queries = make_queries(catalog)
    start = time.perf_counter()
    index = SearchIndex.load(path)
    load_s = time.perf_counter() - start
    print(
        f"load {load_s * 1000:.0f} ms, RSS after load {_rss_mb():.0f} MiB, {len(index)} products"
    )
    for label, runs in (("cold (first use)", 1), ("warm", 1)):
        times: list[float] = []
        by_kind: dict[str, list[float]] = {}
        empty = 0
        for kind, q in queries * runs:
            t = time.perf_counter()
            result = search(index, parse_query(q), limit=10)
            ms = (time.perf_counter() - t) * 1000
            times.append(ms)
            by_kind.setdefault(kind, []).append(ms)
            empty += not result.hits
        times.sort()
        print(
            f"{label}: {len(times)} queries p50 {statistics.median(times):.1f} ms "
            f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms max {times[-1]:.1f} ms; "
            f"{empty} without hits"
        )
    for kind, values in by_kind.items():
        print(
            f"  {kind:17} n={len(values):3} p50 {statistics.median(values):6.1f} ms "
            f"max {max(values):6.1f} ms"
        )
    print(f"peak RSS {_rss_mb():.0f} MiB")


def update(catalog: Path, path: Path) -> None:
    docs = list(islice(_docs(catalog), 20_000))
    docs = [replace(d, id=f"NEW-{d.id}") if i % 2 else d for i, d in enumerate(docs)]
    gone = [d.id for d in islice(_docs(catalog), 100_000, 110_000)]
    index = SearchIndex.load(path)
    search(index, parse_query("warm up"))
    print(f"loaded: RSS {_rss_mb():.0f} MiB")
    start = time.perf_counter()
    index.upsert(docs)
    print(f"upsert 20,000: {time.perf_counter() - start:.1f}s, RSS {_rss_mb():.0f} MiB")
    start = time.perf_counter()
    removed = index.remove(gone)
    print(f"remove {removed:,}: {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    search(index, parse_query("bluetooth speaker"))
    print(f"first query after: {(time.perf_counter() - start) * 1000:.0f} ms")
    start = time.perf_counter()
    index.save(path.with_suffix(".updated"))
    print(f"save {time.perf_counter() - start:.1f}s; peak RSS {_rss_mb():.0f} MiB")


if __name__ == "__main__":
    command, catalog_dir, index_path = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    {"build": build, "query": query, "update": update}[command](catalog_dir, index_path)
