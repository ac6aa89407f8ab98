"""/language: the buyer picks the language everything is sent in, at any time."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.services import users
from handlers import flow
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, edit, inline, send


async def language_command(update: Update, context: FairContext) -> None:
    """/language: one button per shipped language, each in its own name."""
    i18n = context.deps.i18n
    rows = [[(i18n.native_name(code), pack("lang", code))] for code in i18n.codes]
    await send(update, context, context.t.gettext("Choose your language:"), inline(rows))


async def on_language(update: Update, context: FairContext) -> None:
    """Store the choice, answer in the new language, and resume any flow in it."""
    deps = context.deps
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    if callback.arg not in deps.i18n.codes:
        await answer(query, context.t.gettext("This button is not valid."), alert=True)
        return
    async with deps.db.write() as session:
        await users.set_language(session, query.from_user.id, callback.arg, deps.clock.now())
    context.t = deps.i18n.translator(callback.arg)
    await answer(query)
    await edit(
        query,
        context,
        context.t.format("Language: {language}", language=deps.i18n.native_name(callback.arg)),
        None,
    )
    await flow.remind(update, context)


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("language", language_command))
    app.add_handler(CallbackQueryHandler(on_language, pattern=pattern("lang")))
