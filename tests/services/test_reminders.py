"""Reminders and the countdown on both engines: 10:00 in each buyer's own zone, once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from bot.db.engine import Database
from bot.db.models import User
from bot.db.outbox import OutboxMessage
from bot.i18n import I18n
from bot.services import reminders, users
from bot.services.reminders import COUNTDOWN, REMINDER, due_day
from tests.auxil.checkin import CALENDAR, check_in, fair_time, register

LA, KIRITIMATI = "America/Los_Angeles", "Pacific/Kiritimati"


def local(zone: str, day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(zone))


def test_due_at_10_local_for_the_fair_day_of_that_instant() -> None:
    oct14, oct15 = date(2026, 10, 14), date(2026, 10, 15)
    # Far west: 10:00 on 14 October in Los Angeles is 01:00 on the 15th in Shanghai.
    assert due_day(CALENDAR, LA, local(LA, oct14, 9, 59)) is None
    assert due_day(CALENDAR, LA, local(LA, oct14, 10, 0)) == (REMINDER, oct15)
    # ... and 10:00 on the 13th is the day before the fair opens: the countdown.
    assert due_day(CALENDAR, LA, local(LA, date(2026, 10, 13), 10, 0)) == (COUNTDOWN, oct14)
    # Far east: 10:00 on the 15th in Kiritimati (UTC+14) is 04:00 on the 15th in Shanghai.
    assert due_day(CALENDAR, KIRITIMATI, local(KIRITIMATI, oct15, 9, 59)) is None
    assert due_day(CALENDAR, KIRITIMATI, local(KIRITIMATI, oct15, 10, 1)) == (REMINDER, oct15)
    # 10:00 on the 14th there is 04:00 on the 14th in Shanghai: the countdown, no reminder.
    assert due_day(CALENDAR, KIRITIMATI, local(KIRITIMATI, oct14, 10)) == (COUNTDOWN, oct14)
    # Still due later the same fair day (a job that was down catches up, even past the
    # buyer's midnight); not once that fair day is over.
    assert due_day(CALENDAR, LA, local(LA, oct15, 1, 30)) == (REMINDER, oct15)
    assert due_day(CALENDAR, "Europe/Madrid", fair_time(oct15, 23, 59)) == (REMINDER, oct15)
    assert due_day(CALENDAR, LA, local(LA, oct15, 9, 30)) is None
    # The last fair day in Los Angeles's 10:00 of 4 November falls on the 5th in Shanghai.
    assert due_day(CALENDAR, LA, local(LA, date(2026, 11, 4), 10)) is None


async def _run(db: Database, i18n: I18n, now: datetime) -> int:
    async with db.read() as session:
        groups = await reminders.due_groups(session, CALENDAR, now)
    async with db.write() as session:
        return await reminders.queue_due(
            session, groups, CALENDAR, i18n, "Canton Fair Online", now, limit=2
        )


async def _queued(db: Database) -> list[tuple[int, str, str]]:
    async with db.read() as session:
        rows = await session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.kind, OutboxMessage.text).order_by(
                OutboxMessage.chat_id
            )
        )
        return [tuple(r) for r in rows.all()]  # type: ignore[misc]


async def test_reminders_go_once_to_those_due_in_their_language(
    database: Database, i18n: I18n
) -> None:
    for telegram_id, zone in ((1, "Europe/Madrid"), (2, LA), (3, KIRITIMATI), (4, "Asia/Tokyo")):
        await register(database, telegram_id, zone)
    await register(database, 5, "Europe/Madrid")
    await register(database, 6, "Europe/Madrid")
    async with database.write() as session:
        await users.set_language(session, 1, "es", fair_time(date(2026, 10, 1)))
        await reminders.set_enabled(session, 5, False)
        await session.execute(
            update(User).where(User.telegram_id == 6).values(blocked_at=datetime.now(UTC))
        )
    # 10:30 on 15 October in Madrid is 16:30 in Shanghai; Tokyo's 10:00 was 09:00 there;
    # Kiritimati's was 04:00; Los Angeles's was 01:00 (10:00 on the 14th, local).
    now = local("Europe/Madrid", date(2026, 10, 15), 10, 30)
    await check_in(database, 4, now)
    assert await _run(database, i18n, now) == 2  # in batches: the limit is 2 here
    assert await _run(database, i18n, now) == 1
    assert await _run(database, i18n, now) == 0  # again, or after a restart: nothing doubled
    queued = await _queued(database)
    assert [(chat, kind) for chat, kind, _ in queued] == [
        (1, REMINDER),
        (2, REMINDER),
        (3, REMINDER),
    ]
    es = i18n.translator("es")
    assert es.gettext("✅ Check in") != "✅ Check in"
    assert es.date(date(2026, 10, 15)) in queued[0][2]


async def test_countdown_the_day_before_and_off_means_off(database: Database, i18n: I18n) -> None:
    await register(database, 1, "Europe/Madrid")
    await register(database, 2, "Europe/Madrid")
    async with database.write() as session:
        await reminders.set_enabled(session, 2, False)
    early = local("Europe/Madrid", date(2026, 10, 14), 9, 59)
    assert await _run(database, i18n, early) == 0
    at_ten = local("Europe/Madrid", date(2026, 10, 14), 10, 0)
    assert await _run(database, i18n, at_ten) == 1
    assert await _run(database, i18n, at_ten) == 0
    [(chat, kind, text)] = await _queued(database)
    assert (chat, kind) == (1, COUNTDOWN) and "Canton Fair Online" in text
    async with database.write() as session:
        assert await reminders.set_enabled(session, 2, True) is False
        assert await reminders.enabled(session, 2) is True
        assert await reminders.enabled(session, 99) is None
