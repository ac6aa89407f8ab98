"""The bot as `run` starts it, for the end-to-end tests."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from bot.app import build_application, polling
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.environment import BOT_TOKEN


def running_bot(deps: Deps, double: BotApiDouble) -> AbstractAsyncContextManager[FairApplication]:
    """The bot polling the double, with a short poll so that it stops quickly."""
    return polling(build_application(deps, BOT_TOKEN, double.url), poll_timeout=1)
