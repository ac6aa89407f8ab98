"""Meeting requests end to end: a buyer in Madrid (Spanish) and two staff members of
Maker 1 (English and Chinese) through the Bot API double. Request -> accept, decline,
propose -> the buyer accepts, a request the buyer moves to another time, a request that
lapses, an instant booking's notice, the managers' meeting settings, and forged or late
buttons.

AV2 is 2026-10-15 08:00-08:30 UTC: 10:00 in Madrid, 16:00 on the fair's clock.
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes and narrow spaces

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.db.meetings import Meeting
from bot.deps import Deps
from bot.domain import MeetingStatus
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.meetings_views import when
from tests.auxil.environment import TEST_NOW
from tests.auxil.live_talk import member
from tests.auxil.meetings import (
    a_message_of,
    by_request,
    make_manager,
    registered,
    slots_from_card,
    synced_catalog,
)
from tests.auxil.talk import Talk

ANA, WANG, LI, ZHOU = 7101, 7201, 7202, 7301
MADRID_AV2 = "📅 jue, 15 oct, 10:00–10:30"
SHANGHAI = ZoneInfo("Asia/Shanghai")
AV2 = (datetime(2026, 10, 15, 8, 0, tzinfo=UTC), datetime(2026, 10, 15, 8, 30, tzinfo=UTC))
AV4 = (datetime(2026, 10, 16, 7, 0, tzinfo=UTC), datetime(2026, 10, 16, 7, 30, tzinfo=UTC))


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")


async def _people(double: BotApiDouble, deps: Deps) -> tuple[Talk, Talk, Talk]:
    """Ana the buyer, Wang (English) and Li (Chinese), staff of Maker 1."""
    ana = Talk(double, deps, ANA, "Ana", "es")
    wang = await member(double, deps, WANG, "Wang", "en")
    li = await member(double, deps, LI, "Li", "zh-hans")
    return ana, wang, li


async def _request_av2(ana: Talk) -> None:
    await slots_from_card(ana)
    await ana.tap(MADRID_AV2)
    question = await ana.expect("Book this meeting?")
    assert ana.tr("This exhibitor confirms each meeting") in question.text
    await ana.tap("📨 Send request")
    sent = await ana.expect("Request sent.")
    assert "10:00–10:30" in sent.text and ana.tr("at the latest") in sent.text
    assert all(m.document is None for m in ana.user.bot_messages), "no .ics for a request"


async def _statuses(deps: Deps) -> list[MeetingStatus]:
    async with deps.db.read() as session:
        return list((await session.execute(select(Meeting.status))).scalars())


async def test_a_request_accepted_by_one_member_the_other_is_told_it_is_answered(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, li = await _people(double, deps)
    await _request_av2(ana)
    alert = await wang.expect("📅 Meeting request for {exhibitor}")
    assert "Maker 1 Co., Ltd." in alert.text and "LED strip model 0" in alert.text
    assert when(wang.t, *AV2, SHANGHAI) in alert.text, "the fair's time"
    assert "Madrid (UTC+02:00)" in alert.text and "10:00" in alert.text, "the buyer's time"
    assert wang.tr("(The buyer did not agree to share their contact details.)") in alert.text
    chinese = await li.expect("📅 Meeting request for {exhibitor}")
    assert "制造商1有限公司" in chinese.text
    assert await _statuses(deps) == [MeetingStatus.REQUESTED]

    await wang.tap("✅ Accept")
    done = await wang.expect("✅ You accepted this meeting. The buyer is told.")
    assert done.message_id == alert.message_id and done.buttons == []
    accepted = await ana.expect("✅ {exhibitor} accepted your meeting request.")
    assert "Maker 1 Co., Ltd." in accepted.text and "10:00–10:30" in accepted.text
    await li.tap("✅ Accept")
    await li.expect_answer("A colleague has answered this request already.")
    await wang.forge(alert.message_id, pack("mr.ok", "1"))  # a second tap, from an old screen
    await wang.expect_answer("You have answered this already.")
    assert await _statuses(deps) == [MeetingStatus.CONFIRMED]

    await ana.tap("📅 Calendar file")
    invitation = await ana.expect_document()
    assert invitation.document is not None
    assert "DTSTART:20261015T080000Z" in invitation.document.decode()
    await ana.command("meetings")
    mine = await ana.expect("Your meetings")
    assert "con Maker 1 Co., Ltd." in mine.text and "⏳" not in mine.text


async def test_a_declined_request_frees_the_time_and_the_buyer_is_told(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, li = await _people(double, deps)
    await _request_av2(ana)
    await ana.command("meetings")
    waiting = await ana.expect("Your meetings")
    assert ana.tr("Waiting for the exhibitor to confirm") in waiting.text
    await li.expect("📅 Meeting request for {exhibitor}")
    await li.tap("❌ Decline")
    await li.expect("❌ You declined this request.")
    declined = await ana.expect("cannot meet you on {when} and declined your request.")
    assert "jue, 15 oct, 10:00–10:30" in declined.text
    assert await _statuses(deps) == []
    await wang.tap("✅ Accept")
    await wang.expect_answer("This request is no longer open")
    assert MADRID_AV2 in [b["text"] for b in (await _reopen(ana)).buttons]


async def _reopen(talk: Talk) -> ChatMessage:
    await talk.tap("📅 Book a meeting")
    return await talk.expect("Book a meeting with {exhibitor}")


async def test_a_request_the_buyer_withdraws_cannot_be_accepted_and_staff_are_told(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, li = await _people(double, deps)
    await _request_av2(ana)
    await wang.expect("📅 Meeting request for {exhibitor}")
    await ana.command("meetings")
    await ana.tap("❌ Cancelar reunión 1")
    await ana.tap("Yes, cancel it")
    await ana.expect("The time is free again.")
    told = await wang.expect("The buyer withdrew their meeting request; the time is free again.")
    assert when(wang.t, *AV2, SHANGHAI) in told.text and told.buttons == []
    await li.expect("The buyer withdrew their meeting request; the time is free again.")
    await wang.tap("✅ Accept")
    await wang.expect_answer("This request is no longer open")
    assert await _statuses(deps) == []


async def test_a_request_moved_by_the_buyer_asks_staff_again_for_the_new_time(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, li = await _people(double, deps)
    await _request_av2(ana)
    first = await wang.expect("📅 Meeting request for {exhibitor}")
    await li.expect("📅 Meeting request for {exhibitor}")
    await ana.command("meetings")
    await ana.tap("🔁 Cambiar la reunión 1")
    await ana.tap("🔁 vie, 16 oct, 9:00–9:30")
    moved = await ana.expect("Request sent.")
    assert "vie, 16 oct, 9:00–9:30" in moved.text and ana.tr("at the latest") in moved.text
    again = await wang.expect("for a new time instead; the old time is free again.")
    assert when(wang.t, *AV4, SHANGHAI) in again.text
    assert (
        wang.tr("Was: {when} ({zone})") in again.text
        and when(wang.t, *AV2, SHANGHAI) in again.text
    )
    await li.expect("for a new time instead; the old time is free again.")
    await wang.tap("✅ Accept", message_id=first.message_id)  # the old request's button
    await wang.expect_answer("This request is no longer open")
    await li.tap("✅ Accept")
    accepted = await ana.expect("✅ {exhibitor} accepted your meeting request.")
    assert "vie, 16 oct, 9:00–9:30" in accepted.text
    assert await _statuses(deps) == [MeetingStatus.CONFIRMED]
    assert all(m.document is None for m in ana.user.bot_messages), "the .ics comes on request"


async def test_another_time_proposed_and_the_buyer_takes_it(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, li = await _people(double, deps)
    await _request_av2(ana)
    await wang.expect("📅 Meeting request for {exhibitor}")
    await wang.tap("🕒 Propose another time")
    listing = await wang.expect("Free times on the fair's clock, {zone}:")
    labels = [b["text"] for b in listing.buttons]
    proposal = "🕒 " + when(wang.t, *AV4, SHANGHAI)
    assert proposal in labels and "🕒 " + when(wang.t, *AV2, SHANGHAI) not in labels
    await wang.tap(proposal)
    proposed = await wang.expect("(fair time). The buyer has until")
    assert proposed.message_id == listing.message_id

    offer = await ana.expect("proposes another time for your meeting.")
    assert ana.tr("You asked for: {when}") in offer.text and "jue, 15 oct" in offer.text
    assert "vie, 16 oct, 9:00–9:30" in offer.text, "AV4 on Madrid's clock"
    await ana.command("meetings")
    mine = await ana.expect("Your meetings")
    assert ana.tr("Proposed by the exhibitor") in mine.text
    await ana.tap(ana.t.plain("✅ Accept the proposed time {number}", number=ana.t.number(1)))
    booked = await ana.expect("Meeting booked.")
    assert booked.message_id == mine.message_id
    await ana.expect_document()
    await wang.expect("✅ The buyer accepted the time you proposed.")
    await li.expect("✅ The buyer accepted the time you proposed.")
    async with deps.db.read() as session:
        (meeting,) = (await session.execute(select(Meeting))).scalars()
    assert (meeting.slot_id, meeting.status) == ("AV4", MeetingStatus.CONFIRMED)
    await li.tap("✅ Accept")
    await li.expect_answer("A colleague has answered this request already.")


async def test_a_proposal_the_buyer_turns_down_frees_both_times(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, _ = await _people(double, deps)
    await _request_av2(ana)
    await wang.tap("🕒 Propose another time")
    await wang.tap("🕒 " + when(wang.t, *AV4, SHANGHAI))
    offer = await ana.expect("proposes another time for your meeting.")
    await ana.tap("❌ Decline")
    await ana.expect("You declined the time {exhibitor} proposed, {when}.")
    await wang.expect("The buyer declined the time you proposed; that time is free again.")
    assert await _statuses(deps) == []
    await ana.forge(offer.message_id, pack("mt.take", "1"))
    await ana.expect_answer("This proposal is no longer open. See /meetings.")


async def test_an_unanswered_request_lapses_and_frees_the_time(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, _ = await _people(double, deps)
    await _request_av2(ana)
    await wang.expect("📅 Meeting request for {exhibitor}")
    deps.clock.freeze(TEST_NOW + timedelta(hours=24))
    lapsed = await ana.expect("got no answer in time and has lapsed.")
    assert "Maker 1 Co., Ltd." in lapsed.text and "jue, 15 oct, 10:00–10:30" in lapsed.text
    await wang.tap("✅ Accept")
    await wang.expect_answer("This request is no longer open")
    assert await _statuses(deps) == []
    await ana.command("meetings")
    await ana.expect("You have no upcoming meetings.")


async def test_an_instant_booking_is_told_to_every_member_at_once(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana, wang, li = await _people(double, deps)
    await slots_from_card(ana)
    await ana.tap(MADRID_AV2)
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    told = await wang.expect("📅 New meeting booked with {exhibitor}")
    assert told.buttons == [] and "Madrid (UTC+02:00)" in told.text
    await li.expect("📅 New meeting booked with {exhibitor}")
    assert await _statuses(deps) == [MeetingStatus.CONFIRMED]


async def test_a_manager_switches_to_requests_an_agent_cannot(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana, wang, li = await _people(double, deps)
    await make_manager(deps.db, WANG)
    somewhere = await a_message_of(li)
    await li.forge(somewhere, pack("st.meeting_settings"))
    await li.expect_answer("Only your exhibitor's managers can do this.")
    await wang.forge(await a_message_of(wang), pack("st.meeting_settings"))
    shown = await wang.expect("Meeting bookings for {exhibitor}")
    assert wang.tr("Now: instant booking.") in shown.text
    await wang.tap("Confirm each request")
    switched = await wang.expect("Now: by confirmation.")
    assert "✅ " + wang.tr("Confirm each request") in [b["text"] for b in switched.buttons]
    await li.forge(somewhere, pack("mr.mode", "instant"))  # an agent
    await li.expect_answer("This button is from an older message. Please use the latest one.")
    await _request_av2(ana)
    await li.expect("📅 Meeting request for {exhibitor}")


async def test_forged_answers_from_another_exhibitors_staff_change_nothing(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    await by_request(deps.db)
    ana, wang, _ = await _people(double, deps)
    zhou = await member(double, deps, ZHOU, "Zhou", "en", exhibitor_id="EX0002")
    await _request_av2(ana)
    alert = await wang.expect("📅 Meeting request for {exhibitor}")
    somewhere = await a_message_of(zhou)
    stale = "This button is from an older message. Please use the latest one."
    for data in (
        pack("mr.ok", "1"), pack("mr.no", "1"), pack("mr.alt", "1"), pack("mr.to", "1:AV5"),
        pack("mr.ok", "x"), pack("mr.ok", "9" * 30),
    ):  # fmt: skip
        await zhou.forge(somewhere, data)
        await zhou.expect_answer(stale)
    await ana.forge(alert.message_id, pack("mr.ok", "1"))  # the buyer is no staff
    await ana.expect_answer(stale)
    await wang.forge(alert.message_id, pack("mr.to", "1:AV5"))  # another exhibitor's time
    await wang.expect_answer("Sorry, this time is no longer available.")
    assert await _statuses(deps) == [MeetingStatus.REQUESTED]
    assert not [m for m in ana.user.bot_messages if ana.tr("accepted your meeting") in m.text]
