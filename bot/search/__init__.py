"""Product search core: a compact in-memory inverted index with typo-tolerant ranking.

Plain values in, plain values out: nothing here knows about Telegram or a database
session, so it runs the same in the bot, a worker process, a test or a benchmark.

    index = SearchIndex.build(ProductDoc.from_rows(p, e) for p, e in rows)  # or .load(path)
    result = search(index, parse_query("silla de oficina under 50 usd"), limit=10)
    result.hits  # [(product_id, score)], best first; result.did_you_mean when empty

Keeping it current: `index.upsert(changed_docs)`, `index.remove(product_ids)` and
`index.remove_exhibitor(exhibitor_id)` after each sync; `index.save(path)` writes it
atomically and `SearchIndex.load(path)` maps it back in well under a second. Removed
and replaced products leave tombstones: rebuild from the database when
`index.needs_rebuild` says a quarter of the doc ids are dead. The index is not
thread-safe: run searches and updates from one thread (or one worker) at a time.

`bot.search.catalog_index` is the one module that reads the database: it keeps the
catalog's index saved beside it, refreshed by the sync job and reloaded by the bot.
"""

from bot.search.filters import Filters
from bot.search.index import ProductDoc, SearchIndex
from bot.search.model import ParsedQuery, SearchResult
from bot.search.query import facet_counts, parse_query, search

__all__ = [
    "Filters",
    "ParsedQuery",
    "ProductDoc",
    "SearchIndex",
    "SearchResult",
    "facet_counts",
    "parse_query",
    "search",
]
