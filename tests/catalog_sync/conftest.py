"""The feed every sync test starts from: the fixture server over a small catalog."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from catalog_sync.fixture_server import FeedServer
from tests.auxil.feed import base_catalog


@pytest.fixture
async def feed(tmp_path: Path) -> AsyncIterator[FeedServer]:
    """The fixture server over `base_catalog`, asking for the key "secret-key"."""
    base_catalog(tmp_path / "feed")
    async with FeedServer(tmp_path / "feed", api_key="secret-key") as server:
        yield server
