"""Fixtures for the search core: one small index shared by the read-only tests."""

from __future__ import annotations

import pytest

from bot.search import SearchIndex
from tests.auxil.search_probes import all_docs


@pytest.fixture(scope="session")
def index() -> SearchIndex:
    """Probe products plus filler; tests that modify an index build their own."""
    return SearchIndex.build(all_docs())
