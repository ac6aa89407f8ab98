"""A manager's team from the staff menu: Team (the list, Remove, confirm) and Invite an agent.

Every button runs the manager checks of `bot.services.team` again: a member who
lost the link or the role, a forged id or another exhibitor's member gets a
refusal and changes nothing. A Remove asks first; the confirmation removes, and
the member removed is told through the outbox (in the service's transaction).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.errors import LastManager, NothingToRevoke, NotStaff
from bot.services import staff, team
from handlers import staff_desk_views as views
from handlers import staff_menu
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, edit_markup, inline, send
from handlers.staff import invitation


async def team_list(update: Update, context: FairContext) -> None:
    """The Team entry: the exhibitor's staff, each with Remove."""
    deps = context.deps
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.read() as session:
            listed = await team.team(session, user.id)
    except NotStaff as refused:
        await refuse(update, context, refused, Place.TEAM)
        return
    text, rows = views.team(context.t, listed, deps.settings.fair_timezone, user.id)
    await send(update, context, text, inline(rows))


async def invite_agent(update: Update, context: FairContext) -> None:
    """The Invite entry: a single-use agent invitation for the manager's exhibitor."""
    deps = context.deps
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.write() as session:
            made = await team.invite_agent(session, user.id, deps.clock.now())
    except NotStaff as refused:
        await refuse(update, context, refused, Place.TEAM)
        return
    await send(update, context, invitation(context, made))


async def on_button(update: Update, context: FairContext) -> None:
    """Remove (asks), the confirmation (removes) or Cancel, each re-checked."""
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    me = query.from_user.id
    try:
        if callback.action == views.KEEP:
            async with deps.db.read() as session:
                await staff.require(session, me)
            await answer(query)
            await edit(query, context, t.gettext("No one was removed."), None)
            return
        if callback.action == views.REMOVE:
            async with deps.db.read() as session:
                member = await team.find(session, me, callback.arg)
                listed = await team.team(session, me)
            await answer(query)
            text, rows = views.question(t, listed.exhibitor(t.code), member, me)
            await send(update, context, text, inline(rows))
            return
        async with deps.db.write() as session:
            listed = await team.team(session, me)
            member = await team.remove(session, me, callback.arg, deps.i18n, deps.clock.wall())
    except (NotStaff, NothingToRevoke, LastManager) as refused:
        await refuse(update, context, refused, Place.TEAM)
        if callback.action == views.CONFIRM:
            await edit_markup(query, context, None)
        return
    await answer(query)
    await edit(query, context, views.removed(t, listed.exhibitor(t.code), member, me), None)


def register(app: FairApplication) -> None:
    app.add_handler(
        CallbackQueryHandler(on_button, pattern=pattern(views.REMOVE, views.CONFIRM, views.KEEP))
    )
    staff_menu.add(staff_menu.Entry("team", views.TEAM, 60, team_list, managers_only=True))
    staff_menu.add(staff_menu.Entry("invite", views.INVITE, 70, invite_agent, managers_only=True))
