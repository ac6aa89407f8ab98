"""The e-badge: a QR code photo, or the same code as text where photos fail."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler

from bot.errors import NotRegistered
from bot.services import badge, buyers
from bot.services.badge_card import badge_png
from bot.services.buyers import Profile
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import may_have_arrived, send

log = logging.getLogger(__name__)


async def send_badge(update: Update, context: FairContext, profile: Profile) -> None:
    """Send the QR badge; on a server that cannot take the photo, the token as text."""
    t = context.t
    token = badge.sign(profile.buyer_code, context.deps.settings.require_badge_secret())
    caption = t.format(
        "<b>E-badge</b> · {name}\nBuyer ID: <code>{code}</code>",
        name=profile.full_name,
        code=profile.buyer_code,
    )
    chat = update.effective_chat
    assert chat is not None
    try:
        await context.bot.send_photo(
            chat.id,
            badge_png(
                token, profile.full_name, profile.buyer_code, context.deps.settings.fair_name
            ),
            caption=t.paragraphs(caption),
            filename=f"badge-{profile.buyer_code}.png",
        )
    except TelegramError as error:
        if may_have_arrived(error):
            log.warning("the e-badge photo timed out; it may have arrived: no text badge")
            return
        log.warning("sendPhoto failed, sending the e-badge as text: %s", error)
        await send(
            update,
            context,
            caption
            + "\n"
            + t.format("Badge code (staff can type it in): <code>{token}</code>", token=token),
        )


async def badge_command(update: Update, context: FairContext) -> None:
    """/badge: show the e-badge again."""
    user = update.effective_user
    assert user is not None
    try:
        async with context.deps.db.read() as session:
            profile = await buyers.get(session, user.id)
    except NotRegistered as unregistered:
        await refuse(update, context, unregistered, Place.BADGE)
        return
    await send_badge(update, context, profile)


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("badge", badge_command))
