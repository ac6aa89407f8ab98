"""Business hours, set by an exhibitor's managers: /hours 09:00-18:00, /hours off, /hours.

Hours are on the fair's clock, as the exhibitor's booth keeps them; outside them a
buyer opening a talk is told at once when the desk opens, on the buyer's clock
(`bot.services.talk_hours`). Every call checks the caller is a manager now.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CommandHandler

from bot.errors import InvalidAnswer, NotStaff
from bot.i18n import N_, Translator
from bot.services import exhibitor_settings, team, timezones
from bot.services.talk_hours import parse_hours
from handlers import staff_menu
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import send


async def hours_command(update: Update, context: FairContext) -> None:
    """/hours [FROM-TO | off]: show or change the exhibitor's business hours."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    args = context.args or []
    try:
        if len(args) > 1:
            raise InvalidAnswer("bad_hours")
        async with deps.db.write() as session:
            member = await team.manager(session, user.id)
            if not args:
                chosen = await exhibitor_settings.get(session, member.exhibitor_id)
            elif args[0].lower() == "off":
                chosen = await exhibitor_settings.change(
                    session, member.exhibitor_id, deps.clock.now(), opens_at=None, closes_at=None
                )
            else:
                opens, closes = parse_hours(args[0])
                chosen = await exhibitor_settings.change(
                    session, member.exhibitor_id, deps.clock.now(), opens_at=opens,
                    closes_at=closes,
                )  # fmt: skip
    except (InvalidAnswer, NotStaff) as refused:
        await refuse(update, context, refused, Place.SLOTS)
        return
    zone = timezones.timezone_label(str(deps.settings.fair_timezone), t.code, deps.clock.now())
    await send(update, context, _shown(t, chosen.opens_at, chosen.closes_at, zone))


def _shown(t: Translator, opens: int | None, closes: int | None, zone: str) -> str:
    if opens is None or closes is None:
        head = t.gettext("No business hours are set: buyers may expect an answer at any hour.")
    else:
        start, end = (f"{minute // 60:02d}:{minute % 60:02d}" for minute in (opens, closes))
        head = t.format(
            "Business hours: {opens} to {closes}, fair time ({zone}). Outside them, buyers who "
            "write are told when you are back.",
            opens=start,
            closes=end,
            zone=zone,
        )
    # Translators: "off" after /hours is typed as it is: the command reads the English word.
    usage = t.gettext("To change them: /hours 09:00-18:00 (fair time), or /hours off.")
    return head + "\n" + usage


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("hours", hours_command))
    staff_menu.add(
        staff_menu.Entry("hours", N_("🕘 Business hours"), 85, hours_command, managers_only=True)
    )
