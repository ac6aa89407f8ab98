"""Every implemented method answers in the spec's shape (no spec violations)."""

from __future__ import annotations

import telegram
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    MenuButtonCommands,
    MenuButtonWebApp,
    WebAppInfo,
)

from bot.telegram_double import BotApiDouble, DoubleUser
from bot.telegram_double.media import tiny_png
from bot.telegram_double.spec import IMPLEMENTED_METHODS

BUTTON = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])


async def test_every_method_answers_per_spec(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    await bot.get_me()
    assert await bot.set_webhook("https://example.com/hook", secret_token="s3cret")
    info = await bot.get_webhook_info()
    assert info.url == "https://example.com/hook"
    assert await bot.delete_webhook(drop_pending_updates=True)
    await alice.send_command("start")
    await alice.send_photo(caption="my badge")
    updates = await bot.get_updates()
    assert len(updates) == 2

    message = await bot.send_message(
        1001, "<b>Hi</b> there", parse_mode="HTML", reply_markup=BUTTON, reply_to_message_id=1
    )
    assert message.reply_to_message is not None and message.reply_to_message.text == "/start"
    await bot.edit_message_text(
        "Hello", chat_id=1001, message_id=message.message_id, reply_markup=BUTTON
    )
    await bot.edit_message_reply_markup(1001, message.message_id, reply_markup=None)
    photo = await bot.send_photo(1001, tiny_png(), caption="old")
    await bot.edit_message_caption(1001, photo.message_id, caption="<i>new</i>", parse_mode="HTML")
    await bot.send_document(1001, b"%PDF-1.4", filename="plan.pdf")
    assert await bot.send_chat_action(1001, "typing")
    assert await bot.delete_message(1001, message.message_id)
    query_id = await alice.press_data(message.message_id, "go")  # deleted: inaccessible
    assert await bot.answer_callback_query(query_id, text="ok")
    [pressed] = await bot.get_updates(offset=updates[-1].update_id + 1)
    assert pressed.callback_query is not None and pressed.callback_query.message is not None
    assert not pressed.callback_query.message.is_accessible  # PTB: a Message with date 0

    for language in ("en", "de", ""):
        assert await bot.set_my_commands(
            [BotCommand("start", f"Start {language}")], language_code=language or None
        )
    assert await bot.set_my_commands([BotCommand("help", "Help")], scope=BotCommandScopeChat(1001))
    assert [c.description for c in await bot.get_my_commands(language_code="de")] == ["Start de"]
    assert await bot.get_my_commands(scope=BotCommandScopeAllPrivateChats()) == ()
    assert await bot.delete_my_commands(language_code="de")
    assert await bot.get_my_commands(language_code="de") == ()
    langs = [p.get("language_code") for p in double.calls("setMyCommands")]
    assert langs == ["en", "de", None, None]

    assert await bot.set_chat_menu_button(menu_button=MenuButtonCommands())
    assert await bot.set_chat_menu_button(
        1001, MenuButtonWebApp("Catalog", WebAppInfo("https://example.com/app"))
    )
    assert isinstance(await bot.get_chat_menu_button(1001), MenuButtonWebApp)

    inline_id = await alice.send_inline_query("booth")
    assert await bot.answer_inline_query(
        inline_id,
        [InlineQueryResultArticle("r1", "Booth A1", InputTextMessageContent("Hall A, booth 1"))],
    )
    answer = alice.inline_answer(inline_id)
    assert answer is not None and answer["results"][0]["id"] == "r1"

    chat = await bot.get_chat(1001)
    assert chat.first_name == "Alice" and chat.username == "alice_buyer"
    photo_update = updates[1].message
    assert photo_update is not None
    file = await bot.get_file(photo_update.photo[-1].file_id)
    assert file.file_size
    assert await bot.log_out()
    assert await bot.close()

    assert {m for m, _ in double.requests} >= set(IMPLEMENTED_METHODS)
    assert double.spec_violations == []


async def test_an_inline_answer_is_served_from_the_cache_as_telegram_does(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    bob = double.add_user(1002, "Bob")
    shared = await alice.send_inline_query("booth")
    updates = await bot.get_updates()
    article = InlineQueryResultArticle("r1", "Booth A1", InputTextMessageContent("Hall A"))
    assert await bot.answer_inline_query(shared, [article], cache_time=30)
    again = await bob.send_inline_query("booth")  # the same words: Telegram's cached answer
    assert bob.inline_answer(again) == alice.inline_answer(shared)
    assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()

    own = await alice.send_inline_query("hall")
    assert await bot.answer_inline_query(own, [article], cache_time=30, is_personal=True)
    asked = await bob.send_inline_query("hall")  # a personal answer is for its asker only
    assert bob.inline_answer(asked) is None
    asked_by = [u.inline_query.query for u in await bot.get_updates() if u.inline_query]
    assert asked_by == ["hall", "hall"]
