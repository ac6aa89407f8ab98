"""`python bot.py search` over the synced catalog, on both engines."""

from __future__ import annotations

import json
from pathlib import Path

from bot.clock import Clock
from bot.db.engine import Database
from catalog_sync.runner import sync
from tests.auxil.cli_inprocess import Result, bot_py
from tests.auxil.feed import base_catalog, product, write


async def _search(database: Database, cwd: Path, *args: str) -> Result:
    return await bot_py(cwd, "search", *args, env={"DATABASE_URL": database.url})


async def test_search_command_ranks_typo_queries_and_prints_json(
    database: Database, tmp_path: Path
) -> None:
    base_catalog(tmp_path / "feed", products=20)
    knives = [
        product(900 + n, 1, 500 + n, name={"en": name, "es": spanish}, keywords=["knife"])
        for n, (name, spanish) in enumerate(
            [("Stainless steel chef knife", "Cuchillo de chef de acero inoxidable"),
             ("Ceramic coffee mug", "Taza de café de cerámica")]
        )
    ]  # fmt: skip
    lines = (tmp_path / "feed" / "products.jsonl").read_text().splitlines()
    write(tmp_path / "feed", "products", [json.loads(line) for line in lines] + knives)
    await sync(database, str(tmp_path / "feed"), Clock())

    plain = await _search(database, tmp_path, "stainles stel knif")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines()[0].split()[1] == "P000900"
    found = json.loads(
        (await _search(database, tmp_path, "taza cafe", "--lang", "es", "--json")).stdout
    )
    assert found["hits"][0] == {
        "id": "P000901", "name": "Taza de café de cerámica", "exhibitor": "Maker 1 Co., Ltd.",
        "score": found["hits"][0]["score"],
    }  # fmt: skip
    for nonsense in ("x" * 4096, '"*" NEAR OR -^', "'; DROP TABLE products;--", "🙂🙂"):
        result = await _search(database, tmp_path, nonsense)
        assert result.returncode == 0 and "Traceback" not in result.stderr
