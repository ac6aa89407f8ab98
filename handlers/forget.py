"""/forget: delete the buyer's personal data after an explicit confirmation.

What goes is `bot.services.privacy`'s business; a staff member in a live talk
with the buyer is told it is closed.

The confirmation buttons carry the time they were made and expire, so an old
message scrolled into view cannot delete anything by accident.
"""

from __future__ import annotations

from functools import partial

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.services import handoff_relay, privacy
from handlers import handoff_views
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.handoff import composer
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
        )
        + "\n\n"
        + t.gettext(
            "Also deleted: your meetings (their times are freed for others), saved products, "
            "searches, check-ins and rewards (codes not yet redeemed stop working), and your "
            "conversations with exhibitors (an open one is closed)."
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
        forgotten = await privacy.forget(session, query.from_user.id)
    text = (
        t.gettext(
            "Your personal data has been deleted. Send /register if you want to register again."
        )
        if forgotten.deleted
        else t.gettext("There is no personal data of yours to delete.")
    )
    await edit(query, context, text, None)
    if forgotten.deleted:
        await send(update, context, t.gettext("Goodbye for now."), ReplyKeyboardRemove())
    talk = forgotten.ended
    if talk is not None and talk.owner_id is not None:
        # about nobody: the notice names only the product, and the buyer is gone
        closed = composer(context, partial(handoff_views.closed_by_buyer, thread=talk))
        async with deps.db.write() as session:
            await handoff_relay.deliver(
                session, talk.owner_id, talk.id, closed, deps.clock.wall(), None
            )


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("forget", forget_command))
    app.add_handler(CallbackQueryHandler(on_forget, pattern=pattern("f.yes", "f.no")))
