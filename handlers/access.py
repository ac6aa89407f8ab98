"""Who may use what: the one organizer check, and the one offer to register.

The organizer check reads settings.admin_ids on every call (a command, a button, a
draft's next message), so an organizer removed from the settings loses access at
the next restart, whatever they had open. A buyer who is not registered gets the
same offer wherever registration comes first: why, and a Register button.
"""

from __future__ import annotations

from telegram import Update

from handlers.callbacks import pack
from handlers.context import FairContext
from handlers.replies import answer, inline, send


def is_organizer(update: Update, context: FairContext) -> bool:
    user = update.effective_user
    return user is not None and user.id in context.deps.settings.admin_ids


async def organizers_only(update: Update, context: FairContext) -> bool:
    """Whether the update comes from an organizer; anyone else is refused (an alert on
    a button, a reply to a message) and nothing changes."""
    if is_organizer(update, context):
        return True
    text = context.t.gettext("This command is for the fair's organizers.")
    if update.callback_query is not None:
        await answer(update.callback_query, text, alert=True)
    else:
        await send(update, context, text)
    return False


async def offer_registration(update: Update, context: FairContext, reason: str) -> None:
    """`reason` (translated: why this needs registering) and the Register button."""
    t = context.t
    await send(update, context, reason, inline([[(t.gettext("📝 Register"), pack("m.register"))]]))
