"""The one "slow down" a flooding user gets (the update processor drops the rest).

It runs outside the handler chain, in place of the update that went over the
limit, so it looks up the reader's language itself: the stored one, else the
one Telegram reports.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot.services import users
from handlers.context import DEPS_KEY, FairApplication

log = logging.getLogger(__name__)


async def slow_down(app: FairApplication, update: Update) -> None:
    """Tell the user, once per burst, that they are going too fast."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or (chat is None and update.callback_query is None):
        return  # an inline query has nowhere to show a notice
    deps = app.bot_data[DEPS_KEY]
    async with deps.db.read() as session:
        language = await users.language_of(session, user.id)
    t = deps.i18n.translator(language or deps.i18n.negotiate(user.language_code))
    text = t.gettext(
        "You are sending messages too fast. Please wait a few seconds, then try again."
    )
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text, show_alert=True)
        elif chat is not None:
            await app.bot.send_message(chat.id, t.paragraphs(text))
    except TelegramError as error:
        log.warning("could not tell user %s to slow down: %s", user.id, error)
