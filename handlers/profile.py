"""/profile: the buyer's details, with a button to change each one."""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.errors import NotRegistered
from bot.services import buyers
from bot.services import registration as reg
from handlers import flow
from handlers import registration_views as views
from handlers.callbacks import pack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import inline, send


async def profile_command(update: Update, context: FairContext) -> None:
    """/profile: show every field; a flow under way stays where it was."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    if await flow.remind(update, context):
        return
    try:
        async with deps.db.read() as session:
            profile = await buyers.get(session, user.id)
    except NotRegistered as unregistered:
        await refuse(update, context, unregistered, Place.PROFILE)
        return
    lines = [
        "<b>" + t.format("Your profile · {code}", code=profile.buyer_code) + "</b>",
        "",
        *(
            f"{t.gettext(views.FIELD_LABELS[field])}: {value}"
            for field, value in views.field_values(t, reg.Draft.of(profile), deps.clock.now())
        ),
        "",
        t.gettext("Tap a field to change it. /forget deletes your data."),
    ]
    rows = [
        [(t.gettext(views.FIELD_LABELS[field]), pack("p.edit", field))] for field in reg.EDITABLE
    ]
    await send(update, context, "\n".join(lines), inline(rows))


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("profile", profile_command))
