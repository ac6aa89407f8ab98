"""Sending replies: every message in the reader's direction, optional calls guarded.

Optional Bot API calls (a photo, a chat action, a callback answer) may fail on a
minimal or misbehaving server; they are logged and the flow goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.error import BadRequest, TelegramError, TimedOut

from bot.i18n import N_, Translator
from bot.telegram_html import parse_html, utf16_len
from handlers.context import FairContext

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096  # what Telegram takes in one message, counted after its HTML is parsed

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | None


def inline(rows: Sequence[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """An inline keyboard from rows of (label, callback data)."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def shown_length(t: Translator, text: str) -> int:
    """How long `text` (HTML) is as Telegram counts it, once `send` has laid it out for `t`.

    Counted in UTF-16 code units, never fewer than characters, so a text that fits
    here fits whichever way Telegram counts.
    """
    plain, _ = parse_html(t.paragraphs(text))
    return utf16_len(plain.strip())


async def send(update: Update, context: FairContext, text: str, markup: Markup = None) -> Message:
    """Send `text` (HTML) to the update's chat, in the reader's direction."""
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_message(chat.id, context.t.paragraphs(text), reply_markup=markup)


async def edit(
    query: CallbackQuery, context: FairContext, text: str, markup: InlineKeyboardMarkup | None
) -> None:
    """Replace the text of the message a button sits on; send anew where that fails."""
    message = query.message
    try:
        if isinstance(message, Message):
            await message.edit_text(context.t.paragraphs(text), reply_markup=markup)
            return
    except BadRequest as error:
        if "not modified" in str(error):
            return
        log.warning("editMessageText failed, sending a new message instead: %s", error)
    await context.bot.send_message(
        query.from_user.id, context.t.paragraphs(text), reply_markup=markup
    )


async def edit_markup(
    query: CallbackQuery, context: FairContext, markup: InlineKeyboardMarkup | None
) -> None:
    """Change only the buttons under a message (a toggle, a sub-menu)."""
    message = query.message
    if not isinstance(message, Message):
        return
    try:
        await message.edit_reply_markup(reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in str(error):
            log.warning("editMessageReplyMarkup failed: %s", error)


def may_have_arrived(error: TelegramError) -> bool:
    """A call that timed out may still have been carried out: Telegram finishes what it
    began whatever happens to the connection. Its fallback (a text card for a photo, an
    apology for a reply) would then say things twice, so it is not sent."""
    return isinstance(error, TimedOut)


STALE_BUTTON = N_("This button is from an older message. Please use the latest one.")


async def stale(query: CallbackQuery, context: FairContext) -> None:
    """The answer to a button from an older message: it changed nothing."""
    await answer(query, context.t.gettext(STALE_BUTTON), alert=True)


async def answer(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    """Stop the button's spinner, with a short notice when there is something to say."""
    try:
        await query.answer(text, show_alert=alert)
    except TelegramError as error:
        log.warning("answerCallbackQuery failed: %s", error)
