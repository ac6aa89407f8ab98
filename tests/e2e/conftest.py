"""End-to-end fixtures: the real Application, polling the Bot API double over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager

import pytest

from bot.app import build_application, polling
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.conftest import BOT_TOKEN as TOKEN


def running_bot(deps: Deps, double: BotApiDouble) -> AbstractAsyncContextManager[FairApplication]:
    """The bot as `run` starts it (polling), with a short poll so that it stops quickly."""
    return polling(build_application(deps, TOKEN, double.url), poll_timeout=1)


@pytest.fixture
async def bot(deps: Deps, double: BotApiDouble) -> AsyncIterator[FairApplication]:
    async with running_bot(deps, double) as app:
        yield app
