"""Webhook mode end to end: the double POSTs updates to the bot's own server, as Telegram does."""

from __future__ import annotations

import io
import json
import os
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from bot.app import build_application, webhook
from bot.config import Settings
from bot.db.engine import Database
from bot.deps import Deps
from bot.services import outbox
from bot.services.outbox import Outgoing
from bot.telegram_double import BotApiDouble
from bot.telegram_double.faults import Fault
from handlers.context import FairApplication
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.environment import TEST_ENV
from tests.auxil.talk import Talk
from tests.auxil.wait import until
from tests.auxil.webhook import (
    HOOK_URL,
    SECRET,
    SECRET_HEADER,
    health,
    webhook_env,
)


@pytest.fixture
def settings(database: Database, port: int) -> Settings:
    env = {**TEST_ENV, "DATABASE_URL": database.url, **webhook_env(port)}
    return Settings.from_env(env, env_file=None)


@pytest.fixture
async def hooked(deps: Deps, double: BotApiDouble) -> AsyncIterator[FairApplication]:
    double.delivery.retry_delay = 0.05
    async with webhook(build_application(deps, TOKEN, double.url)) as app:
        yield app


def start_update(user_id: int, update_id: int = 900) -> dict[str, Any]:
    """A /start message update as Telegram would POST it."""
    user = {"id": user_id, "is_bot": False, "first_name": "Eve", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1, "date": 1_790_000_000, "text": "/start",
            "chat": {"id": user_id, "type": "private", "first_name": "Eve"}, "from": user,
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }  # fmt: skip


async def post(port: int, body: bytes | io.BytesIO, secret: str | None = SECRET) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    async with aiohttp.ClientSession() as session:
        url = f"http://127.0.0.1:{port}/telegram"
        async with session.post(url, data=body, headers=headers) as response:
            return response.status


async def test_a_buyer_talks_to_the_bot_through_the_webhook(
    hooked: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    [hook] = double.calls("setWebhook")
    assert hook["url"] == HOOK_URL and hook["secret_token"] == SECRET
    assert hook["allowed_updates"] == ["message", "callback_query", "inline_query"]
    assert hook["max_connections"] == 40
    talk = Talk(double, deps, user_id=6101, first_name="Ana", language_code="es")
    await talk.command("start")
    await talk.expect("Canton Fair Online")
    await talk.command("help")
    await talk.expect("/saved: your saved products")
    await until(lambda: double.delivery.delivered() == [1, 2], what="both acknowledged")
    assert not double.calls("getUpdates")


async def test_a_request_without_the_right_secret_is_refused(
    hooked: FairApplication, double: BotApiDouble, port: int
) -> None:
    eve = double.add_user(6102, "Eve")
    body = json.dumps(start_update(6102)).encode()
    assert await post(port, body, secret=None) == 403
    assert await post(port, body, secret="wrong") == 403
    assert await post(port, body, secret=SECRET + "x") == 403
    status, state = await health(port)
    assert status == 200 and state["updates_handled"] == 0
    assert eve.bot_messages == []
    assert await post(port, body) == 200  # the right secret: handled
    assert eve.bot_messages


async def test_malformed_and_oversized_bodies_are_refused(
    hooked: FairApplication, port: int
) -> None:
    assert await post(port, b"not json") == 400
    assert await post(port, b"[1, 2]") == 400
    assert await post(port, b'{"update_id": "7"}') == 400
    assert await post(port, b'{"update_id": 7, "message": {"chat": 5}}') == 400
    assert await post(port, io.BytesIO(b"{" + b" " * (2 * 1024 * 1024) + b"}")) == 413


async def test_telegram_is_answered_only_after_the_reply_was_sent(
    hooked: FairApplication, double: BotApiDouble
) -> None:
    double.inject(Fault("sendMessage", delay=0.5, times=None))
    eve = double.add_user(6103, "Eve")
    await eve.send_command("start")
    await until(lambda: double.delivery.delivered() == [1], what="the update acknowledged")
    assert eve.bot_messages, "the webhook acknowledged the update before the reply was sent"


async def test_healthz_reports_the_database_the_last_update_and_the_process(
    hooked: FairApplication, double: BotApiDouble, port: int
) -> None:
    status, state = await health(port)
    assert status == 200
    assert state["database"] is True and state["pid"] == os.getpid()
    assert state["seconds_since_last_update"] is None
    eve = double.add_user(6104, "Eve")
    await eve.send_command("start")
    await until(lambda: bool(double.delivery.delivered()), what="the update acknowledged")
    status, state = await health(port)
    assert status == 200 and 0 <= state["seconds_since_last_update"] < 5
    assert state["updates_handled"] == 1


async def test_a_clean_stop_leaves_the_webhook_set_for_the_other_processes(
    deps: Deps, double: BotApiDouble
) -> None:
    async with webhook(build_application(deps, TOKEN, double.url)):
        pass
    assert double.world.webhook["url"] == HOOK_URL
    assert not double.calls("deleteWebhook")


async def test_the_outbox_is_delivered_in_webhook_mode(
    hooked: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    eve = double.add_user(6105, "Eve")
    async with deps.db.write() as session:
        await outbox.enqueue(session, [Outgoing(6105, "A notice", "test")], deps.clock.wall())
    await until(lambda: any(m.text == "A notice" for m in eve.bot_messages), what="the notice")
