"""The error handler: log first, then apologise to the user in their language.

A call that timed out gets no apology: Telegram may well have delivered it.

An update that failed because the database could not be reached gets no apology:
it is marked for redelivery (`bot.redelivery`) and handled again once the
database is back.
"""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import TelegramError, TimedOut
from telegram.ext import ApplicationHandlerStop

from bot.redelivery import REDELIVERY_KEY, Redelivery
from bot.services import users
from handlers.context import FairApplication, FairContext

log = logging.getLogger(__name__)


async def on_error(update: object, context: FairContext) -> None:
    """Log the failure with the update id; the bot keeps serving everyone else."""
    update_id = update.update_id if isinstance(update, Update) else None
    redelivery: Redelivery | None = context.application.bot_data.get(REDELIVERY_KEY)
    if (
        update_id is not None
        and redelivery is not None
        and context.deps.db.unavailable(context.error)
    ):
        log.warning("database unavailable, update %s comes again: %s", update_id, context.error)
        redelivery.mark(update_id)
        raise ApplicationHandlerStop  # nothing else runs for it this time
    if isinstance(context.error, TimedOut):  # the reply may well have arrived
        log.warning("a call timed out while handling update %s: no apology", update_id)
        return
    log.error("error while handling update %s", update_id, exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    # The error handler gets a fresh context, without the reader's translator; the
    # failure may be the database's own, so the apology falls back to English.
    deps = context.deps
    user = update.effective_user
    language = None
    with contextlib.suppress(Exception):
        async with deps.db.read() as session:
            language = await users.language_of(session, user.id) if user else None
    t = deps.i18n.translator(language)
    try:
        if update.callback_query is not None:
            await update.callback_query.answer()
        await context.bot.send_message(
            update.effective_chat.id,
            t.paragraphs(t.gettext("Sorry, something went wrong on our side. Please try again.")),
        )
    except TelegramError as error:
        log.warning("could not send the apology for update %s: %s", update_id, error)


def register(app: FairApplication) -> None:
    app.add_error_handler(on_error)
