"""Staff manage their exhibitor's meeting slots: /slots lists them, /addslots adds a day's.

Every command and button checks the presser is linked now, and acts on their own
exhibitor only, whatever a button names.
"""

from __future__ import annotations

from datetime import date

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.errors import InvalidAnswer, NotStaff, StaleAction
from bot.i18n import N_
from bot.services import staff, staff_slots, timezones
from bot.services.fair_calendar import FairCalendar
from bot.services.outbox import Buttons
from bot.services.product_cards import localized
from bot.services.talk_hours import parse_hours
from handlers import staff_menu
from handlers import staff_slots_views as views
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, inline, send

ACTIONS = ("sl.on", "sl.off", "sl.rm")


async def slots_command(update: Update, context: FairContext) -> None:
    """/slots (staff): the exhibitor's upcoming slots, to take out of booking or remove."""
    user = update.effective_user
    assert user is not None
    try:
        text, buttons = await _listing(context, user.id)
    except NotStaff as refused:
        await refuse(update, context, refused)
        return
    await send(update, context, text, inline(buttons))


async def add_slots_command(update: Update, context: FairContext) -> None:
    """/addslots DATE FROM-TO [MINUTES]: a fair day's slots, refused whole if any is wrong."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    args = context.args or []
    try:
        if len(args) not in (2, 3):
            raise InvalidAnswer("use_command")
        day = _date(args[0])
        hours = parse_hours(args[1])
        minutes = int(args[2]) if len(args) == 3 and args[2].isdigit() else 30
        if len(args) == 3 and not args[2].isdigit():
            raise InvalidAnswer("slot_length", limit=staff_slots.LENGTHS.stop - 1)
        async with deps.db.write() as session:
            member = await staff.require(session, user.id)
            added = await staff_slots.add_day(
                session, member.exhibitor_id, day, hours, minutes,
                FairCalendar.from_settings(deps.settings), deps.clock.now(),
            )  # fmt: skip
    except (InvalidAnswer, NotStaff) as refused:
        await refuse(update, context, refused, Place.SLOTS)
        return
    await send(
        update,
        context,
        t.nformat("Added {n} slot.", "Added {n} slots.", len(added), n=t.number(len(added))),
    )
    await slots_command(update, context)


async def on_button(update: Update, context: FairContext) -> None:
    """🚫 / ✅ take a slot out of booking or back; 🗑 removes one staff added."""
    deps = context.deps
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    try:
        async with deps.db.write() as session:
            member = await staff.require(session, query.from_user.id)
            if callback.action == "sl.rm":
                await staff_slots.remove(session, member.exhibitor_id, callback.arg)
            else:
                available = callback.action == "sl.on"
                await staff_slots.set_available(
                    session, member.exhibitor_id, callback.arg, available
                )
        text, buttons = await _listing(context, query.from_user.id)
    except (NotStaff, StaleAction, InvalidAnswer) as refused:
        await refuse(update, context, refused, Place.SLOTS)
        return
    await answer(query)
    await edit(query, context, text, inline(buttons))


async def _listing(context: FairContext, telegram_id: int) -> tuple[str, Buttons]:
    deps, t = context.deps, context.t
    fair = deps.settings.fair_timezone
    async with deps.db.read() as session:
        link = await staff.get(session, telegram_id)
        if link is None:
            raise NotStaff()
        rows = await staff_slots.upcoming(session, link.exhibitor_id, deps.clock.now())
    label = timezones.timezone_label(str(fair), t.code, deps.clock.now())
    today = deps.clock.now().astimezone(fair).date()
    next_day = FairCalendar.from_settings(deps.settings).next_fair_day(today)
    example = (next_day or deps.settings.fair_start).isoformat()
    exhibitor = localized(link.exhibitor_names, t.code, link.exhibitor_id)
    return views.listing(t, exhibitor, rows, fair, label, example)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidAnswer("bad_date") from None


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("slots", slots_command))
    app.add_handler(CommandHandler("addslots", add_slots_command))
    app.add_handler(CallbackQueryHandler(on_button, pattern=pattern(*ACTIONS)))
    staff_menu.add(staff_menu.Entry("slots", N_("🗓 Meeting slots"), 30, slots_command))
