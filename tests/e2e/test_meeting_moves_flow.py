"""A buyer moves a meeting end to end: Ana (Madrid, Spanish) books AV2 with Maker 1, whose
staff are Wang (English) and Li (Chinese); /meetings, Move, another time; the .ics that
follows updates the same calendar event, and both staff members are told in their own
language. Then a lost race, an exhibitor who confirms bookings, and forged buttons.

AV2 is 2026-10-15 08:00-08:30 UTC (10:00 in Madrid), AV4 2026-10-16 07:00-07:30 UTC
(9:00 in Madrid), AV1 2026-10-15 01:00-01:30 UTC (3:00 in Madrid).
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes and narrow spaces

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from bot.telegram_double.user import DoubleUser
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.meetings_views import when
from tests.auxil.live_talk import member
from tests.auxil.meetings import by_request, registered, slots_from_card, synced_catalog
from tests.auxil.talk import Talk

ANA, KEN, WANG, LI = 7401, 7402, 7501, 7502
MADRID_AV2 = "📅 jue, 15 oct, 10:00–10:30"
MOVE_TO_AV4, MOVE_TO_AV1 = "🔁 vie, 16 oct, 9:00–9:30", "🔁 jue, 15 oct, 3:00–3:30"
SHANGHAI = ZoneInfo("Asia/Shanghai")
AV1 = (datetime(2026, 10, 15, 1, 0, tzinfo=UTC), datetime(2026, 10, 15, 1, 30, tzinfo=UTC))
AV2 = (datetime(2026, 10, 15, 8, 0, tzinfo=UTC), datetime(2026, 10, 15, 8, 30, tzinfo=UTC))
AV4 = (datetime(2026, 10, 16, 7, 0, tzinfo=UTC), datetime(2026, 10, 16, 7, 30, tzinfo=UTC))
MOVED = "to a new time; the old time is free again."


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")
    await registered(deps.db, KEN, "Asia/Tokyo", "ja")


async def _book_av2(ana: Talk) -> Calendar:
    """Ana books AV2 from a card: the invitation, read back."""
    await slots_from_card(ana)
    await ana.tap(MADRID_AV2)
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    return await _calendar(ana)


async def _calendar(talk: Talk) -> Calendar:
    """The next .ics the bot sends, read back as a calendar app would."""
    sent = await talk.expect_document()
    assert sent.document is not None
    return Calendar.from_ical(sent.document)


async def _move(ana: Talk, to: str) -> tuple[str, Calendar]:
    """/meetings, Move, the time `to`: the text Ana sees, and the .ics that follows."""
    await ana.command("meetings")
    await ana.expect("Your meetings")
    await ana.tap("🔁 Cambiar la reunión 1")
    await ana.expect("Move your meeting with {exhibitor}")
    await ana.tap(to)
    moved = await ana.expect("Meeting moved.")
    return moved.text, await _calendar(ana)


async def _told_again(talk: Talk) -> ChatMessage:
    """The second notice of a move in a staff member's chat (each move is told)."""
    wanted = talk.tr(MOVED)

    def moves(user: DoubleUser) -> list[ChatMessage]:
        return [m for m in user.bot_messages if wanted in m.text]

    await talk.user.wait_for(lambda user: len(moves(user)) == 2, timeout=10)
    return moves(talk.user)[-1]


async def test_a_moved_meeting_updates_the_calendar_event_and_staff_are_told(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    li = await member(double, deps, LI, "Li", "zh-hans")
    invitation = await _book_av2(ana)
    (sent,) = invitation.walk("VEVENT")
    assert str(invitation["method"]) == "PUBLISH" and sent.decoded("sequence") == 0

    text, update = await _move(ana, MOVE_TO_AV4)
    assert "vie, 16 oct, 9:00–9:30" in text and ana.tr("The previous time is free again.") in text
    (event,) = update.walk("VEVENT")
    assert str(update["method"]) == "REQUEST"
    assert str(event["uid"]) == str(sent["uid"]) and event.decoded("sequence") == 1
    assert event.decoded("dtstart") == AV4[0] and event.decoded("dtend") == AV4[1]
    told = await wang.expect(MOVED)
    assert when(wang.t, *AV4, SHANGHAI) in told.text
    assert when(wang.t, *AV2, SHANGHAI) in told.text, "the old time, free again"
    chinese = await li.expect(MOVED)
    assert when(li.t, *AV4, SHANGHAI) in chinese.text

    text, again = await _move(ana, MOVE_TO_AV1)
    (event,) = again.walk("VEVENT")
    assert str(event["uid"]) == str(sent["uid"]) and event.decoded("sequence") == 2
    assert event.decoded("dtstart") == AV1[0]
    second = await _told_again(wang)
    assert when(wang.t, *AV1, SHANGHAI) in second.text, "each move is told, not only the first"

    await ana.command("meetings")
    await ana.tap("❌ Cancelar reunión 1")
    await ana.tap("Yes, cancel it")
    await ana.expect("The time is free again.")
    gone = await _calendar(ana)
    (event,) = gone.walk("VEVENT")
    assert str(gone["method"]) == "CANCEL" and event.decoded("sequence") == 3
    assert str(event["uid"]) == str(sent["uid"])
    await wang.expect("The buyer cancelled the meeting; the time is free again.")


async def test_a_time_taken_while_choosing_is_refused_with_fresh_times(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana, ken = Talk(double, deps, ANA, "Ana", "es"), Talk(double, deps, KEN, "Ken", "ja")
    await _book_av2(ana)
    await ana.command("meetings")
    await ana.tap("🔁 Cambiar la reunión 1")
    choices = await ana.expect("Move your meeting with {exhibitor}")
    await slots_from_card(ken)
    await ken.tap("📅 10月16日(金) 16時00分～16時30分")  # AV4 on Tokyo's clock
    await ken.tap("✅ Confirm")
    await ken.expect("Meeting booked.")
    await ana.tap(MOVE_TO_AV4, message_id=choices.message_id)
    fresh = await ana.expect("Sorry, this time was just taken by another buyer.")
    labels = [b["text"] for b in fresh.buttons]
    assert MOVE_TO_AV4 not in labels and MOVE_TO_AV1 in labels
    await ana.tap(MOVE_TO_AV1, message_id=fresh.message_id)
    await ana.expect("Meeting moved.")


async def test_an_exhibitor_who_confirms_bookings_refuses_a_move_and_forged_moves_do_nothing(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana, ken = Talk(double, deps, ANA, "Ana", "es"), Talk(double, deps, KEN, "Ken", "ja")
    await _book_av2(ana)
    await ken.command("meetings")
    empty = await ken.expect("You have no upcoming meetings.")
    stale = "This button is from an older message. Please use the latest one."
    for data in (pack("mt.moveto", "1:AV4"), pack("mt.move", "1"), pack("mt.moveto", "x:AV4")):
        await ken.forge(empty.message_id, data)
        await ken.expect_answer(stale)
    await by_request(deps.db)
    await ana.command("meetings")
    await ana.tap("🔁 Cambiar la reunión 1")
    await ana.tap(MOVE_TO_AV4)
    await ana.expect_answer("This exhibitor confirms every meeting, so it cannot be moved here.")
    await ana.command("meetings")
    mine = await ana.expect("Your meetings")
    assert "1. jue, 15 oct, 10:00–10:30 con" in mine.text
