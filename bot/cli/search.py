"""`python bot.py search "QUERY"`: the bot's search from the command line, for operators.

It prints the ranked product ids with their names, exhibitor and score (JSON
with --json), which is how relevance is checked by hand.
"""

from __future__ import annotations

import argparse
import json

from sqlalchemy import select

from bot.cli import runtime
from bot.db.catalog import Exhibitor, Product
from bot.db.engine import Database
from bot.search import catalog_index, parse_query, search


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    find = commands.add_parser("search", help="search the catalog as the bot does, for operators")
    find.add_argument("query")
    find.add_argument("--lang", help="show names in this language when the catalog has them")
    find.add_argument("--limit", type=int, default=10)
    find.add_argument("--json", action="store_true", help="print JSON")
    find.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    limit = max(1, min(args.limit, 100))
    return runtime.run(
        run_search(context.settings.database_url, args.query, args.lang, limit, args.json)
    )


async def run_search(
    database_url: str, query: str, lang: str | None, limit: int, as_json: bool
) -> int:
    database = Database(database_url)
    try:
        index = await catalog_index.open_index(database)
        result = search(index, parse_query(query), limit=limit)
        ids = [product_id for product_id, _ in result.hits]
        async with database.read() as session:
            rows = await session.execute(
                select(Product.id, Product.name, Exhibitor.name)
                .join(Exhibitor, Product.exhibitor_id == Exhibitor.id)
                .where(Product.id.in_(ids))
            )
            details = {pid: (names, exhibitor) for pid, names, exhibitor in rows}
    finally:
        await database.dispose()
    hits = []
    for product_id, score in result.hits:
        names, exhibitor = details.get(product_id, ({}, {}))
        hits.append({
            "id": product_id,
            "name": (lang and names.get(lang.split("_")[0])) or names.get("en", ""),
            "exhibitor": exhibitor.get("en", ""),
            "score": round(score, 4),
        })  # fmt: skip
    if as_json:
        print(json.dumps({"query": query, "total": result.total, "hits": hits,
                          "did_you_mean": result.did_you_mean}, ensure_ascii=False))  # fmt: skip
        return 0
    if not hits:
        suggestion = ", ".join(result.did_you_mean) or "-"
        print(f"nothing found for {query!r}; did you mean: {suggestion}")
        return 0
    for rank, hit in enumerate(hits, 1):
        print(f"{rank:>3}. {hit['id']}  {hit['score']:.3f}  {hit['name']}  ({hit['exhibitor']})")
    print(f"{result.total} matching products")
    return 0
