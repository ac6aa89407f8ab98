"""Staff manage meeting slots in the chat: add a day's, take one out of booking, remove one;
what cannot be done is refused with a reason and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.deps import Deps
from bot.services import staff_slots
from bot.telegram_double import BotApiDouble
from handlers.callbacks import pack
from handlers.context import FairApplication
from handlers.replies import STALE_BUTTON
from tests.auxil.live_talk import buyer, catalog, member

__all__ = ["catalog"]


async def test_a_member_adds_a_day_and_manages_its_slots(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    li = await member(double, deps, 6901, "Li", "en")
    await li.command("slots")
    await li.expect("Meeting slots of")
    await li.command("addslots", "2026-10-16 09:00-10:30 30")
    await li.expect_text(li.t.nformat("Added {n} slot.", "Added {n} slots.", 3, n=li.t.number(3)))
    listing = await li.expect("Meeting slots of")
    assert listing.text.count(li.t.gettext("free")) >= 3
    async with deps.db.read() as session:
        rows = await staff_slots.upcoming(session, "EX0001", deps.clock.now(), limit=100)
    mine = [row for row in rows if row.staff_added]
    assert [row.starts_at for row in mine][:1] == [datetime(2026, 10, 16, 1, 0, tzinfo=UTC)]

    await li.command("addslots", "2026-10-16 10:00-11:00 30")
    await li.expect("Those times overlap slots you have already.")
    await li.command("addslots", "2026-09-01 10:00-11:00 30")
    await li.expect("That date is not a fair day.")
    await li.command("addslots", "tomorrow 10-11")
    await li.expect("Write the date as year-month-day")

    first = mine[0].id
    await li.forge(listing.message_id, pack("sl.off", first))
    edited = await li.expect(li.t.gettext("unavailable"))
    assert "✅" in str(edited.buttons)
    await li.forge(listing.message_id, pack("sl.rm", first))
    await li.expect("Meeting slots of")
    async with deps.db.read() as session:
        left = {row.id for row in await staff_slots.upcoming(session, "EX0001", deps.clock.now())}
    assert first not in left

    ben = await buyer(double, deps, 6902, "Ben", "en", consent=True)
    await ben.command("slots")
    await ben.expect("This command is for exhibitor staff.")
    await ben.command("start")
    await ben.expect("Welcome to")
    await ben.forge(ben.user.bot_messages[-1].message_id, pack("sl.rm", mine[1].id))
    await ben.expect_answer(STALE_BUTTON)
    async with deps.db.read() as session:
        still = {row.id for row in await staff_slots.upcoming(session, "EX0001", deps.clock.now())}
    assert mine[1].id in still
