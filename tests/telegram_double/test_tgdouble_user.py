"""The user side: waiting for replies, event logs, subscriptions, button lookup."""

from __future__ import annotations

import asyncio

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.telegram_double import BotApiDouble, DoubleUser


async def test_reply_returns_bot_messages_in_order(bot: telegram.Bot, alice: DoubleUser) -> None:
    await alice.send_text("hi")

    async def answer_later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(1001, "first")
        await bot.send_message(1001, "second")

    task = asyncio.create_task(answer_later())
    assert (await alice.reply(timeout=2)).text == "first"
    assert (await alice.reply(timeout=2)).text == "second"
    await task
    assert [m.from_bot for m in alice.messages] == [False, True, True]


async def test_reply_timeout_shows_the_transcript(alice: DoubleUser) -> None:
    await alice.send_text("anyone there?")
    with pytest.raises(AssertionError, match=r"(?s)no reply from the bot.*anyone there\?"):
        await alice.reply(timeout=0.1)


async def test_event_log_marks_and_predicates(bot: telegram.Bot, alice: DoubleUser) -> None:
    mark = alice.mark()
    assert await bot.send_chat_action(1001, "typing")
    event = await alice.wait_event(after=mark, timeout=1)
    assert (event.kind, event.data["action"], event.seq) == ("action", "typing", mark + 1)
    with pytest.raises(TimeoutError):
        await alice.wait_event(after=event.seq, timeout=0.05)
    asyncio.get_running_loop().call_later(
        0.05, lambda: asyncio.ensure_future(bot.send_message(1001, "done"))
    )
    found = await alice.wait_for(lambda u: u.last and u.last.text == "done" and u.last, 2)
    assert found.text == "done"


async def test_subscription_sees_every_chat(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    queue = double.subscribe()
    bob = double.add_user(2002, "Bob", language_code="de")
    await bob.send_text("hallo")
    await bot.send_message(1001, "to alice")
    events = [queue.get_nowait(), queue.get_nowait()]
    said = [(chat_id, e.kind, e.message and e.message.text) for chat_id, e in events]
    assert said == [
        (2002, "message", "hallo"),
        (1001, "message", "to alice"),
    ]
    double.unsubscribe(queue)
    await bot.send_message(2002, "not seen")
    assert queue.empty()
    assert double.user(2002) is bob


async def test_press_finds_buttons_and_refuses_url_buttons(
    bot: telegram.Bot, alice: DoubleUser
) -> None:
    await bot.send_message(
        1001,
        "old",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("Hall A (12 booths)", callback_data="hall:a")]]
        ),
    )
    await bot.send_message(
        1001,
        "new",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("Website", url="https://example.com")]]
        ),
    )
    query_id = await alice.press("Hall A")  # contains; found on the older message
    query = (await bot.get_updates())[-1].callback_query
    assert query is not None and isinstance(query.message, telegram.Message)
    assert query.id == query_id and query.data == "hall:a"
    assert query.message.text == "old"
    with pytest.raises(AssertionError, match="not a callback button"):
        await alice.press("Website")
    with pytest.raises(AssertionError, match="no inline button 'Nope'"):
        await alice.press("Nope")


async def test_press_prefers_an_exact_label_over_a_partial_one(
    bot: telegram.Bot, alice: DoubleUser
) -> None:
    await bot.send_message(
        1001,
        "consent?",
        reply_markup=InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("Yes", callback_data="y"),
                    InlineKeyboardButton("No", callback_data="n"),
                ]
            ]
        ),
    )
    await bot.send_message(
        1001,
        "profile",
        reply_markup=InlineKeyboardMarkup(
            [[InlineKeyboardButton("Nombre", callback_data="name")]]
        ),
    )
    await alice.press("No")
    query = (await bot.get_updates())[-1].callback_query
    assert query is not None and query.data == "n"
