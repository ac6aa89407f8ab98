"""Fixtures for the Bot API double's tests: a running double, a real PTB ``Bot``, a user."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import telegram

from bot.telegram_double import BotApiDouble, DoubleUser


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    server = BotApiDouble()
    await server.start()
    try:
        yield server
    finally:
        await server.stop()
    assert server.internal_errors == []


@pytest.fixture
async def bot(double: BotApiDouble) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(
        double.token, base_url=double.bot_url, base_file_url=double.file_url
    ) as client:
        yield client


@pytest.fixture
def alice(double: BotApiDouble) -> DoubleUser:
    return double.add_user(1001, "Alice", language_code="en", username="alice_buyer")


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """PTB 22 warns (PTBDeprecationWarning) when building RetryAfter unless opted in."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
