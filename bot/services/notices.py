"""The texts of what check-in sends on its own: reminders, the countdown, reward notices.

They are composed here, in the reader's language, because they are queued in
the outbox from a job or a service, where no handler is there to render them.
Their buttons reuse the handlers' callback format (`1|-|action|`), built by
`button_data` so this module needs nothing from `handlers`.
"""

from __future__ import annotations

from datetime import date

from bot.i18n import Translator
from bot.tiers import Tier

CHECKIN_ACTION = "c.in"
REMINDERS_ACTION = "c.rem"


def button_data(action: str, arg: str = "") -> str:
    """The callback data of a button with no flow token (see handlers/callbacks.py)."""
    return f"1|-|{action}|{arg}"


def reminder(t: Translator, fair_day: date) -> tuple[str, list[list[tuple[str, str]]]]:
    """The 10:00 reminder for a buyer who has not checked in on `fair_day`."""
    text = t.format(
        "⏰ You have not checked in for today, {date}. "
        "Check in now to keep your streak and earn rewards.",
        date=t.date(fair_day),
    )
    return text, [
        [(t.gettext("✅ Check in"), button_data(CHECKIN_ACTION))],
        [(t.gettext("🔕 Turn reminders off"), button_data(REMINDERS_ACTION, "off"))],
    ]


def countdown(
    t: Translator, fair_name: str, opening: date
) -> tuple[str, list[list[tuple[str, str]]]]:
    """The notice on the day before the fair opens."""
    text = t.format(
        "📅 {fair} opens tomorrow, {date}. Check in on every fair day with /checkin "
        "to earn rewards.",
        fair=fair_name,
        date=t.date(opening),
    )
    return text, [[(t.gettext("🔕 Turn reminders off"), button_data(REMINDERS_ACTION, "off"))]]


def reward(t: Translator, tier: Tier, code: str) -> str:
    """The notice of a reward reached, with the code the fair's desk redeems."""
    text = t.format("🎁 <b>You earned a reward: {name}</b>", name=tier.name(t.code))
    description = tier.description(t.code)
    if description:
        text += "\n" + t.value(description)
    return (
        text
        + "\n\n"
        + t.format(
            "Your redeem code: <code>{code}</code>\n"
            "Show it at the fair's service desk to collect your reward.",
            code=code,
        )
    )
