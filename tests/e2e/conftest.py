"""End-to-end fixtures: the real Application, polling the Bot API double over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.environment import BOT_TOKEN
from tests.auxil.running import running_bot


@pytest.fixture
async def minimal() -> AsyncIterator[BotApiDouble]:
    """A Bot API server with only the core methods (getMe, sendMessage, edits...)."""
    server = BotApiDouble(token=BOT_TOKEN, core_only=True)
    await server.start()
    yield server
    await server.stop()
    assert server.spec_violations == []


@pytest.fixture
async def bot(deps: Deps, double: BotApiDouble) -> AsyncIterator[FairApplication]:
    async with running_bot(deps, double) as app:
        yield app
