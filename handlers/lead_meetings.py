"""Staff invite a lead to a meeting: from the lead's card, one of the exhibitor's free
times (lm.ask), then the invitation (lm.at), which the buyer accepts or declines.

The service checks on every press that the lead is a consenting lead of the presser's
exhibitor and applies a booking's rules; a time gone meanwhile shows fresh times.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler

from bot.errors import MeetingError, NotStaff, StaleAction
from bot.services import lead_views, meeting_requests, meetings, staff
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.meeting_requests import composer, rules
from handlers.meetings_views import when
from handlers.refusals import Place, refuse
from handlers.replies import answer, inline, send


async def on_button(update: Update, context: FairContext) -> None:
    deps, t = context.deps, context.t
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    code, _, slot_id = callback.arg.partition(":")
    now, fair = deps.clock.now(), deps.settings.fair_timezone
    try:
        if callback.action == "lm.at":
            async with deps.db.write() as session:
                await meeting_requests.propose_to_lead(
                    session, query.from_user.id, code, slot_id, now, rules(deps),
                    composer(deps), deps.clock.wall(),
                )  # fmt: skip
            await answer(query, t.gettext("Invitation sent. I will tell you the buyer's answer."))
            return
        async with deps.db.read() as session:
            lead = await lead_views.card(session, query.from_user.id, code)
            member = await staff.require(session, query.from_user.id)
            free = await meetings.free_slots(session, member.exhibitor_id, now)
    except (NotStaff, StaleAction, MeetingError) as refused:
        await refuse(update, context, refused, Place.REQUESTS)
        return
    await answer(query)
    if not free:
        await send(update, context, t.gettext("No free time to offer: add slots with /slots."))
        return
    rows = []
    for slot in free:
        try:
            data = pack("lm.at", f"{code}:{slot.id}")
        except ValueError:  # a feed slot id too long for a button: that time is left out
            continue
        rows.append([(when(t, slot.starts_at, slot.ends_at, fair), data)])
    text = t.format(
        "Invite {buyer} to a meeting: pick a time (fair time). The buyer accepts or declines.",
        buyer=lead.full_name,
    )
    await send(update, context, text, inline(rows))


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern("lm.ask", "lm.at")))
