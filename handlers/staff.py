"""Exhibitor staff: organizers invite (/invite), staff link (/staff or the link) and /unlink.

An invitation makes an agent unless the organizer says manager (`/invite EX0001
manager`); a manager then invites the exhibitor's agents from the staff menu.

The organizer check runs on every call against settings.admin_ids, so removing
an id from ADMIN_IDS takes effect at the next restart without any stored role.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.domain import StaffRole
from bot.errors import AlreadyStaff, InvalidInvite, LastManager, UnknownExhibitor
from bot.i18n import N_
from bot.services import deeplinks, staff, team
from bot.services.product_cards import localized
from bot.services.staff import Invite
from handlers import staff_desk
from handlers.access import organizers_only
from handlers.context import FairApplication, FairContext
from handlers.refusals import refuse
from handlers.replies import send

ROLE_LINES = {
    StaffRole.AGENT: N_("Role: agent (answers buyers)."),
    StaffRole.MANAGER: N_("Role: manager (answers buyers, invites and removes agents)."),
}
ROLES = {"agent": StaffRole.AGENT, "manager": StaffRole.MANAGER}


async def invite_command(update: Update, context: FairContext) -> None:
    """/invite EXHIBITOR_ID [agent|manager] (organizers only): a single-use staff invitation,
    link and code."""
    deps, t = context.deps, context.t
    if not await organizers_only(update, context):
        return
    args = context.args or []
    role = ROLES.get(args[1].lower()) if len(args) == 2 else StaffRole.AGENT
    if len(args) not in (1, 2) or role is None:
        await send(
            update,
            context,
            # Translators: "manager" after /invite is typed as it is: the command reads
            # the English word.
            t.gettext(
                "Send /invite followed by the exhibitor's ID, for example /invite EX0001. "
                "It invites an agent, who answers buyers; add manager (/invite EX0001 manager) "
                "for someone who also invites and removes the exhibitor's agents."
            ),
        )
        return
    try:
        async with deps.db.write() as session:
            invite = await staff.invite(session, args[0][:64], deps.clock.now(), role)
    except UnknownExhibitor as unknown:
        await refuse(update, context, unknown)
        return
    await send(update, context, invitation(context, invite))


def invitation(context: FairContext, invite: Invite) -> str:
    """An invitation as its maker reads it: for whom, which role, until when, link and code."""
    t = context.t
    text = t.format(
        "Staff invitation: {exhibitor}\n"
        "It works once, until {expires}.\n"
        "Send them this link: {link}\n"
        "Or they send me: /staff {code}",
        exhibitor=localized(invite.exhibitor_names, t.code, invite.exhibitor_id),
        expires=t.datetime(invite.expires_at, context.deps.settings.fair_timezone, "short"),
        link=deeplinks.staff_invitation(context.bot.username, invite.code),
        code=invite.code,
    )
    return text + "\n" + t.gettext(ROLE_LINES[invite.role])


async def staff_command(update: Update, context: FairContext) -> None:
    """/staff CODE: link this account to the exhibitor the invitation is for."""
    if len(context.args or []) != 1:
        await send(
            update,
            context,
            context.t.gettext("Send /staff followed by the invitation code you were given."),
        )
        return
    await link(update, context, (context.args or [""])[0])


async def link(update: Update, context: FairContext, code: str) -> None:
    """Redeem an invitation code (from /staff or a /start staff-... link), say the outcome and
    show the staff menu."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.write() as session:
            linked = await staff.link(session, user.id, code, deps.clock.now())
    except (InvalidInvite, AlreadyStaff) as refused:
        await refuse(update, context, refused)
        return
    text = t.format(
        "You are now staff of {exhibitor}. Buyers' conversations with {exhibitor} come "
        "to you here: claim them from the alerts or from /inbox. /unlink ends the link.",
        exhibitor=localized(linked.exhibitor_names, t.code, linked.exhibitor_id),
    )
    await send(update, context, text)
    await staff_desk.show(update, context)  # with how many conversations wait


async def unlink_command(update: Update, context: FairContext) -> None:
    """/unlink: end the staff link; conversations the member had claimed wait for colleagues.
    An exhibitor's last manager stays (see bot.services.team)."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    try:
        async with deps.db.write() as session:
            names = await team.leave(session, user.id)
    except LastManager as refused:
        await refuse(update, context, refused)
        return
    if names is None:
        await send(update, context, t.gettext("You are not linked to any exhibitor."))
        return
    await send(
        update,
        context,
        t.format(
            "You are no longer staff of {exhibitor}. Conversations you had claimed now wait "
            "for your colleagues.",
            exhibitor=localized(names, t.code, "?"),
        ),
    )


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("invite", invite_command))
    app.add_handler(CommandHandler("staff", staff_command))
    app.add_handler(CommandHandler("unlink", unlink_command))
