"""Fault injection and the minimal core-only server."""

from __future__ import annotations

import asyncio
import datetime as dtm

import pytest
import telegram
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from bot.telegram_double import BotApiDouble, DoubleUser, Fault
from bot.telegram_double.errors import ApiError
from bot.telegram_double.faults import FaultBook
from bot.telegram_double.media import tiny_png


async def test_flood_control_surfaces_as_retry_after(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    double.inject(Fault(method="sendMessage", retry_after=7, times=2))
    for _ in range(2):
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(1001, "hi")
        assert info.value.retry_after == dtm.timedelta(seconds=7)
    assert await bot.send_message(1001, "hi")  # times=2 used up
    assert [m.text for m in alice.bot_messages] == ["hi"]
    assert len(double.calls("sendMessage")) == 3


async def test_server_error_and_forever_faults(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    fault = double.inject(Fault(method="sendPhoto", status=500, times=None))
    for _ in range(3):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_photo(1001, tiny_png())
    assert await bot.send_message(1001, "text still works")
    double.clear_faults()
    assert fault not in double.faults.faults
    assert await bot.send_photo(1001, tiny_png())


async def test_slow_answer_then_normal_result(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    double.inject(Fault(method="sendMessage", delay=0.5))
    loop = asyncio.get_running_loop()
    started = loop.time()
    sent = await bot.send_message(1001, "slow")
    assert loop.time() - started >= 0.45 and sent.text == "slow"


async def test_a_stall_takes_what_waited_all_at_once(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    # Long enough that all three requests reach the double and wait, even on a busy
    # machine where opening their connections takes a while.
    double.stall(1.0)
    loop = asyncio.get_running_loop()
    started = loop.time()
    sends = []
    for n in range(3):
        sends.append(asyncio.create_task(bot.send_message(1001, f"held {n}")))
        await asyncio.sleep(0.1)
    await asyncio.gather(*sends)
    assert loop.time() - started >= 0.95
    arrived = [at for at, method, _ in double.arrivals if method == "sendMessage"]
    assert len(arrived) == 3 and arrived[-1] - arrived[0] < 0.05
    assert [m.text for m in alice.bot_messages] == ["held 0", "held 1", "held 2"]


async def test_fault_for_one_chat_only(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    double.add_user(2002, "Bob")
    double.inject(Fault(method="sendmessage", status=403, chat_id=2002, times=None))
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(2002, "hi")
    assert await bot.send_message(1001, "hi")


async def test_core_only_server_has_the_minimal_method_set() -> None:
    async with BotApiDouble(core_only=True) as core:
        core.add_user(1001, "Alice")
        async with telegram.Bot(core.token, base_url=core.bot_url) as bot:
            sent = await bot.send_message(1001, "core")
            await bot.edit_message_text("edited", chat_id=1001, message_id=sent.message_id)
            assert await bot.delete_message(1001, sent.message_id)
            assert await bot.get_updates() == ()
            with pytest.raises(InvalidToken, match="Not Found"):
                await bot.send_photo(1001, tiny_png())
            with pytest.raises(InvalidToken, match="Not Found"):
                await bot.set_my_commands([("start", "Start")])
            with pytest.raises(BadRequest, match=r"(?i)query is too old"):
                await bot.answer_callback_query("1")
        assert core.spec_violations == []


async def test_a_fault_with_a_probability_fails_that_share_of_calls_reproducibly() -> None:
    async def failures(seed: int) -> list[int]:
        book = FaultBook(seed)
        book.add(Fault("sendMessage", status=403, times=None, probability=0.1))
        failed = []
        for n in range(2000):
            try:
                await book.apply("sendMessage", {"chat_id": n})
            except ApiError as error:
                assert error.code == 403
                failed.append(n)
        return failed

    first = await failures(7)
    assert 150 <= len(first) <= 250
    assert first == await failures(7)
