"""setWebhook and delivery to it: the secret header, per-chat order, concurrency, retries."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable

import pytest
import telegram
from aiohttp import web

from bot.telegram_double import BotApiDouble
from tests.auxil.wait import until

HOOK = "https://bot.fair.invalid/telegram"
SECRET = "s3cret_Token-1"


class Receiver:
    """A webhook server that records what arrives and answers as `answer` says."""

    def __init__(self, hold: float = 0.0) -> None:
        self.hold = hold
        self.received: list[tuple[int, int, str | None]] = []  # update id, chat id, secret
        self.answer: Callable[[int], int] = lambda update_id: 200
        self.open_per_chat: dict[int, int] = {}
        self.overlap_same_chat = False
        self.most_open = 0
        self._open = 0
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/telegram", self._hook)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{port}"

    async def stop(self) -> None:
        assert self._runner is not None
        await self._runner.cleanup()

    async def _hook(self, request: web.Request) -> web.Response:
        update = json.loads(await request.read())
        chat = update["message"]["chat"]["id"]
        self.received.append(
            (update["update_id"], chat, request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        self.open_per_chat[chat] = self.open_per_chat.get(chat, 0) + 1
        self.overlap_same_chat |= self.open_per_chat[chat] > 1
        self._open += 1
        self.most_open = max(self.most_open, self._open)
        try:
            await asyncio.sleep(self.hold)
        finally:
            self._open -= 1
            self.open_per_chat[chat] -= 1
        return web.Response(status=self.answer(update["update_id"]))


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    server = Receiver(hold=0.05)
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def hooked(receiver: Receiver) -> AsyncIterator[BotApiDouble]:
    server = BotApiDouble(hosts={"bot.fair.invalid": receiver.url})
    server.delivery.retry_delay = 0.05
    await server.start()
    yield server
    await server.stop()
    assert server.spec_violations == [] and server.internal_errors == []


@pytest.fixture
async def client(hooked: BotApiDouble) -> AsyncIterator[telegram.Bot]:
    async with telegram.Bot(hooked.token, base_url=hooked.bot_url) as bot:
        yield bot


async def test_set_webhook_is_checked_and_shown_without_its_secret(client: telegram.Bot) -> None:
    with pytest.raises(telegram.error.BadRequest, match=r"(?i)https url"):
        await client.set_webhook("http://bot.fair.invalid/telegram")
    with pytest.raises(telegram.error.BadRequest, match=r"(?i)secret token"):
        await client.set_webhook(HOOK, secret_token="not allowed!")
    assert await client.set_webhook(
        HOOK, secret_token=SECRET, max_connections=5, allowed_updates=["message"]
    )
    assert await client.set_webhook(HOOK, secret_token=SECRET, max_connections=5)  # again: fine
    info = await client.get_webhook_info()
    assert (info.url, info.max_connections, info.pending_update_count) == (HOOK, 5, 0)
    assert "secret" not in json.dumps(info.to_dict())
    with pytest.raises(telegram.error.Conflict, match="webhook is active"):
        await client.get_updates()
    assert await client.delete_webhook()
    assert (await client.get_webhook_info()).url == ""
    assert await client.get_updates() == ()


async def test_updates_are_posted_with_the_secret_in_order_per_chat_and_concurrently(
    hooked: BotApiDouble, client: telegram.Bot, receiver: Receiver
) -> None:
    users = [hooked.add_user(2000 + n, f"Buyer {n}") for n in range(4)]
    await client.set_webhook(HOOK, secret_token=SECRET, max_connections=10)
    for round_ in range(3):
        for user in users:
            await user.send_text(f"message {round_}")
    await until(lambda: len(receiver.received) == 12)
    assert {secret for _, _, secret in receiver.received} == {SECRET}
    for user in users:
        ids = [u for u, chat, _ in receiver.received if chat == user.chat.id]
        assert ids == sorted(ids) and len(ids) == 3
    assert not receiver.overlap_same_chat  # one chat's updates strictly one after another
    assert receiver.most_open > 1  # different chats at once
    await until(lambda: hooked.world.updates.pending == 0)


async def test_max_connections_one_delivers_one_at_a_time(
    hooked: BotApiDouble, client: telegram.Bot, receiver: Receiver
) -> None:
    users = [hooked.add_user(3000 + n, f"Buyer {n}") for n in range(3)]
    await client.set_webhook(HOOK, max_connections=1)
    for user in users:
        await user.send_text("hi")
    await until(lambda: len(receiver.received) == 3)
    assert receiver.most_open == 1
    assert [secret for _, _, secret in receiver.received] == [None] * 3


async def test_a_refused_update_is_sent_again_and_its_chat_waits_for_it(
    hooked: BotApiDouble, client: telegram.Bot, receiver: Receiver
) -> None:
    alice = hooked.add_user(4001, "Alice")
    refusals = [1, 1]  # update 1 is answered 503 twice

    def answer(update_id: int) -> int:
        if update_id in refusals:
            refusals.remove(update_id)
            return 503
        return 200

    receiver.answer = answer
    await client.set_webhook(HOOK, secret_token=SECRET)
    await alice.send_text("first")
    await alice.send_text("second")
    await until(lambda: hooked.delivery.delivered() == [1, 2])
    assert [u for u, _, _ in receiver.received] == [1, 1, 1, 2]
    info = await client.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 503 Service Unavailable"
    assert info.pending_update_count == 0


async def test_an_unreachable_webhook_keeps_the_updates_for_get_updates(
    hooked: BotApiDouble, client: telegram.Bot
) -> None:
    alice = hooked.add_user(5001, "Alice")
    await client.set_webhook("https://nowhere.invalid/hook")
    await alice.send_text("hello")
    await until(lambda: len(hooked.delivery.attempts) >= 2)  # tried, and tried again
    info = await client.get_webhook_info()
    assert info.pending_update_count == 1 and info.last_error_message
    await client.delete_webhook()
    [update] = await client.get_updates()
    assert update.message is not None and update.message.text == "hello"
