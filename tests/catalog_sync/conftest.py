"""The feed every sync test starts from: the directory feed over a small catalog."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from catalog_sync.directory_feed import FeedServer
from tests.auxil.feed import base_catalog


@pytest.fixture
async def feed(tmp_path: Path) -> AsyncIterator[FeedServer]:
    """The directory feed over `base_catalog`, asking for the key "secret-key"."""
    base_catalog(tmp_path / "feed")
    async with FeedServer(tmp_path / "feed", api_key="secret-key") as server:
        yield server
