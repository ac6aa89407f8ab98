"""/forget after using every feature: nothing of the buyer is left in any table.

The buyer registers (sharing their contacts with exhibitors), searches, saves a
product, books a meeting, talks with an exhibitor's staff (a lead alert with
their name, e-mail and phone; a relayed reply), checks in up to a reward notice
and receives an announcement. After /forget every column of every table the
database has (read from the database itself, not from a list here) is searched
for their name, e-mail, phone, buyer number, words of their message and Telegram id.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from bot.db.outbox import QUEUED, SENDING, OutboxMessage
from bot.deps import Deps
from bot.services import meetings
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.checkin import fair_time
from tests.auxil.environment import TEST_NOW
from tests.auxil.live_talk import member
from tests.auxil.meetings import synced_catalog
from tests.auxil.registration import register_in_chat
from tests.auxil.staff import ADMIN
from tests.auxil.talk import TIMEOUT, Talk

BUYER = 7_123_456_789  # beyond 32 bits, as Telegram ids are
PRODUCT = "LED strip model 0"
QUESTION = "Can you ship 1000 pieces to Gdansk?"


@pytest.fixture
async def catalog(deps: Deps, tmp_path: Path) -> None:
    await synced_catalog(deps.db, tmp_path / "feed")


async def outbox_idle(deps: Deps) -> None:
    """Wait until every queued message has gone out."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            async with deps.db.read() as session:
                waiting = await session.execute(
                    select(OutboxMessage.id).where(OutboxMessage.status.in_((QUEUED, SENDING)))
                )
                if waiting.first() is None:
                    return
            await asyncio.sleep(0.05)


async def found_anywhere(deps: Deps, needles: list[str]) -> list[str]:
    """Each (table.column: value) of the whole database holding one of the needles."""

    def tables(connection: Any) -> list[tuple[str, list[str]]]:
        inspector = inspect(connection)
        return [
            (name, [column["name"] for column in inspector.get_columns(name)])
            for name in inspector.get_table_names()
        ]

    hits = []
    async with deps.db.engine.connect() as connection:
        for table, columns in await connection.run_sync(tables):
            rows = await connection.execute(text(f'SELECT * FROM "{table}"'))
            for row in rows.all():
                for column, value in zip(columns, row, strict=True):
                    shown = str(value).lower()
                    hits += [f"{table}.{column}: {value!r}" for n in needles if n in shown]
    return hits


async def test_forget_leaves_nothing_of_the_buyer_in_any_table(
    catalog: None, bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    wang = await member(double, deps, 6101, "Wang", "en")
    zofia = Talk(double, deps, user_id=BUYER, first_name="Zofia", language_code="en")
    code = await register_in_chat(zofia, "Zofia Kowalczyk", "germany", "Berlin")

    await zofia.say(PRODUCT)
    await zofia.expect("Results for “{query}”: {count}")
    await zofia.tap(PRODUCT)
    await zofia.expect("Exhibitor: {name}")
    await zofia.tap("⭐ Save")
    await zofia.expect_answer("Saved. See /saved.")
    await zofia.tap("📅 Book a meeting")
    listing = await zofia.expect("Book a meeting with {exhibitor}")
    slot_label = listing.buttons[1]["text"]
    await zofia.tap(slot_label)
    await zofia.tap("✅ Confirm")
    await zofia.expect("Meeting booked.")
    async with deps.db.read() as session:
        before = {s.id for s in await meetings.free_slots(session, "EX0001", TEST_NOW)}

    await zofia.tap("💬 Talk to the exhibitor")
    await zofia.expect("You are now in touch with")
    await zofia.say(QUESTION)
    alert = await wang.expect("New conversation for")
    assert "Zofia Kowalczyk" in alert.text and "buyer@example.com" in alert.text
    assert "+34600123456" in alert.text and "Gdansk" in alert.text
    await wang.tap("✋ Claim")
    await zofia.expect("have joined your conversation")
    await wang.say("Yes, USD 1.10 each.")
    await zofia.expect("Yes, USD 1.10 each.")
    await zofia.say("Thank you, Gdansk it is.")
    await wang.expect("Gdansk it is.")

    organizer = Talk(double, deps, user_id=ADMIN, first_name="Olga", language_code="en")
    await organizer.command("broadcast")
    await organizer.tap("One text for everyone")
    await organizer.expect("Send the text of the announcement")
    await organizer.say("Hall 5 opens at 9.")
    await organizer.tap("✅ Confirm")
    await zofia.expect("Hall 5 opens at 9.")

    for day in (15, 16, 17):
        deps.clock.freeze(fair_time(date(2026, 10, day), 8))
        await zofia.command("checkin")
        await zofia.expect("✅ You are checked in for {date}.")
    await zofia.expect("You earned a reward")
    await outbox_idle(deps)
    needles = ["zofia", "kowalczyk", "buyer@example.com", "600123456", code.lower(), "gdansk"]
    held = await found_anywhere(deps, [*needles, str(BUYER)])
    assert any(hit.startswith("relayed_messages.chat_id") for hit in held), held

    await zofia.command("forget")
    await zofia.expect("Also deleted: your meetings")
    await zofia.tap("Yes, delete my data")
    await zofia.expect("Your personal data has been deleted.")
    left = await found_anywhere(deps, [*needles, str(BUYER)])
    assert left == [], "\n".join(left)

    await wang.expect("The buyer closed the conversation about {product}.")
    async with deps.db.read() as session:
        after = {s.id for s in await meetings.free_slots(session, "EX0001", TEST_NOW)}
    assert len(after - before) == 1, "the meeting's slot is free again"
