"""An exhibitor's own figures: its numbers only, never another exhibitor's, both engines."""

from __future__ import annotations

from datetime import date

import pytest

from bot.db.engine import Database
from bot.domain import InterestKind, LeadLevel
from bot.services import figure_sets, figures_exhibitor, figures_talks
from bot.services.figure_tables import exhibitor_tables
from bot.services.figures import Count, Period
from bot.services.figures_exhibitor import InterestCount, LevelCount
from bot.services.figures_talks import Meetings
from tests.auxil.figures import SHANGHAI, fill

FAIR = Period.days(date(2026, 10, 15), date(2026, 10, 24), SHANGHAI)
LESS = Count(None)


@pytest.fixture
async def filled(database: Database) -> Database:
    await fill(database)
    return database


async def test_an_exhibitor_sees_its_own_interest_leads_meetings_and_times(
    filled: Database,
) -> None:
    async with filled.read() as s:
        interest = await figures_exhibitor.interest(s, FAIR, "EX1")
        levels = await figures_exhibitor.leads_by_level(s, FAIR, "EX1")
        meetings = await figures_talks.meetings(s, FAIR, "EX1")
        times = await figures_talks.response_times(s, FAIR, "EX1")
        other = await figures_exhibitor.interest(s, FAIR, "EX2")
    assert interest[:2] == [
        InterestCount(InterestKind.VIEWED, Count(5), 10),
        InterestCount(InterestKind.SAVED, LESS, None),  # 2 buyers: how often is hidden too
    ]
    assert [i.buyers for i in interest[2:]] == [Count(0)] * 4
    assert levels == [
        LevelCount(LeadLevel.HOT, Count(5)), LevelCount(LeadLevel.WARM, LESS),
        LevelCount(LeadLevel.COLD, Count(0)),
    ]  # fmt: skip
    assert meetings == Meetings(Count(7), Count(6), Count(5), LESS)
    assert [(t.exhibitor_id, t.median_seconds, t.p90_seconds) for t in times] == [("EX1", 30, 100)]
    assert other[0] == InterestCount(InterestKind.VIEWED, Count(6), 18)


async def test_no_table_of_an_exhibitor_holds_another_exhibitors_numbers(
    filled: Database,
) -> None:
    async with filled.read() as s:
        tables = {
            t.name: t for t in exhibitor_tables(await figure_sets.of_exhibitor(s, FAIR, "EX2"))
        }
        nobody = {
            t.name: t for t in exhibitor_tables(await figure_sets.of_exhibitor(s, FAIR, "EX9"))
        }
    assert tables["interest"].rows[0] == ("viewed", 6, 18)
    assert tables["leads_by_level"].rows == (("hot", 6), ("warm", 0), ("cold", 0))
    assert tables["meetings"].rows == (("<5", "<5", 0, 0),)
    assert [row[0] for row in tables["response_times"].rows] == ["EX2"]
    assert nobody["meetings"].rows == ((0, 0, 0, 0),)
    assert nobody["response_times"].rows == ()
    assert all(row[1:] == (0, 0) for row in nobody["interest"].rows)
