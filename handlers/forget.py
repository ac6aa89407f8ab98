"""/forget: delete the buyer's personal data after an explicit confirmation.

The confirmation buttons carry the time they were made and expire, so an old
message scrolled into view cannot delete anything by accident.
"""

from __future__ import annotations

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.services import buyers
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, edit, inline, send

CONFIRM_SECONDS = 15 * 60


async def forget_command(update: Update, context: FairContext) -> None:
    """/forget: ask before deleting anything."""
    t = context.t
    issued = str(int(context.deps.clock.now().timestamp()))
    await send(
        update,
        context,
        t.gettext(
            "Delete your personal data? Your name, company, e-mail, phone and e-badge will be "
            "erased and cannot be recovered. Your registration in progress, if any, too."
        ),
        inline(
            [
                [(t.gettext("Yes, delete my data"), pack("f.yes", issued))],
                [(t.gettext("No, keep it"), pack("f.no", issued))],
            ]
        ),
    )


async def on_forget(update: Update, context: FairContext) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    now = deps.clock.now()
    if (
        not callback.arg.isdigit()
        or not 0 <= now.timestamp() - int(callback.arg) <= CONFIRM_SECONDS
    ):
        await answer(query, t.gettext("This button has expired. Send /forget again."), alert=True)
        return
    await answer(query)
    if callback.action == "f.no":
        await edit(query, context, t.gettext("Nothing was deleted."), None)
        return
    async with deps.db.write() as session:
        deleted = await buyers.forget(session, query.from_user.id)
    text = (
        t.gettext(
            "Your personal data has been deleted. Send /register if you want to register again."
        )
        if deleted
        else t.gettext("There is no personal data of yours to delete.")
    )
    await edit(query, context, text, None)
    if deleted:
        await send(update, context, t.gettext("Goodbye for now."), ReplyKeyboardRemove())


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("forget", forget_command))
    app.add_handler(CallbackQueryHandler(on_forget, pattern=pattern("f.yes", "f.no")))
