"""The bot works in private chats only: added to a group, it would otherwise ask a buyer
for their e-mail and phone where the whole group reads them.

Runs before every other handler (group -2, before `load_reader`, so nobody in a group
gets a user row or a flow state from it). In a group, a command, a mention of the bot
or a button gets one line pointing to the private chat; any other group message is
left alone, and nothing else runs for any of them.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.i18n import N_
from handlers.context import FairApplication, FairContext

GROUP = -2
POINTER = N_("I answer in a private chat only, where your details stay yours: {link}")
log = logging.getLogger(__name__)


async def private_only(update: object, context: FairContext) -> None:
    chat = update.effective_chat if isinstance(update, Update) else None
    if not isinstance(update, Update) or chat is None or chat.type == ChatType.PRIVATE:
        return
    deps = context.deps
    user = update.effective_user
    t = deps.i18n.translator(deps.i18n.negotiate(user.language_code if user else None))
    link = f"https://t.me/{context.bot.username}"
    message = update.effective_message
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(t.plain(POINTER, link=link), show_alert=True)
        elif message is not None and _addressed(message.text or "", context.bot.username):
            await context.bot.send_message(
                chat.id,
                t.paragraphs(t.format(POINTER, link=link)),
                reply_to_message_id=message.message_id,
            )
    except TelegramError as error:  # the group may have muted the bot: nothing to do
        log.warning("no answer in group %s: %s", chat.id, error)
    raise ApplicationHandlerStop


def _addressed(text: str, username: str) -> bool:
    """A command, or text naming the bot: what Telegram passes on in privacy mode."""
    return text.startswith("/") or f"@{username}".lower() in text.lower()


def register(app: FairApplication) -> None:
    app.add_handler(TypeHandler(Update, private_only), group=GROUP)
