"""Deps whose PostgreSQL is reached through a TCP proxy a test can cut: the database
going away (a failover, a network partition) and coming back."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.db.engine import Database
from bot.deps import Deps
from tests.auxil.environment import TEST_ENV
from tests.auxil.tcp_proxy import TcpProxy


@asynccontextmanager
async def behind_proxy(
    deps: Deps, database: Database, env: dict[str, str] | None = None
) -> AsyncIterator[tuple[Deps, TcpProxy]]:
    """`deps` with its database reached through a `TcpProxy` (and the settings `env`)."""
    if database.is_sqlite:
        pytest.skip("SQLite is a file: it cannot go away")
    url = make_url(database.url)
    async with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(False)
        settings = Settings.from_env(
            {**TEST_ENV, "DATABASE_URL": proxied, **(env or {})}, env_file=None
        )
        db = Database(proxied)
        try:
            yield dataclasses.replace(deps, settings=settings, db=db), proxy
        finally:
            await db.dispose()
