"""getUpdates long polling over raw HTTP, and a real PTB Application polling the double."""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging

import aiohttp
import pytest
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from bot.telegram_double import BotApiDouble, DoubleUser
from tests.auxil.wait import until


async def _call(
    session: aiohttp.ClientSession, double: BotApiDouble, method: str, **params: object
) -> tuple[int, dict]:
    async with session.post(f"{double.bot_url}{double.token}/{method}", json=params) as resp:
        return resp.status, await resp.json()


async def test_long_poll_waits_for_an_update_and_offset_confirms(
    double: BotApiDouble, alice: DoubleUser
) -> None:
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        started = loop.time()
        poll = asyncio.create_task(_call(session, double, "getUpdates", timeout=5))
        await asyncio.sleep(0.2)
        assert not poll.done()
        await alice.send_text("hello")
        status, body = await poll
        assert status == 200 and body["ok"] is True
        assert loop.time() - started < 2  # answered as soon as the update came
        [update] = body["result"]
        assert update["message"]["text"] == "hello"
        assert update["message"]["from"]["id"] == 1001 and update["message"]["chat"]["id"] == 1001

        _, again = await _call(session, double, "getUpdates")
        assert [u["update_id"] for u in again["result"]] == [update["update_id"]]
        _, confirmed = await _call(
            session, double, "getUpdates", offset=update["update_id"] + 1, timeout=0
        )
        assert confirmed["result"] == []

        started = loop.time()
        _, empty = await _call(session, double, "getUpdates", timeout=1)
        assert empty["result"] == [] and loop.time() - started >= 0.9


async def test_getupdates_limit_allowed_updates_and_conflicts(
    double: BotApiDouble, alice: DoubleUser
) -> None:
    async with aiohttp.ClientSession() as session:
        for n in range(3):
            await alice.send_text(f"m{n}")
        _, body = await _call(session, double, "getUpdates", limit=2)
        assert [u["message"]["text"] for u in body["result"]] == ["m0", "m1"]
        last = body["result"][-1]["update_id"]
        _, body = await _call(
            session, double, "getUpdates", offset=last + 1, allowed_updates=["callback_query"]
        )
        assert [u["message"]["text"] for u in body["result"]] == ["m2"]
        await alice.send_text("filtered out")
        next_offset = body["result"][0]["update_id"] + 1
        _, body = await _call(session, double, "getUpdates", offset=next_offset)
        assert body["result"] == []

        polls = len(double.calls("getUpdates"))
        first = asyncio.create_task(_call(session, double, "getUpdates", timeout=5))
        await until(lambda: len(double.calls("getUpdates")) > polls, what="the first poll")
        await asyncio.sleep(0.1)
        status, second = await _call(session, double, "getUpdates", timeout=0)
        assert status == 200 and second["ok"]
        status, body = await first
        assert status == 409 and body["description"].startswith(
            "Conflict: terminated by other getUpdates request"
        )

        status, _ = await _call(session, double, "setWebhook", url="https://example.com/hook")
        assert status == 200
        status, body = await _call(session, double, "getUpdates")
        assert status == 409 and "webhook is active" in body["description"]


async def test_envelopes_for_bad_token_unknown_method_and_case(double: BotApiDouble) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{double.url}/bot999:WRONG/getMe") as resp:
            assert resp.status == 401
            assert await resp.json() == {
                "ok": False,
                "error_code": 401,
                "description": "Unauthorized",
            }
        async with session.get(f"{double.bot_url}{double.token}/getMee") as resp:
            assert resp.status == 404
            assert await resp.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found",
            }
        async with session.get(f"{double.bot_url}{double.token}/GETME") as resp:
            assert (await resp.json())["result"]["username"] == "FairConciergeBot"
        async with session.post(
            f"{double.bot_url}{double.token}/sendMessage", data={"chat_id": "5", "text": "x"}
        ) as resp:
            assert resp.status == 400
            assert (await resp.json())["description"] == "Bad Request: chat not found"


async def test_application_polls_the_double_and_stops_cleanly(
    double: BotApiDouble, alice: DoubleUser, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None and update.effective_user is not None
        await update.message.reply_html(f"Hello <b>{update.effective_user.first_name}</b>!")

    app = (
        ApplicationBuilder()
        .token(double.token)
        .base_url(double.bot_url)
        .base_file_url(double.file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=dtm.timedelta(seconds=2), poll_interval=0)
        await alice.send_command("start")
        reply = await alice.reply(timeout=5)
        assert reply.text == "Hello Alice!" and reply.entities[0]["type"] == "bold"
        await app.updater.stop()
        await app.stop()

    called = [m for m, _ in double.requests]
    assert called[:2] == ["getMe", "deleteWebhook"]
    assert {"getUpdates", "sendMessage"} <= set(called)
    assert double.world.updates.pending == 0  # the last getUpdates confirmed the /start
    assert double.spec_violations == []
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
