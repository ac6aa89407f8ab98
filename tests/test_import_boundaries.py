"""Package boundaries: what production code may import, checked on the source.

The Bot API double is a test and demo server: the bot that runs in production must not
need it (it used to borrow the double's HTML parser). The sync job runs as a child
process beside the bot: it uses the search package, not the bot's services.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports in functions count)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _offenders(sources: list[Path], forbidden: str) -> list[str]:
    return sorted(
        f"{path.relative_to(ROOT)}: {name}"
        for path in sources
        for name in _imports(path)
        if name == forbidden or name.startswith(forbidden + ".")
    )


def _python_files(*folders: str) -> list[Path]:
    return [path for folder in folders for path in sorted((ROOT / folder).rglob("*.py"))]


def test_production_code_never_imports_the_telegram_double() -> None:
    exempt = (ROOT / "bot" / "telegram_double", ROOT / "bot" / "demo")
    sources = [
        path
        for path in [*_python_files("bot", "handlers", "catalog_sync"), ROOT / "bot.py"]
        if not any(path.is_relative_to(folder) for folder in exempt)
    ]
    assert _offenders(sources, "bot.telegram_double") == []


@pytest.mark.parametrize("forbidden", ["bot.services", "handlers"])
def test_the_sync_job_never_imports_the_bots_services(forbidden: str) -> None:
    assert _offenders(_python_files("catalog_sync"), forbidden) == []
