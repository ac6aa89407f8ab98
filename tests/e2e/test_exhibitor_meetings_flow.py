"""The staff's "📅 Meetings" end to end: a member of Maker 1 sees the buyer's meeting on
the fair's clock, cancels it (after a "No" first), the buyer is told; a colleague's
late cancel and an outsider's forged one change nothing. A member moves a meeting
twice, then cancels it: each time the buyer gets the .ics that updates, then removes,
the event the booking added to their calendar.

AV2 is 2026-10-15 08:00-08:30 UTC: 16:00 on the fair's clock; AV4 is 2026-10-16
07:00-07:30 UTC, AV1 2026-10-15 01:00-01:30 UTC.
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select

from bot.db.meetings import Meeting
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from bot.telegram_double.user import DoubleUser
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.meetings_views import when
from tests.auxil.live_talk import member
from tests.auxil.meetings import a_message_of, registered, slots_from_card, synced_catalog
from tests.auxil.talk import Talk

ANA, WANG, LI, ZHOU = 7601, 7602, 7603, 7604
AV1 = (datetime(2026, 10, 15, 1, 0, tzinfo=UTC), datetime(2026, 10, 15, 1, 30, tzinfo=UTC))
AV2 = (datetime(2026, 10, 15, 8, 0, tzinfo=UTC), datetime(2026, 10, 15, 8, 30, tzinfo=UTC))
AV4 = (datetime(2026, 10, 16, 7, 0, tzinfo=UTC), datetime(2026, 10, 16, 7, 30, tzinfo=UTC))
SHANGHAI = ZoneInfo("Asia/Shanghai")
STALE = "This button is from an older message. Please use the latest one."


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")


async def _books_av2(ana: Talk) -> None:
    """Ana books AV2 (10:00 in Madrid) from the first product's card."""
    await slots_from_card(ana)
    await ana.tap("📅 jue, 15 oct, 10:00–10:30")
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")


async def _menu_entry(talk: Talk, action: str) -> int:
    """Press a staff menu entry (the menu itself is shown by the staff part's /desk) under
    a message of the member's chat; that message's id."""
    somewhere = await a_message_of(talk)
    await talk.forge(somewhere, pack("st." + action))
    return somewhere


async def test_a_member_cancels_a_buyers_meeting_and_the_buyer_is_told(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    li = await member(double, deps, LI, "Li", "en")
    zhou = await member(double, deps, ZHOU, "Zhou", "en", exhibitor_id="EX0002")
    await _books_av2(ana)
    under = await _menu_entry(zhou, "meetings")  # staff of another exhibitor
    await zhou.expect("{exhibitor} has no upcoming meetings.")
    for data in (pack("mr.drop", "1"), pack("mr.dropok", "1")):
        await zhou.forge(under, data)
        await zhou.expect_answer(STALE)
    assert await _count(deps) == 1

    await _menu_entry(wang, "meetings")
    listing = await wang.expect("Upcoming meetings of {exhibitor}")
    assert when(wang.t, *AV2, ZoneInfo("Asia/Shanghai")) in listing.text
    assert "Maker 1 Co., Ltd." in listing.text and "Buyer CF" in listing.text
    await wang.tap("❌ Cancel meeting 1")
    await wang.expect("The buyer is told.")
    await wang.tap("No, keep the meeting")
    await wang.expect("Upcoming meetings of {exhibitor}")
    await wang.tap("❌ Cancel meeting 1")
    await wang.tap("Yes, cancel it")
    await wang.expect("is cancelled. The buyer is told; the time is free again.")
    told = await ana.expect("had to cancel your meeting on {when}.")
    assert "Maker 1 Co., Ltd." in told.text and "jue, 15 oct, 10:00–10:30" in told.text

    under = await _menu_entry(li, "meetings")
    await li.expect("{exhibitor} has no upcoming meetings.")
    await li.forge(under, pack("mr.dropok", "1"))  # a late cancel: the meeting is gone
    await li.expect_answer(STALE)
    assert await _count(deps) == 0


async def _calendar(talk: Talk, fragment: str, nth: int = 1) -> tuple[str, Calendar]:
    """The `nth` notice with `fragment` in the chat and the .ics it carries, read back as a
    calendar app would."""
    wanted = talk.tr(fragment)

    def notices(user: DoubleUser) -> list[ChatMessage]:
        return [m for m in user.bot_messages if wanted in m.text]

    await talk.user.wait_for(lambda user: len(notices(user)) >= nth, timeout=10)
    told = notices(talk.user)[nth - 1]
    assert told.document is not None, "the notice carries the calendar file"
    return told.text, Calendar.from_ical(told.document)


async def test_a_member_moves_a_meeting_and_the_buyers_calendar_follows(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    await _books_av2(ana)
    sent = await ana.expect_document()
    assert sent.document is not None
    (booked,) = Calendar.from_ical(sent.document).walk("VEVENT")

    await _menu_entry(wang, "meetings")
    await wang.expect("Upcoming meetings of {exhibitor}")
    await wang.tap("🔁 Move meeting 1")
    await wang.expect("Move the meeting with {buyer} on {when} (fair time)")
    await wang.tap("🔁 " + when(wang.t, *AV4, SHANGHAI))
    assert await wang.expect_answer("Meeting moved.")
    done = await wang.expect("The buyer is told.")
    assert when(wang.t, *AV2, SHANGHAI) in done.text, "the old time, free again"
    text, update = await _calendar(ana, "moved your meeting to a new time.")
    assert "vie, 16 oct, 9:00–9:30" in text and "jue, 15 oct, 10:00–10:30" in text
    assert ana.tr("Open this file to move the meeting in your calendar.") in text
    (event,) = update.walk("VEVENT")
    assert str(update["method"]) == "REQUEST" and event.decoded("sequence") == 1
    assert str(event["uid"]) == str(booked["uid"])
    assert (event.decoded("dtstart"), event.decoded("dtend")) == AV4

    await _menu_entry(wang, "meetings")
    await wang.expect("Upcoming meetings of {exhibitor}")
    await wang.tap("🔁 Move meeting 1")
    await wang.tap("🔁 " + when(wang.t, *AV1, SHANGHAI))
    await wang.expect("The buyer is told.")
    _, again = await _calendar(ana, "moved your meeting to a new time.", nth=2)
    (event,) = again.walk("VEVENT")
    assert event.decoded("sequence") == 2 and event.decoded("dtstart") == AV1[0]

    await _menu_entry(wang, "meetings")
    await wang.tap("❌ Cancel meeting 1")
    await wang.tap("Yes, cancel it")
    await wang.expect("is cancelled. The buyer is told; the time is free again.")
    text, gone = await _calendar(ana, "had to cancel your meeting on {when}.")
    assert ana.tr("Open this file to take the meeting out of your calendar.") in text
    (event,) = gone.walk("VEVENT")
    assert str(gone["method"]) == "CANCEL" and event.decoded("sequence") == 3
    assert str(event["uid"]) == str(booked["uid"]) and str(event["status"]) == "CANCELLED"


async def test_a_forged_or_stale_move_changes_nothing(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    zhou = await member(double, deps, ZHOU, "Zhou", "en", exhibitor_id="EX0002")
    await _books_av2(ana)
    under = await _menu_entry(zhou, "meetings")
    for data in (pack("mr.mv", "1"), pack("mr.mvto", "1:0:AV4"), pack("mr.mvto", "1:AV4")):
        await zhou.forge(under, data)
        await zhou.expect_answer(STALE)
    under = await _menu_entry(wang, "meetings")
    await wang.forge(under, pack("mr.mvto", "1:0:AV5"))  # Maker 2's time
    await wang.expect_answer(STALE)
    await wang.tap("🔁 Move meeting 1")
    choices = await wang.expect("Move the meeting with {buyer} on {when} (fair time)")
    await ana.command("meetings")
    await ana.tap("🔁 Cambiar la reunión 1")
    await ana.tap("🔁 vie, 16 oct, 9:00–9:30")
    await ana.expect("Meeting moved.")
    await wang.tap("🔁 " + when(wang.t, *AV1, SHANGHAI), message_id=choices.message_id)
    await wang.expect_answer(STALE)  # the buyer moved it first: an old version
    async with deps.db.read() as session:
        (starts,) = (await session.execute(select(Meeting.starts_at))).scalars().all()
    assert starts.replace(tzinfo=UTC) == AV4[0]


async def _count(deps: Deps) -> int:
    async with deps.db.read() as session:
        return int((await session.execute(select(func.count(Meeting.id)))).scalar_one())
