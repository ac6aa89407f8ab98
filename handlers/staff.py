"""Exhibitor staff: organizers invite (/invite), staff link (/staff or the link) and /unlink.

An invitation makes an agent unless the organizer says manager (`/invite EX0001
manager`); a manager then invites the exhibitor's agents from the staff menu.

The organizer check runs on every call against settings.admin_ids, so removing
an id from ADMIN_IDS takes effect at the next restart without any stored role.
"""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.domain import StaffRole
from bot.errors import AlreadyStaff, InvalidInvite, LastManager, UnknownExhibitor
from bot.i18n import N_, Translator
from bot.services import deeplinks, staff, team
from bot.services.product_cards import localized
from bot.services.staff import Invite
from handlers import staff_desk
from handlers.access import organizers_only
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.fair_clock import on_clock
from handlers.refusals import refuse
from handlers.replies import answer, edit, inline, send, stale

ROLE_LINES = {
    StaffRole.AGENT: N_("Role: agent (answers buyers)."),
    StaffRole.MANAGER: N_("Role: manager (answers buyers, invites and removes agents)."),
}
ROLES = {"agent": StaffRole.AGENT, "manager": StaffRole.MANAGER}
CHOSEN = "st.inv"
MAX_CHOICES = 8


async def invite_command(update: Update, context: FairContext) -> None:
    """/invite EXHIBITOR [agent|manager] (organizers only): a single-use staff invitation,
    link and code. EXHIBITOR is an ID, or words of the exhibitor's name: one match is
    invited at once, several are offered as buttons."""
    deps, t = context.deps, context.t
    if not await organizers_only(update, context):
        return
    args = context.args or []
    named_role = ROLES.get(args[-1].lower()) if len(args) > 1 else None
    role = named_role or StaffRole.AGENT
    wanted = " ".join(args[:-1] if named_role else args)[:100]
    found: list[tuple[str, dict[str, str]]] = []
    invite: Invite | None = None
    async with deps.db.write() as session:
        if wanted:
            found = await staff.exhibitors_for(session, wanted)
        if not found and len(args) > 1 and await staff.is_exhibitor(session, args[0]):
            wanted = ""  # an ID followed by a role that is none: how to write it
        if len(found) == 1:
            invite = await staff.invite(session, found[0][0], deps.clock.now(), role)
    if not wanted:
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
    elif invite is not None:
        await send(update, context, invitation(context, invite))
    elif not found:
        await refuse(update, context, UnknownExhibitor(wanted))
    else:
        await send(update, context, *_choices(t, found, role))


def _choices(
    t: Translator, named: list[tuple[str, dict[str, str]]], role: StaffRole
) -> tuple[str, InlineKeyboardMarkup]:
    """Several exhibitors answer to the name: which one (a button each, with its ID)."""
    rows = [
        [(f"{localized(names, t.code, exhibitor_id)} ({exhibitor_id})"[:64],
          pack(CHOSEN, f"{exhibitor_id}:{role.value}"))]
        for exhibitor_id, names in named[:MAX_CHOICES]
    ]  # fmt: skip
    text = t.gettext("Several exhibitors have that name. Which one do you mean?")
    if len(named) > MAX_CHOICES:
        text += "\n" + t.gettext("More have it too: type more of the name, or the ID.")
    return text, inline(rows)


async def on_chosen(update: Update, context: FairContext) -> None:
    """The organizer picked one of the exhibitors of a name: its invitation, in place."""
    query = update.callback_query
    assert query is not None
    if not await organizers_only(update, context):
        return
    callback = unpack(query.data)
    assert callback is not None
    exhibitor_id, _, role = callback.arg.rpartition(":")
    try:
        async with context.deps.db.write() as session:
            invite = await staff.invite(
                session, exhibitor_id, context.deps.clock.now(), StaffRole(role)
            )
    except (UnknownExhibitor, ValueError):
        await stale(query, context)
        return
    await answer(query)
    await edit(query, context, invitation(context, invite), None)


def invitation(context: FairContext, invite: Invite) -> str:
    """An invitation as its maker reads it: for whom, which role, until when, link and code."""
    t = context.t
    text = t.format(
        "Staff invitation: {exhibitor}\n"
        "It works once, until {expires}.\n"
        "Send them this link: {link}\n"
        "Or they send me: /staff {code}",
        exhibitor=localized(invite.exhibitor_names, t.code, invite.exhibitor_id),
        expires=on_clock(t, invite.expires_at, context.deps.settings.fair_timezone),
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
    app.add_handler(CallbackQueryHandler(on_chosen, pattern=pattern(CHOSEN)))
    app.add_handler(CommandHandler("staff", staff_command))
    app.add_handler(CommandHandler("unlink", unlink_command))
