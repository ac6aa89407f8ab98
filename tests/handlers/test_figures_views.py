"""The figures as the reader sees them: every organizer chart and every booth chart drawn
from a database filled with known numbers, in Arabic (right to left) and Chinese with no
glyph missing, the small groups labelled "< 5", and the text a server without photos
gets."""

from __future__ import annotations

import io
import logging
from datetime import date

import pytest
from PIL import Image

from bot.charts import Chart, ChartKind, Direction, Series, render
from bot.config import Settings
from bot.db.engine import Database
from bot.i18n import I18n
from bot.services import figure_sets
from bot.services.figures import Period
from handlers import figures_views as views
from tests.auxil.figures import SHANGHAI, fill

FAIR = Period.days(date(2026, 10, 15), date(2026, 10, 24), SHANGHAI)
TITLES = [
    "Registrations per day", "Registrations by country", "Check-ins per fair day",
    "Buyers by their longest check-in streak", "Rewards granted and redeemed",
    "Searches per hour (fair time)", "Top searches", "Searches that found nothing", "Meetings",
    "Slowest first answers in live talks, minutes", "Messages the bot sent on its own, per day",
]  # fmt: skip


@pytest.fixture
async def filled(database: Database) -> Database:
    await fill(database)
    return database


async def test_every_organizer_chart_draws_in_arabic_and_chinese(
    filled: Database, settings: Settings, i18n: I18n, caplog: pytest.LogCaptureFixture
) -> None:
    async with filled.read() as s:
        figures = await figure_sets.organizer(s, FAIR, settings)
    english = views.organizer(i18n.translator("en"), figures, settings.rewards)
    assert [d.chart.title for d in english] == TITLES
    countries = english[1].chart
    assert countries.kind == ChartKind.RANKED and countries.series[0].labels is not None
    assert "< 5" in countries.series[0].labels or "Others" in countries.categories
    for code in ("ar", "zh_Hans"):
        t = i18n.translator(code)
        drawn = views.organizer(t, figures, settings.rewards)
        assert [d.chart.title for d in drawn] == [t.gettext(title) for title in TITLES]
        assert all((d.chart.direction == Direction.RTL) == (code == "ar") for d in drawn)
        with caplog.at_level(logging.WARNING):
            for figure in drawn:  # filterwarnings=error: a missing glyph fails the test
                png = render(figure.chart)
                assert Image.open(io.BytesIO(png)).size == (1280, 720)
        assert not [r for r in caplog.records if "missing from font" in r.getMessage()]


async def test_a_booth_sees_its_own_charts_and_text_without_photos(
    filled: Database, i18n: I18n
) -> None:
    async with filled.read() as s:
        booth = await figure_sets.of_exhibitor(s, FAIR, "EX2")
    t = i18n.translator("en")
    drawn = views.exhibitor(t, booth, "Maker 2")
    assert [d.chart.title for d in drawn] == [
        "Buyers' interest in Maker 2", "Leads by score", "Meetings",
        "First answer in live talks, minutes",
    ]  # fmt: skip
    text = views.as_text(drawn[0])
    assert text.startswith("<b>Buyers' interest in Maker 2</b>")
    assert "Viewed a product: 6" in text


def test_user_text_in_a_chart_read_as_text_is_escaped() -> None:
    searched = Series("Searches", (7.0,), ("7",))
    top = Chart(ChartKind.RANKED, "Top searches", ("<b>led & co",), (searched,))
    text = views.as_text(views.Drawn(top, "<b>Top searches</b>"))
    assert text.splitlines() == ["<b>Top searches</b>", "&lt;b&gt;led &amp; co: 7"]
