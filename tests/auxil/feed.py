"""A catalog feed on disk for the directory feed, and a sync over it with fast retries."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.clock import Clock
from bot.db.engine import Database
from catalog_sync.directory_feed import FeedServer
from catalog_sync.runner import SyncReport, sync
from catalog_sync.sources import RetryPolicy

FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05, timeout=1.0)


def stamp(n: int) -> str:
    return f"2026-09-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}Z"


def exhibitor(n: int, at: int = 0, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"EX{n:04d}", "name": {"en": f"Maker {n} Co., Ltd.", "zh": f"制造商{n}有限公司"},
        "country": "CN", "province": "Guangdong", "hall": "A", "booth": f"11.2K{n:02d}",
        "phase": 1, "meetings": True, "chat": True, "updated_at": stamp(at), **extra,
    }  # fmt: skip


def product(n: int, ex: int = 1, at: int = 0, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"P{n:06d}", "exhibitor_id": f"EX{ex:04d}", "category_id": "lighting.led",
        "name": {"en": f"LED strip model {n}", "zh": f"LED灯带{n}"},
        "price": {"min": "1.20", "max": "2.50", "currency": "USD"},
        "moq": {"quantity": 500, "unit": "metres"}, "keywords": ["led"],
        "updated_at": stamp(at), **extra,
    }  # fmt: skip


def write(directory: Path, kind: str, records: Sequence[object]) -> None:
    """Write `kind`.jsonl; records may be any JSON value, as tests write malformed ones too."""
    directory.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    (directory / f"{kind}.jsonl").write_text("".join(line + "\n" for line in lines))


def base_catalog(directory: Path, products: int = 25) -> None:
    write(directory, "categories", [
        {"id": "lighting", "name": {"en": "Lighting"}, "updated_at": stamp(0)},
        {"id": "lighting.led", "parent_id": "lighting", "name": {"en": "LED"},
         "updated_at": stamp(1)},
    ])  # fmt: skip
    write(directory, "exhibitors", [exhibitor(1, 0), exhibitor(2, 1)])
    write(directory, "products", [product(n, 1 + n % 2, n) for n in range(products)])
    write(directory, "availability", [
        {"id": "AV1", "exhibitor_id": "EX0001", "starts_at": "2026-10-15T01:00:00Z",
         "ends_at": "2026-10-15T01:30:00Z", "updated_at": stamp(0)},
    ])  # fmt: skip


async def run(db: Database, server: FeedServer, **options: Any) -> SyncReport:
    options.setdefault("limit", 10)
    return await sync(db, server.url, Clock(), api_key="secret-key", policy=FAST, **options)


async def count(db: Database, model: Any) -> int:
    async with db.read() as session:
        return int((await session.execute(select(func.count()).select_from(model))).scalar_one())


def line(report: SyncReport, kind: str) -> str:
    return next(k.line() for k in report.kinds if k.kind == kind)
