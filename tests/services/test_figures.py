"""The organizers' figures counted from a database filled with known numbers, both engines."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.services import figures_buyers, figures_outbox, figures_searches, figures_talks
from bot.services.figures import Count, DayCount, Period
from bot.services.figures_buyers import CountryCount, RewardCount, StreakCount
from bot.services.figures_outbox import OutboxDay
from bot.services.figures_searches import QueryCount
from bot.services.figures_talks import Meetings
from tests.auxil.figures import D15, D16, D17, D19, SHANGHAI, at, fill

FAIR = Period.days(date(2026, 10, 15), date(2026, 10, 24), SHANGHAI)
LESS = Count(None)  # what "< 5" is


@pytest.fixture
async def filled(database: Database) -> Database:
    await fill(database)
    return database


def test_a_count_of_one_to_four_buyers_is_suppressed() -> None:
    assert [Count.of(n).shown for n in (0, 1, 4, 5, 200_000)] == [0, None, None, 5, 200_000]
    assert [str(Count.of(n)) for n in (0, 3, 7)] == ["0", "<5", "7"]


def test_periods_follow_the_fair_clock(settings: Settings) -> None:
    clock = Clock()
    clock.freeze(at(D16, 15))
    assert Period.today(settings, clock) == Period(at(D16, 0), at(D16, 15), SHANGHAI)
    assert Period.fair_so_far(settings, clock) == Period(at(D15, 0), at(D16, 15), SHANGHAI)
    clock.freeze(datetime(2026, 12, 1, tzinfo=UTC))
    assert Period.fair_so_far(settings, clock).end == at(date(2026, 10, 25), 0)
    clock.freeze(datetime(2026, 10, 1, tzinfo=UTC))
    before = Period.fair_so_far(settings, clock)
    assert before.start == before.end and before.dates() == []
    assert Period.phase(settings, 1) == FAIR
    with pytest.raises(ValueError):
        Period.phase(settings, 2)
    three = Settings.from_env(
        {"FAIR_PHASES": "2026-10-15..2026-10-19,2026-10-23..2026-10-27"}, env_file=None
    )
    assert Period.phase(three, 2) == Period(
        at(date(2026, 10, 23), 0), at(date(2026, 10, 28), 0), SHANGHAI
    )
    assert Period.since(D16, settings, clock).start == at(D16, 0)


async def test_registrations_by_fair_day_and_country(filled: Database) -> None:
    async with filled.read() as s:
        per_day = await figures_buyers.registrations_per_day(s, FAIR)
        on_16th = await figures_buyers.registrations_per_day(s, Period.days(D16, D16, SHANGHAI))
        countries = await figures_buyers.registrations_by_country(s, FAIR)
        everything = await figures_buyers.registrations_by_country(
            s, Period(datetime(2026, 1, 1, tzinfo=UTC), at(D17, 0), SHANGHAI)
        )
    # 23:59 on the 15th is the 15th, 00:01 on the 16th the 16th (both 16:xx UTC on the 15th)
    assert per_day == [DayCount(D15, Count(15)), DayCount(D16, LESS)]
    assert on_16th == [DayCount(D16, LESS)]
    # FR (2) and IT (3) are too few to be named: they are "others"
    assert countries.top == (CountryCount("DE", Count(8)), CountryCount("ES", Count(5)))
    assert countries.others == Count(5)
    assert everything.top[0] == CountryCount("CN", Count(20))


async def test_checkins_streaks_and_rewards(filled: Database) -> None:
    async with filled.read() as s:
        per_day = await figures_buyers.checkins_per_day(s, FAIR)
        one_phase = await figures_buyers.streaks(s, FAIR, ((D15, date(2026, 10, 24)),))
        two_phases = await figures_buyers.streaks(s, FAIR, ((D15, D17), (D19, date(2026, 10, 24))))
        first_day = await figures_buyers.streaks(s, Period.days(D15, D15, SHANGHAI), ((D15, D19),))
        rewards = await figures_buyers.rewards(s, FAIR)
    assert per_day == [
        DayCount(D15, Count(12)), DayCount(D16, Count(7)), DayCount(D17, Count(5)),
        DayCount(D19, Count(5)),
    ]  # fmt: skip
    assert one_phase == [StreakCount(1, Count(5)), StreakCount(2, LESS), StreakCount(3, Count(5))]
    # the 18th is no fair day: the 17th and the 19th are neighbours
    assert two_phases == [StreakCount(1, Count(5)), StreakCount(2, LESS), StreakCount(4, Count(5))]
    assert first_day == [StreakCount(1, Count(12))]
    assert rewards == [RewardCount("bronze", Count(5), LESS)]


async def test_searches_by_hour_and_top_queries_never_one_buyers(filled: Database) -> None:
    async with filled.read() as s:
        hours = await figures_searches.searches_per_hour(s, FAIR)
        top = await figures_searches.top_queries(s, FAIR)
        unfound = await figures_searches.top_unfound(s, FAIR)
        first = await figures_searches.top_queries(s, FAIR, limit=1)
    assert len(hours) == 24
    assert {h.hour: h.searches for h in hours if h.searches} == {9: 6, 14: 17}
    # "solar": 7 searches by one buyer, never listed
    assert top == [QueryCount(None, "led lamp", 6), QueryCount(None, "=cmd", 5),
                   QueryCount(None, "bomba", 5)]  # fmt: skip
    assert first == [QueryCount(None, "led lamp", 6)]
    assert unfound == {
        "en": [QueryCount("en", "=cmd", 5)],
        "es": [QueryCount("es", "bomba", 5)],
    }


async def test_meetings_and_first_response_times(filled: Database) -> None:
    async with filled.read() as s:
        meetings = await figures_talks.meetings(s, FAIR)
        times = await figures_talks.response_times(s, FAIR)
        none_today = await figures_talks.response_times(s, Period.days(D17, D17, SHANGHAI))
    assert meetings == Meetings(Count(9), Count(8), Count(5), LESS)
    assert [(t.exhibitor_id, t.answered, t.median_seconds, t.p90_seconds) for t in times] == [
        ("EX1", Count(5), 30, 100), ("EX2", LESS, 500, 600), ("EX3", Count(5), 60, 60),
    ]  # fmt: skip
    assert times[0].name == {"en": "Maker EX1"}
    # EX2 is slower but answered too few talks to be ranked
    assert [t.exhibitor_id for t in figures_talks.slowest(times)] == ["EX3", "EX1"]
    assert none_today == []


async def test_outbox_per_day(filled: Database) -> None:
    async with filled.read() as s:
        days = await figures_outbox.outbox_per_day(s, FAIR)
    assert days == [OutboxDay(D15, 3, 1, 1), OutboxDay(D16, 2, 0, 0)]
