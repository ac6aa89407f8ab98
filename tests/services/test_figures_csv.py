"""Figures as CSV files, and `python bot.py figures --out DIR`, both engines."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import figures as figures_command
from bot.cli.main import main
from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.services import figure_sets
from bot.services.figure_tables import Table, figure_csv, organizer_tables
from bot.services.figures import Period
from tests.auxil.environment import TEST_ENV
from tests.auxil.figures import SHANGHAI, at, fill

FAIR = Period.days(date(2026, 10, 15), date(2026, 10, 24), SHANGHAI)


def _parsed(document: bytes) -> list[list[str]]:
    assert document.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(document.decode("utf-8-sig"))))


@pytest.fixture
async def filled(database: Database) -> Database:
    await fill(database)
    return database


async def test_every_figure_reads_back_from_its_csv(filled: Database, settings: Settings) -> None:
    async with filled.read() as s:
        alone = await figure_sets.organizer(s, FAIR, settings)
    side_by_side = await figure_sets.read_organizer(filled, FAIR, settings)
    assert side_by_side == alone
    tables = {t.name: t for t in organizer_tables(side_by_side)}
    assert _parsed(figure_csv(tables["registrations_per_day"])) == [
        ["day", "buyers"], ["2026-10-15", "15"], ["2026-10-16", "<5"],
    ]  # fmt: skip
    assert _parsed(figure_csv(tables["registrations_by_country"]))[1:] == [
        ["DE", "8"], ["ES", "5"], ["others", "5"],
    ]  # fmt: skip
    # a query a spreadsheet would run as a formula stays text
    assert _parsed(figure_csv(tables["top_unfound"]))[1:] == [
        ["en", "'=cmd", "5"], ["es", "bomba", "5"],
    ]  # fmt: skip
    assert _parsed(figure_csv(tables["slowest_responses"]))[1:] == [
        ["EX3", "Maker EX3", "5", "60", "60"], ["EX1", "Maker EX1", "5", "30", "100"],
    ]  # fmt: skip
    translated = ["Angefragt", "Angenommen", "Geführt", "=X"]
    assert _parsed(figure_csv(tables["meetings"], translated)) == [
        ["Angefragt", "Angenommen", "Geführt", "'=X"], ["9", "8", "5", "<5"],
    ]  # fmt: skip
    assert "Secret Name" not in "".join(
        figure_csv(table).decode("utf-8-sig") for table in tables.values()
    )
    with pytest.raises(ValueError):
        figure_csv(tables["meetings"], ["one"])


def test_an_empty_table_is_its_header() -> None:
    assert _parsed(figure_csv(Table("streaks", ("days", "buyers"), ()))) == [["days", "buyers"]]


async def test_the_command_writes_every_figure(
    filled: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> None:
    for name, value in {**TEST_ENV, "DATABASE_URL": filled.url}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    clock = Clock()
    clock.freeze(at(date(2026, 10, 20), 12))
    monkeypatch.setattr(figures_command, "Clock", lambda: clock)
    out = tmp_path / "figures"

    assert await asyncio.to_thread(main, ["figures", "--out", str(out), "--lang", "ar"]) == 0
    written = sorted(path.name for path in out.iterdir())
    files = [n for n in written if n.endswith(".csv")]
    assert len(files) == 12 and "outbox_per_day.csv" in files
    charts = [n for n in written if n.endswith(".png")]
    assert len(charts) == 11 and "registrations_by_country.png" in charts
    with Image.open(out / "registrations_by_country.png") as chart:
        assert chart.size == (1280, 720)
    fair = _parsed((out / "registrations_by_country.csv").read_bytes())
    assert ["CN", "20"] not in fair  # registered before the fair

    assert (
        await asyncio.to_thread(main, ["figures", "--out", str(out), "--since", "2026-10-01"]) == 0
    )
    since = _parsed((out / "registrations_by_country.csv").read_bytes())
    assert since[1] == ["CN", "20"]

    (tmp_path / "file").write_text("")
    capfd.readouterr()
    assert await asyncio.to_thread(main, ["figures", "--out", str(tmp_path / "file")]) == 1
    error = capfd.readouterr().err
    assert error.startswith("cannot write into") and error.count("\n") == 1
