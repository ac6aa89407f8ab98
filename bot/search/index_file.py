"""The saved index file and its sidecar, which names the last sync run it reflects.

Apart from `catalog_index` (and the database it needs) so that the index worker, a
process of its own, saves without loading SQLAlchemy: 20 MB it would hold all along.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.search.index import SearchIndex


def applied_run(path: Path) -> int | None:
    """The last sync run the saved index reflects, from its sidecar."""
    sidecar = path.with_suffix(".run")
    try:
        return int(json.loads(sidecar.read_text())["run"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(index: SearchIndex, path: Path, run: int) -> None:
    """Write the index, then the sidecar naming the run it reflects."""
    path.parent.mkdir(parents=True, exist_ok=True)
    index.save(path)
    path.with_suffix(".run").write_text(json.dumps({"run": run}))
