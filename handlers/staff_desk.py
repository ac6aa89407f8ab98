"""The staff desk: /desk (and /start, /help for linked staff) shows the staff menu.

The menu's buttons come from `handlers.staff_menu`; this module adds the two every
member has: Inbox (the same as /inbox) and Availability (available or away; away
staff get no alert for a new conversation). The availability button carries the
state it asks for, so a double tap or an old button sets nothing twice, and the
presser's link is checked again on every press.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.errors import NotStaff
from bot.i18n import N_
from bot.services import staff
from bot.services.staff import Link
from handlers import handoff, staff_menu
from handlers import staff_desk_views as views
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import refuse
from handlers.replies import answer, edit, inline, send

NOT_STAFF = N_("This command is for exhibitor staff. Ask the fair's organizers for an invitation.")


async def show(update: Update, context: FairContext) -> bool:
    """The staff menu for a linked member, in their language; False for anyone else."""
    t, link = context.t, await _link(update, context)
    if link is None:
        return False
    await send(update, context, views.desk(t, link), staff_menu.keyboard(t, link.role))
    return True


async def desk_command(update: Update, context: FairContext) -> None:
    """/desk: the staff menu, or who it is for."""
    if not await show(update, context):
        await send(update, context, context.t.gettext(NOT_STAFF))


async def staff_help(update: Update, context: FairContext) -> bool:
    """/help for a linked member: the staff commands over the staff menu; False for others."""
    t, link = context.t, await _link(update, context)
    if link is None:
        return False
    text = t.gettext(views.STAFF_HELP) + "\n" + t.gettext(views.STAFF_TOOLS)
    await send(update, context, text, staff_menu.keyboard(t, link.role))
    return True


async def availability(update: Update, context: FairContext) -> None:
    """The Availability entry: the member's state and the button that changes it."""
    link = await _link(update, context)
    if link is None:
        await refuse(update, context, NotStaff())
        return
    text, rows = views.availability(context.t, link.available)
    await send(update, context, text, inline(rows))


async def on_availability(update: Update, context: FairContext) -> None:
    """Set me available / away: set the state the button carries and show the new one."""
    deps = context.deps
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    wanted = callback.arg == "1"
    try:
        async with deps.db.write() as session:
            await staff.set_available(session, query.from_user.id, wanted)
    except NotStaff as refused:
        await refuse(update, context, refused)
        return
    await answer(query)
    text, rows = views.availability(context.t, wanted)
    await edit(query, context, text, inline(rows))


async def _link(update: Update, context: FairContext) -> Link | None:
    user = update.effective_user
    assert user is not None
    async with context.deps.db.read() as session:
        return await staff.get(session, user.id)


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("desk", desk_command))
    app.add_handler(CallbackQueryHandler(on_availability, pattern=pattern(views.AVAILABILITY)))
    staff_menu.add(staff_menu.Entry("inbox", views.INBOX, 10, handoff.inbox_command))
    staff_menu.add(staff_menu.Entry("avail", views.AVAILABILITY_LABEL, 50, availability))
