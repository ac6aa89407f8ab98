"""A real ``telegram.Bot`` against the double, and the user side seeing what it did."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import telegram
from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from telegram.error import BadRequest, Forbidden

from bot.telegram_double import BotApiDouble, DoubleUser
from bot.telegram_double.media import tiny_png

KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("English 🇬🇧", callback_data="lang:en")],
        [InlineKeyboardButton("Site", url="https://example.com")],
    ]
)


async def test_get_me_describes_the_bot(bot: telegram.Bot, double: BotApiDouble) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.is_bot, me.first_name) == (
        123456,
        "FairConciergeBot",
        True,
        "Fair Concierge",
    )
    assert double.calls("getMe")


async def test_html_message_reaches_the_user(bot: telegram.Bot, alice: DoubleUser) -> None:
    sent = await bot.send_message(
        1001,
        "<b>Welcome</b>, 😀 <i>Alice</i>! See /help",
        parse_mode="HTML",
        reply_markup=KEYBOARD,
    )
    assert sent.text == "Welcome, 😀 Alice! See /help"
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 0, 7),
        ("italic", 12, 5),
        ("bot_command", 23, 5),
    ]
    assert sent.from_user is not None
    assert sent.from_user.is_bot and sent.chat.id == 1001 and sent.message_id == 1
    assert sent.reply_markup == KEYBOARD
    message = alice.last
    assert message is not None and message.from_bot
    assert message.text == "Welcome, 😀 Alice! See /help"
    assert message.html == "<b>Welcome</b>, 😀 <i>Alice</i>! See /help"
    assert message.reply_markup == KEYBOARD.to_dict()


async def test_dates_follow_the_double_clock(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    double.clock = lambda: datetime(2030, 5, 17, 9, 30, tzinfo=UTC)
    sent = await bot.send_message(1001, "hi")
    assert sent.date == datetime(2030, 5, 17, 9, 30, tzinfo=UTC)


async def test_photo_and_document_round_trip(bot: telegram.Bot, alice: DoubleUser) -> None:
    png = tiny_png(1000, 600)
    photo_message = await bot.send_photo(
        1001, photo=png, caption="<b>Hall A</b>", parse_mode="HTML"
    )
    sizes = photo_message.photo
    assert (sizes[-1].width, sizes[-1].height) == (1000, 600)
    assert [s.width for s in sizes] == [90, 320, 800, 1000]
    assert photo_message.caption == "Hall A" and photo_message.caption_entities[0].type == "bold"
    file = await bot.get_file(sizes[-1].file_id)
    assert bytes(await file.download_as_bytearray()) == png
    assert alice.last is not None and alice.last.photo == png and alice.last.text == "Hall A"

    again = await bot.send_photo(1001, photo=sizes[-1].file_id)
    assert again.photo[-1].file_id == sizes[-1].file_id

    with pytest.raises(BadRequest, match=r"(?i)wrong file identifier/http url specified"):
        await bot.send_photo(1001, photo="no-such-file-id")

    doc = await bot.send_document(1001, document=b"a,b\n1,2\n", filename="list.csv")
    assert doc.document is not None
    assert doc.document.file_name == "list.csv" and doc.document.file_size == 8
    last = alice.last
    assert last is not None and last.document == b"a,b\n1,2\n"
    assert last.document_name == "list.csv"


async def test_user_photo_can_be_downloaded_by_the_bot(
    bot: telegram.Bot, alice: DoubleUser
) -> None:
    sent = await alice.send_photo()
    updates = await bot.get_updates()
    message = updates[-1].message
    assert message is not None
    photo = message.photo[-1]
    assert message.message_id == sent.message_id
    data = await (await bot.get_file(photo.file_id)).download_as_bytearray()
    assert bytes(data) == sent.photo


async def test_edits_keep_history_and_reply_sees_them(
    bot: telegram.Bot, alice: DoubleUser
) -> None:
    sent = await bot.send_message(1001, "Pick a language", reply_markup=KEYBOARD)
    query_id = await alice.press("English")
    query = (await bot.get_updates())[-1].callback_query
    assert query is not None and query.message is not None
    assert query.id == query_id and query.data == "lang:en"
    assert query.message.message_id == sent.message_id
    assert query.from_user.id == 1001
    await bot.answer_callback_query(query_id, text="Saved", show_alert=True)
    edited = await bot.edit_message_text(
        "Language: English", chat_id=1001, message_id=sent.message_id
    )
    assert isinstance(edited, telegram.Message)  # True is only for inline messages
    assert edited.edit_date is not None and edited.reply_markup is None
    reply = await alice.reply(timeout=2)
    assert reply.message_id == sent.message_id and reply.text == "Language: English"
    assert reply.edited and reply.history[0].text == "Pick a language"
    answer = alice.callback_answers[query_id]
    assert (answer.text, answer.show_alert) == ("Saved", True)

    await bot.edit_message_reply_markup(1001, sent.message_id, reply_markup=KEYBOARD)
    assert alice.last is not None and alice.last.buttons[0]["callback_data"] == "lang:en"
    assert await bot.delete_message(1001, sent.message_id)
    assert alice.messages[0].deleted and alice.last is None


async def test_reply_keyboards_and_contacts(bot: telegram.Bot, alice: DoubleUser) -> None:
    keyboard = ReplyKeyboardMarkup(
        [[KeyboardButton("Share phone", request_contact=True)], ["Skip"]], one_time_keyboard=True
    )
    await bot.send_message(1001, "Your phone?", reply_markup=keyboard)
    assert alice.reply_keyboard_labels == ["Share phone", "Skip"]
    await alice.send_contact("+49 30 1234567")
    shared = (await bot.get_updates())[-1].message
    assert shared is not None and shared.contact is not None
    contact = shared.contact
    assert (contact.phone_number, contact.user_id) == ("+49 30 1234567", 1001)
    assert alice.current_reply_keyboard is None  # one-time keyboard hidden after use
    await bot.send_message(1001, "Menu", reply_markup=keyboard)
    await bot.send_message(1001, "Bye", reply_markup=ReplyKeyboardRemove())
    assert alice.current_reply_keyboard is None


async def test_user_updates_look_like_telegram(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    await alice.send_command("start", "ref-42")
    await alice.send_sticker()
    other = await alice.send_contact("+1 555", own=False, first_name="Bob")
    updates = await bot.get_updates()
    command, sticker, contact = (update.message for update in updates[:3])
    assert command is not None and command.from_user is not None
    assert command.text == "/start ref-42" and command.from_user.language_code == "en"
    assert command.entities[0].type == "bot_command" and command.entities[0].length == 6
    assert sticker is not None and sticker.sticker is not None
    assert sticker.sticker.emoji == "👍"
    assert contact is not None and contact.contact is not None
    assert contact.contact.user_id != 1001 and other.kind == "contact"
    assert [u.update_id for u in updates] == sorted({u.update_id for u in updates})
    assert double.spec_violations == []


async def test_refusals_use_telegram_words(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    cases = [
        (lambda: bot.send_message(1001, ""), "message text is empty"),
        (lambda: bot.send_message(1001, "  \n "), "message text is empty"),
        (lambda: bot.send_message(1001, "x" * 4097), "message is too long"),
        (
            lambda: bot.send_message(1001, "<b>x</b>" + "y" * 4096, parse_mode="HTML"),
            "message is too long",
        ),
        (
            lambda: bot.send_photo(1001, tiny_png(), caption="c" * 1025),
            "message caption is too long",
        ),
        (
            lambda: bot.send_message(1001, "Hello<foo>", parse_mode="HTML"),
            'can\'t parse entities: unsupported start tag "foo" at byte offset 5',
        ),
        (
            lambda: bot.send_message(1001, "<b>bold", parse_mode="HTML"),
            'can\'t find end tag corresponding to start tag "b"',
        ),
        (lambda: bot.send_message(1001, "1 < 2", parse_mode="HTML"), 'unsupported start tag ""'),
        (
            lambda: bot.send_message(
                1001,
                "x",
                reply_markup=InlineKeyboardMarkup(
                    [[InlineKeyboardButton("x", callback_data="d" * 65)]]
                ),
            ),
            "button_data_invalid",
        ),
        (
            lambda: bot.send_message(
                1001, "x", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x")]])
            ),
            "text buttons are unallowed",
        ),
        (
            lambda: bot.send_message(
                1001,
                "x",
                reply_markup=InlineKeyboardMarkup(
                    [[InlineKeyboardButton("x", callback_data="a", url="https://a.com")]]
                ),
            ),
            "exactly one of the optional fields",
        ),
        (lambda: bot.send_message(999, "x"), "chat not found"),
        (
            lambda: bot.edit_message_text("x", chat_id=1001, message_id=77),
            "message to edit not found",
        ),
        (lambda: bot.delete_message(1001, 77), "message to delete not found"),
        (
            lambda: bot.answer_callback_query("123"),
            "query is too old and response timeout expired or query id is invalid",
        ),
        (lambda: bot.send_photo(1001, b"not an image"), "image_process_failed"),
    ]
    for call, text in cases:
        with pytest.raises(BadRequest) as info:
            await call()
        assert info.value.message.lower() == text or text in info.value.message.lower(), text
    assert await bot.send_message(1001, "x" * 4096)
    assert await bot.send_message(1001, "Tom & Jerry > 1", parse_mode="HTML")
    assert alice.last is not None and alice.last.text == "Tom & Jerry > 1"


async def test_not_modified_and_stale_callback(bot: telegram.Bot, alice: DoubleUser) -> None:
    sent = await bot.send_message(1001, "<b>Same</b>", parse_mode="HTML", reply_markup=KEYBOARD)
    with pytest.raises(
        BadRequest,
        match=r"(?i)^message is not modified: specified new message "
        r"content and reply markup are exactly the same",
    ):
        await bot.edit_message_text(
            "<strong>Same</strong>",
            chat_id=1001,
            message_id=sent.message_id,
            parse_mode="HTML",
            reply_markup=KEYBOARD,
        )
    query_id = await alice.press("English", message_id=sent.message_id)
    assert await bot.answer_callback_query(query_id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(query_id)  # only once


async def test_blocked_user_gives_forbidden(
    double: BotApiDouble, bot: telegram.Bot, alice: DoubleUser
) -> None:
    double.block(1001)
    with pytest.raises(Forbidden, match="Forbidden: bot was blocked by the user"):
        await bot.send_message(1001, "promo")
    await alice.send_text("I'm back")  # writing to the bot lifts the block
    assert await bot.send_message(1001, "welcome back")
    stranger = double.add_user(2002, "Zed", started=False)
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(2002, "hello")
    assert stranger.messages == []
