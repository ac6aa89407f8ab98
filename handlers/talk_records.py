"""After a live talk: the buyer's rating (h.rate) and a transcript for either side (h.log).

Both buttons come with the notice that a talk closed. A rating counts once; the
transcript is sent as a text file to the talk's buyer or to its exhibitor's staff,
checked on every press; a server without sendDocument gets a plain word instead.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler

from bot.errors import StaleAction
from bot.services import buyers, talk_records
from handlers import handoff_views
from handlers import talk_records_views as views
from handlers.callbacks import numbered, pattern
from handlers.context import FairApplication, FairContext
from handlers.refusals import refuse
from handlers.replies import answer, edit_markup, inline, may_have_arrived, send

log = logging.getLogger(__name__)


async def on_button(update: Update, context: FairContext) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    button = numbered(query.data)
    if button is None or (button.action == "h.rate" and not button.detail.isdigit()):
        await refuse(update, context, StaleAction())
        return
    thread_id, score = button.id, button.detail
    try:
        if button.action == "h.rate":
            async with deps.db.write() as session:
                rated = await talk_records.rate(session, query.from_user.id, thread_id, int(score))
        else:
            async with deps.db.read() as session:
                record = await talk_records.transcript(session, query.from_user.id, thread_id)
                zone = deps.settings.fair_timezone
                if not record.for_staff:
                    zone = ZoneInfo((await buyers.get(session, query.from_user.id)).timezone)
    except StaleAction as refused:
        await refuse(update, context, refused)
        return
    if button.action == "h.rate":
        await answer(
            query,
            t.gettext("Thank you for your rating.")
            if rated
            else t.gettext("You rated this conversation already."),
        )
        await edit_markup(query, context, inline(handoff_views.closing(t, thread_id, buyer=False)))
        return
    await answer(query)
    name, data = views.transcript(t, record, zone)
    try:
        await context.bot.send_document(query.from_user.id, data, filename=name)
    except TelegramError as error:
        if may_have_arrived(error):
            log.warning("the transcript timed out; it may have arrived")
            return
        log.warning("sendDocument failed, no transcript file: %s", error)
        await send(update, context, t.gettext("The transcript cannot be sent as a file here."))


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern("h.rate", "h.log")))
