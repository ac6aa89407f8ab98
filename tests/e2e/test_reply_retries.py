"""Replies survive Telegram's flood control (429 retry_after) and its 500s: the user still
gets the reply, once; a reply that cannot get through is logged as an error."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.deps import Deps
from bot.telegram_double import BotApiDouble, Fault
from handlers.context import FairApplication
from tests.auxil.talk import Talk

HELP_LINE = "/search"


async def test_a_reply_after_a_429_and_a_500_arrives_once(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=7101, first_name="Rita", language_code="pt")
    await talk.command("start")
    await talk.expect("Canton Fair Online")
    double.inject(Fault("sendMessage", retry_after=1, chat_id=7101))
    double.inject(Fault("sendMessage", status=500, chat_id=7101))
    loop = asyncio.get_running_loop()
    started = loop.time()
    await talk.command("help")
    await talk.expect(HELP_LINE)
    assert loop.time() - started >= 1.0, "retry_after was honoured"
    await asyncio.sleep(0.3)
    after_help = [m.text for m in talk.user.bot_messages][1:]
    assert len(after_help) == 1, f"the help once, and nothing else: {after_help}"
    assert len(double.calls("sendMessage")) == 4  # /start, 429, 500, the help


async def test_a_reply_that_never_gets_through_is_logged(
    bot: FairApplication, double: BotApiDouble, deps: Deps, caplog: pytest.LogCaptureFixture
) -> None:
    talk = Talk(double, deps, user_id=7102, first_name="Rui", language_code="pt")
    double.inject(Fault("sendMessage", status=502, chat_id=7102, times=None))
    with caplog.at_level(logging.ERROR):
        await talk.command("help")
        async with asyncio.timeout(10):
            while not any(r.levelno >= logging.ERROR for r in caplog.records):
                await asyncio.sleep(0.05)
    assert talk.user.bot_messages == []
    assert 3 <= len(double.calls("sendMessage")) <= 8, "retried, but a bounded number of times"
