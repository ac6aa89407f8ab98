"""Meetings end to end: a product card's "Book a meeting", the buyer's clock, .ics, /meetings.

The catalog's slot AV2 is 2026-10-15 08:00-08:30 UTC: 10:00 in Madrid, 17:00 in
Tokyo, 16:00 on the fair's clock (Shanghai).
"""

# ruff: noqa: RUF001 - Babel writes time ranges with en dashes, fullwidth tildes and colons

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.db.meetings import Meeting
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import ChatMessage
from handlers.callbacks import pack
from handlers.context import FairApplication
from tests.auxil.environment import BOT_TOKEN as TOKEN
from tests.auxil.feed import stamp
from tests.auxil.meetings import change_slots, registered, slots_from_card, synced_catalog
from tests.auxil.running import running_bot
from tests.auxil.talk import Talk

ANA, KEN, LEO = 7001, 7002, 7003
MADRID_AV2 = "📅 jue, 15 oct, 10:00–10:30"


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")
    await registered(deps.db, ANA, "Europe/Madrid", "es")
    await registered(deps.db, KEN, "Asia/Tokyo", "ja")


async def _count(deps: Deps) -> int:
    async with deps.db.read() as session:
        return int((await session.execute(select(func.count(Meeting.id)))).scalar_one())


async def test_book_from_a_card_get_an_ics_list_and_cancel(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    listing = await slots_from_card(ana)
    assert "Madrid (UTC+02:00)" in listing and "Shanghái (UTC+08:00)" in listing
    assert "jue, 15 oct, 10:00–10:30 (hora de la feria: jue, 15 oct, 16:00–16:30)" in listing
    assert listing.count("(hora de la feria:") == 4, "AV1 to AV4: the past slot is not offered"
    await ana.tap(MADRID_AV2)
    question = await ana.expect("Book this meeting?")
    assert "Maker 1 Co., Ltd." in question.text and "LED strip model 0" in question.text
    assert "Su hora: jue, 15 oct, 10:00–10:30 (Madrid (UTC+02:00))" in question.text
    assert "Hora de la feria: jue, 15 oct, 16:00–16:30" in question.text
    await ana.tap("✅ Confirm")
    booked = await ana.expect("Meeting booked.")
    assert booked.message_id == question.message_id and "10:00–10:30" in booked.text
    invitation = await ana.expect_document()
    assert invitation.document_name == "meeting-1.ics" and invitation.document is not None
    ics = invitation.document.decode()
    assert "DTSTART:20261015T080000Z" in ics and "Reunión con Maker 1 Co.\\, Ltd." in ics

    await ana.command("meetings")
    mine = await ana.expect("Your meetings")
    assert "1. jue, 15 oct, 10:00–10:30 con Maker 1 Co., Ltd." in mine.text
    await ana.tap("❌ Cancelar reunión 1")
    await ana.expect("Cancel your meeting with {exhibitor} on {when}?")
    await ana.tap("No, keep the meeting")
    await ana.expect("Your meetings")
    await ana.tap("❌ Cancelar reunión 1")
    await ana.tap("Yes, cancel it")
    await ana.expect("The time is free again.")
    cancellation = await ana.expect_document()
    assert cancellation.document_name == "meeting-1-cancelled.ics"
    assert cancellation.document is not None
    cancel = cancellation.document.decode()
    assert "METHOD:CANCEL" in cancel and "STATUS:CANCELLED" in cancel
    assert _uid(cancel) == _uid(ics), "the cancellation names the event sent at booking"
    assert await _count(deps) == 0
    await ana.command("meetings")
    await ana.expect("You have no upcoming meetings.")
    assert MADRID_AV2 in [b["text"] for b in (await _reopen(ana)).buttons]


def _uid(ics: str) -> str:
    return next(line for line in ics.splitlines() if line.startswith("UID:"))


async def _reopen(talk: Talk) -> ChatMessage:
    await talk.tap("📅 Book a meeting")
    return await talk.expect("Book a meeting with {exhibitor}")


async def test_madrid_and_tokyo_buyers_see_one_slot_on_their_own_clocks(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    ken = Talk(double, deps, KEN, "Ken", "ja")
    madrid, tokyo = await slots_from_card(ana), await slots_from_card(ken)
    assert "10:00–10:30" in madrid and "17時00分～17時30分" not in madrid
    assert "10月15日(木) 17時00分～17時30分" in tokyo and "東京 (UTC+09:00)" in tokyo
    assert "展示会時間：10月15日(木) 16時00分～16時30分" in tokyo


async def test_a_slot_taken_while_confirming_double_taps_and_overlaps(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    ken = Talk(double, deps, KEN, "Ken", "ja")
    await slots_from_card(ken)
    await ken.tap("📅 10月15日(木) 17時00分～17時30分")
    await ken.expect("Book this meeting?")
    await slots_from_card(ana)
    await ana.tap(MADRID_AV2)
    question = await ana.expect("Book this meeting?")
    await ana.tap("✅ Confirm", message_id=question.message_id)
    await ana.tap("✅ Confirm", message_id=question.message_id)
    await ana.expect("Meeting booked.")
    await ana.expect_answer("You have already booked this meeting. See /meetings.")
    assert await _count(deps) == 1

    await ken.tap("✅ Confirm")
    fresh = await ken.expect("Sorry, this time was just taken by another buyer.")
    labels = [b["text"] for b in fresh.buttons]
    assert "📅 10月15日(木) 17時00分～17時30分" not in labels and len(labels) == 3
    assert await _count(deps) == 1

    await slots_from_card(ana, "LED strip model 1")  # another exhibitor, AV5 at 10:15
    await ana.tap("📅 jue, 15 oct, 10:15–10:45")
    await ana.tap("✅ Confirm")
    await ana.expect_answer("You already have another meeting at that time. See /meetings.")
    assert await _count(deps) == 1


async def test_forged_and_stale_buttons_change_nothing(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    ken = Talk(double, deps, KEN, "Ken", "ja")
    await slots_from_card(ana)
    await ana.tap(MADRID_AV2)
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    await ken.command("meetings")
    empty = await ken.expect("You have no upcoming meetings.")
    stale = "This button is from an older message. Please use the latest one."
    for data in (
        pack("mt.dropok", "1"),  # Ana's meeting, from Ken
        pack("mt.drop", "1"),
        pack("mt.drop", "x"),
        pack("mt.drop", "9" * 30),
        pack("mt.pick", "NO-SUCH-SLOT"),
        pack("mt.book", "NO-SUCH-SLOT:P000000"),
        pack("mt.slots", "NO-SUCH-EXHIBITOR"),
    ):
        await ken.forge(empty.message_id, data)
        await ken.expect_answer(stale)
    assert await _count(deps) == 1
    await ana.command("meetings")
    await ana.tap("❌ Cancelar reunión 1")
    confirm = await ana.expect("Cancel your meeting with {exhibitor} on {when}?")
    await ana.tap("Yes, cancel it", message_id=confirm.message_id)
    await ana.expect("The time is free again.")
    await ana.forge(confirm.message_id, pack("mt.dropok", "1"))
    await ana.expect_answer(stale)


async def test_an_unregistered_buyer_is_offered_registration_and_books_nothing(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    leo = Talk(double, deps, LEO, "Leo", "en")
    await leo.say("LED strip model 0")
    await leo.tap("LED strip model 0")
    await leo.tap("📅 Book a meeting")
    await leo.expect("please register first")
    await leo.command("meetings")
    await leo.expect("please register first")
    await leo.tap("📝 Register")
    await leo.expect("What is your full name?")
    assert await _count(deps) == 0


@pytest.fixture
async def minimal() -> AsyncIterator[BotApiDouble]:
    server = BotApiDouble(token=TOKEN, core_only=True)
    await server.start()
    yield server
    await server.stop()


async def test_booking_on_a_core_only_server_carries_on_without_the_ics(
    catalog: None, minimal: BotApiDouble, deps: Deps
) -> None:
    async with running_bot(deps, minimal):
        ana = Talk(minimal, deps, ANA, "Ana", "es")
        await slots_from_card(ana)
        await ana.tap(MADRID_AV2)
        await ana.tap("✅ Confirm")
        await ana.expect("Meeting booked.")
        await ana.command("meetings")
        await ana.expect("Your meetings")
    assert all(m.document is None for m in ana.user.bot_messages)
    assert await _count(deps) == 1


async def test_a_slot_the_sync_deletes_stays_listed_as_changed_by_the_exhibitor(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps, tmp_path: Path
) -> None:
    ana = Talk(double, deps, ANA, "Ana", "es")
    await slots_from_card(ana)
    await ana.tap(MADRID_AV2)
    await ana.tap("✅ Confirm")
    await ana.expect("Meeting booked.")
    tombstone = {"id": "AV2", "deleted": True, "updated_at": stamp(90)}
    await change_slots(deps.db, tmp_path / "feed", [tombstone])
    await ana.command("meetings")
    mine = await ana.expect("Your meetings")
    assert "1. jue, 15 oct, 10:00–10:30 con Maker 1 Co., Ltd." in mine.text
    assert ana.tr("Changed by the exhibitor: this time is no longer offered.") in mine.text
    await ana.tap("❌ Cancelar reunión 1")
    await ana.tap("Yes, cancel it")
    await ana.expect("The time is free again.")
    assert await _count(deps) == 0


async def test_an_exhibitor_with_no_free_time_says_so_without_buttons(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ken = Talk(double, deps, KEN, "Ken", "ja")
    await slots_from_card(ken, "LED strip model 1")  # Maker 2 has one slot, AV5
    await ken.tap("📅 10月15日(木) 17時15分～17時45分")
    await ken.tap("✅ Confirm")
    await ken.expect("Meeting booked.")
    ana = Talk(double, deps, ANA, "Ana", "es")
    await ana.say("LED strip model 1")
    await ana.tap("LED strip model 1")
    await ana.tap("📅 Book a meeting")
    none_left = await ana.expect("has no free meeting times at the moment.")
    assert "Maker 2 Co., Ltd." in none_left.text and none_left.buttons == []


async def test_a_buyer_over_the_days_limit_is_refused_and_books_another_day(
    catalog: None, double: BotApiDouble, deps: Deps
) -> None:
    one_a_day = replace(deps, settings=replace(deps.settings, meetings_per_day=1))
    async with running_bot(one_a_day, double):
        ana = Talk(double, deps, ANA, "Ana", "es")
        await slots_from_card(ana)
        await ana.tap("📅 jue, 15 oct, 3:00–3:30")  # AV1, 15 October
        await ana.tap("✅ Confirm")
        await ana.expect("Meeting booked.")
        await ana.tap("📅 Book a meeting")
        await ana.expect("Book a meeting with {exhibitor}")
        await ana.tap(MADRID_AV2)  # 15 October again
        await ana.tap("✅ Confirm")
        limit = ana.t.nformat(
            "You have {n} meeting or request on that fair day, the most one buyer may have. "
            "Please pick another day, or cancel one in /meetings.",
            "You have {n} meetings or requests on that fair day, the most one buyer may have. "
            "Please pick another day, or cancel one in /meetings.",
            1,
            n=ana.t.number(1),
        )
        await ana.expect_answer(limit)
        assert await _count(deps) == 1
        await ana.tap("📅 Book a meeting")
        await ana.expect("Book a meeting with {exhibitor}")
        await ana.tap("📅 vie, 16 oct, 9:00–9:30")  # AV4, 16 October
        question = await ana.expect("Book this meeting?")
        await ana.tap("✅ Confirm", message_id=question.message_id)
        await ana.expect("Meeting booked.")
    assert await _count(deps) == 2
