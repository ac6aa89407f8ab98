"""Check-in end to end: /checkin, reward notices, reminders at 10:00 local, /reminders off."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.db.checkin import CheckIn
from bot.deps import Deps
from bot.services import rewards
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.checkin import fair_time, register
from tests.auxil.talk import Talk

MADRID = ZoneInfo("Europe/Madrid")
REMINDER = "You have not checked in for today"


def countdown(talk: Talk, days: int, opening: date) -> str:
    t = talk.t
    return t.ngettext(
        "📅 The fair opens in {n} day, on {date}.",
        "📅 The fair opens in {n} days, on {date}.",
        days,
    ).format(n=t.number(days), date=t.date(opening))


def count(talk: Talk, fragment: str) -> int:
    wanted = talk.tr(fragment)
    return sum(wanted in m.text for m in talk.user.bot_messages)


async def nothing_like(talk: Talk, fragment: str, seconds: float = 2.0) -> None:
    """Wait a while (several job runs and sends), then check no new such message came."""
    before = count(talk, fragment)
    await asyncio.sleep(seconds)
    assert count(talk, fragment) == before, talk.user.transcript()


async def test_check_in_on_a_fair_day_once_and_see_the_streak(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await register(deps.db, 3001, language="es")
    talk = Talk(double, deps, user_id=3001, first_name="Ana", language_code="es")
    deps.clock.freeze(fair_time(date(2026, 10, 15), 23, 59, 59))
    await talk.command("checkin")
    await talk.expect("✅ You are checked in for {date}.")
    reply = await talk.expect("🔥 Streak: {streak} (fair days in a row)")
    assert talk.t.date(date(2026, 10, 15)) in reply.text
    await talk.command("checkin")
    await talk.expect("You have already checked in today ({date}). See you tomorrow!")
    # A second later it is the next fair day on the fair's clock; two taps at once: one row.
    deps.clock.freeze(fair_time(date(2026, 10, 16), 0, 0, 0))
    await talk.command("start")
    await talk.tap("✅ Check in")
    menu = talk.user.last
    assert menu is not None
    label = talk.t.gettext("✅ Check in")
    await asyncio.gather(*(talk.user.press(label, menu.message_id) for _ in range(2)))
    await talk.user.wait_for(
        lambda u: sum(talk.tr("You have already checked in today") in m.text
                      for m in u.bot_messages) >= 2, timeout=10,
    )  # fmt: skip
    async with deps.db.read() as session:
        assert (await session.execute(select(func.count(CheckIn.id)))).scalar_one() == 2


async def test_before_and_after_the_fair_and_unregistered(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    talk = Talk(double, deps, user_id=3002, first_name="Ken", language_code="ja")
    await talk.command("checkin")  # 1 October: before the fair, and not registered
    await talk.expect(countdown(talk, 14, date(2026, 10, 15)))
    await talk.expect("Check-in is for registered buyers.")
    await talk.tap("📝 Register")
    await talk.expect("What is your full name?")
    await talk.command("cancel")
    await register(deps.db, 3002, language="ja")
    deps.clock.freeze(fair_time(date(2026, 10, 14), 23, 59, 59))
    await talk.command("checkin")
    await talk.expect(countdown(talk, 1, date(2026, 10, 15)))
    deps.clock.freeze(fair_time(date(2026, 10, 25), 0, 0, 0))
    await talk.command("checkin")
    await talk.expect("The fair is over. Thank you for taking part!")
    await talk.expect("You did not check in during the fair.")


async def test_the_third_day_brings_a_reward_notice_with_a_code_the_desk_accepts(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    buyer_code = await register(deps.db, 3003, language="fr")
    talk = Talk(double, deps, user_id=3003, first_name="Jean", language_code="fr")
    for day in (15, 16, 17):
        deps.clock.freeze(fair_time(date(2026, 10, day), 8))
        await talk.command("checkin")
        await talk.expect("✅ You are checked in for {date}.")
    notice = await talk.expect("You earned a reward: {name}")
    tier = deps.settings.rewards.by_id("days3")
    assert tier is not None and tier.name("fr") in notice.text
    code = notice.text.split("FCR-", 1)[1].split()[0]
    async with deps.db.read() as session:
        check = await rewards.verify(session, "FCR-" + code, deps.settings.require_badge_secret())
    assert check is not None and check.buyer_code == buyer_code


async def test_reminder_at_10_local_not_before_and_not_when_off(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await register(deps.db, 3004, zone="Europe/Madrid", language="es")
    await register(deps.db, 3005, zone="Europe/Madrid")
    lucia = Talk(double, deps, user_id=3004, first_name="Lucía", language_code="es")
    quiet = Talk(double, deps, user_id=3005, first_name="Pablo", language_code="en")
    await quiet.command("reminders", "off")
    await quiet.expect("🔕 Reminders are off.")
    await quiet.command("reminders", "maybe")
    await quiet.expect("Send /reminders on or /reminders off.")
    # 09:59 in Madrid on 15 October is 15:59 in Shanghai, a fair day: not yet.
    deps.clock.freeze(datetime(2026, 10, 15, 9, 59, tzinfo=MADRID))
    await nothing_like(lucia, REMINDER)
    deps.clock.freeze(datetime(2026, 10, 15, 10, 0, tzinfo=MADRID))
    await lucia.expect(REMINDER)
    await lucia.tap("✅ Check in")
    await lucia.expect("✅ You are checked in for {date}.")
    await nothing_like(quiet, REMINDER, seconds=1.0)
    reminders = [m for m in lucia.user.bot_messages if lucia.tr(REMINDER) in m.text]
    assert len(reminders) == 1
    # The reminder's own button turns them off for Lucía too; a forged argument is stale.
    await lucia.forge(reminders[0].message_id, "1|-|c.rem|maybe")
    await lucia.expect_answer("This button is from an older message.")
    await lucia.tap("🔕 Turn reminders off")
    await lucia.expect("🔕 Reminders are off.")
    deps.clock.freeze(datetime(2026, 10, 16, 10, 5, tzinfo=MADRID))
    await nothing_like(lucia, REMINDER)
    assert count(quiet, REMINDER) == 0 and count(lucia, REMINDER) == 1
