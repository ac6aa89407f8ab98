"""`make bench-sync`: a full catalog sync over loopback, then a 1% increment.

The sync runs as `python -m catalog_sync` in a child process (as the bot runs it),
against the directory feed server in another process, so the peak RSS reported
is the sync's own: that of its largest process (a full sync makes the search index
in a process of its own), and the peak of both summed, sampled every 20 ms. The
baseline, measured in the same run, is the raw feed: fetching every page without
decoding or storing anything.

    python -m bench.sync --products 1000000
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import aiohttp

from bench.postgres import admin, database_url
from catalog_sync.demo.catalog import write_demo_catalog

TARGET_RATE = 50_000
TARGET_SHARE = 0.25  # of the raw feed read rate measured in the same run
TARGET_ENGINES = 0.8  # PostgreSQL's full sync rate, of SQLite's
TARGET_RSS_MB = 400
TARGET_INCREMENT = 0.05


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync")
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", default="data/bench", help="where generated catalogs are kept")
    args = parser.parse_args()
    catalog = Path(args.cache) / f"catalog-{args.products}-{args.seed}"
    if not (catalog / "availability.jsonl").exists():
        started = time.monotonic()
        write_demo_catalog(catalog, args.products, seed=args.seed)
        print(f"generated {args.products:,} products in {time.monotonic() - started:.1f} s")
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    try:
        feed = work / "feed"
        shutil.copytree(catalog, feed)
        server, url = _start_server(feed)
        try:
            raw = asyncio.run(_raw_fetch(url))
            print(
                f"baseline: raw feed read {raw['records']:,} records in {raw['seconds']:.1f} s "
                f"({raw['records'] / raw['seconds']:,.0f}/s)"
            )
            sqlite_url = f"sqlite+aiosqlite:///{work / 'bench.db'}"
            full = _sync(sqlite_url, url)
            _report("full sync, SQLite", full, args.products, raw)
            changed = _change_one_percent(feed / "products.jsonl")
            increment = _sync(sqlite_url, url)
            _report(f"incremental sync, SQLite ({changed:,} changed)", increment, changed, raw)
            fraction = increment["seconds"] / full["seconds"]
            print(
                f"incremental / full: {fraction:.3f} "
                f"= {fraction / TARGET_INCREMENT:.2f} of the {TARGET_INCREMENT} ceiling"
            )
            postgres = os.environ.get("TEST_POSTGRES_URL")
            if postgres:
                with _postgres_database(postgres) as pg_url:
                    pg = _sync(pg_url, url)
                _report("full sync, PostgreSQL", pg, args.products, raw)
                engines = full["seconds"] / pg["seconds"]
                print(
                    f"PostgreSQL / SQLite full sync rate: {engines:.2f} "
                    f"= {engines / TARGET_ENGINES:.2f} of the {TARGET_ENGINES} target"
                )
        finally:
            server.terminate()
            server.wait(10)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _start_server(directory: Path) -> tuple[subprocess.Popen[str], str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "catalog_sync.directory_feed", str(directory), "--port", "0",
         "--max-limit", "5000"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert server.stdout is not None
    return server, server.stdout.readline().strip()


async def _raw_fetch(url: str) -> dict[str, float]:
    """Every page of every kind, read and thrown away: what the network side costs."""
    started, records = time.monotonic(), 0
    async with aiohttp.ClientSession() as http:
        for kind in ("categories", "exhibitors", "products", "availability"):
            cursor = None
            while True:
                params = {"limit": "1000", **({"cursor": cursor} if cursor else {})}
                async with http.get(f"{url}/v1/{kind}", params=params) as response:
                    body = await response.read()
                tail = json.loads(b"{" + body[body.rindex(b'"next_cursor"') :])
                records += body.count(b'"updated_at"')
                if not tail["has_more"]:
                    break
                cursor = tail["next_cursor"]
    return {"records": records, "seconds": time.monotonic() - started}


def _sync(database_url: str, source: str) -> dict[str, float]:
    env = {**os.environ, "DATABASE_URL": database_url}
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "catalog_sync", "--source", source], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    summed = _TreeMemory(child.pid)
    summed.start()
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - started
    summed.done.set()
    summed.join()
    if status != 0:
        raise SystemExit(f"sync failed:\n{output}")
    for line in output.splitlines():
        print("    " + line[:160])
    return {"seconds": seconds, "rss_mb": usage.ru_maxrss / 1024, "summed_mb": summed.peak_mb}


class _TreeMemory(threading.Thread):
    """The peak of a process's resident memory summed with its children's: wait4 tells
    only the largest one's. Sampled from /proc (Linux), so a peak shorter than the
    interval can be missed; shared library pages count once per process."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.done, self.peak_mb = pid, interval, threading.Event(), 0.0

    def run(self) -> None:
        while not self.done.wait(self.interval):
            self.peak_mb = max(self.peak_mb, _tree_mb(self.pid))


def _tree_mb(root: int) -> float:
    pages, waiting = 0, [root]
    while waiting:
        pid = waiting.pop()
        try:
            pages += int(Path(f"/proc/{pid}/statm").read_text().split()[1])
            waiting += map(int, Path(f"/proc/{pid}/task/{pid}/children").read_text().split())
        except (OSError, ValueError, IndexError):
            continue
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _report(label: str, run: dict[str, float], products: int, raw: dict[str, float]) -> None:
    rate = products / run["seconds"]
    share = rate / (raw["records"] / raw["seconds"])
    print(
        f"{label}: {run['seconds']:.1f} s, {rate:,.0f} products/s "
        f"= {rate / TARGET_RATE:.2f} of the {TARGET_RATE:,}/s target; {share:.3f} of the raw "
        f"feed rate = {share / TARGET_SHARE:.2f} of the {TARGET_SHARE} target; "
        f"peak RSS {run['rss_mb']:.0f} MB "
        f"= {run['rss_mb'] / TARGET_RSS_MB:.2f} of the {TARGET_RSS_MB} MB ceiling "
        f"(its processes summed: {run['summed_mb']:.0f} MB "
        f"= {run['summed_mb'] / TARGET_RSS_MB:.2f})"
    )


def _change_one_percent(path: Path) -> int:
    """Rewrite the products file with every 100th product changed (moved to the end)."""
    changed: list[dict[str, object]] = []
    kept = path.with_suffix(".tmp")
    with path.open(encoding="utf-8") as source, kept.open("w", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number % 100 == 99:
                changed.append(json.loads(line))
            else:
                target.write(line)
        for n, record in enumerate(changed):
            record["updated_at"] = (
                f"2026-12-01T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"
            )
            names = record["name"]
            assert isinstance(names, dict)
            names["en"] = str(names["en"]) + " (new)"
            target.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    kept.replace(path)
    return len(changed)


class _postgres_database:
    """A scratch PostgreSQL database for one benchmark run."""

    def __init__(self, url: str) -> None:
        self.url, self.name = url, f"bench_{uuid.uuid4().hex[:8]}"

    def _psql(self, sql: str) -> None:
        asyncio.run(admin(self.url, sql))

    def __enter__(self) -> str:
        self._psql(f'CREATE DATABASE "{self.name}"')
        return database_url(self.url, self.name)

    def __exit__(self, *exc: object) -> None:
        self._psql(f'DROP DATABASE "{self.name}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
