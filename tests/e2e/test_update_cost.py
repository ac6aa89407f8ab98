"""What an update costs the database: each statement on SQLite is several hops to
aiosqlite's thread, so the common updates keep to the statements they need."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from bot.db.engine import Database
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from handlers.context import FairApplication
from tests.auxil.talk import Talk


@contextmanager
def statements_about(db: Database, telegram_id: int) -> Iterator[list[str]]:
    """The statements run inside the block whose parameters name `telegram_id` (the
    bot's jobs and outbox sender run meanwhile, about no one in particular)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        values = parameters.values() if isinstance(parameters, dict) else parameters or ()
        if telegram_id in tuple(values):
            seen.append(statement)

    event.listen(db.engine.sync_engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", record)


async def test_a_registration_answer_reads_the_flow_state_once_before_its_write(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    """The reader's language, block and flow state in one read; the write locks the
    state, then saves the next step: three statements about the buyer in all."""
    talk = Talk(double, deps, user_id=1101, first_name="John", language_code="en")
    await talk.command("register")
    await talk.expect("What is your full name?")
    with statements_about(deps.db, 1101) as seen:
        await talk.say("John Smith")
        await talk.expect("Which company do you represent?")
    assert len(seen) == 3, "\n\n".join(seen)


async def test_a_search_by_someone_in_no_talk_takes_no_write_to_find_that_out(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    """The arrival read says there is no live talk, so free text goes straight to the
    search: the arrival read and the search's record are all there is about the buyer."""
    talk = Talk(double, deps, user_id=1102, first_name="Ana", language_code="en")
    await talk.command("help")
    await talk.expect("What I can do")
    with statements_about(deps.db, 1102) as seen:
        await talk.say("office chair")
        await talk.expect("Nothing found for “office chair”.")
    assert len(seen) == 2, "\n\n".join(seen)
