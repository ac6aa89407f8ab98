"""Every figure as a table: named columns and rows of raw values, for CSV files.

The names (`Table.name`, the file's stem) and the columns are stable English
keys: the command line writes them as they are, the chat handler passes its
translated headers to `figure_csv` instead. A suppressed count is written "<5".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.services import csv_files
from bot.services import figures_talks as talks
from bot.services.figure_sets import ExhibitorFigures, OrganizerFigures
from bot.services.figures import Count


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


def figure_csv(table: Table, header: Sequence[str] | None = None) -> bytes:
    """The table as a CSV file (UTF-8 with BOM, formula-safe), under `header` if given
    (translated column names, one per column), else under its column keys."""
    names = table.columns if header is None else tuple(header)
    if len(names) != len(table.columns):
        raise ValueError(f"{table.name} has {len(table.columns)} columns, not {len(names)}")
    return csv_files.document(names, table.rows)


def _cell(value: Count | int | None) -> object:
    if isinstance(value, Count):
        return value.shown if value.shown is not None else str(value)
    return "" if value is None else value


def _table(name: str, columns: tuple[str, ...], rows: Sequence[Sequence[object]]) -> Table:
    return Table(name, columns, tuple(tuple(_cell(v) for v in row) for row in rows))  # type: ignore[arg-type]


def _response_rows(found: Sequence[talks.ResponseTimes]) -> list[tuple[object, ...]]:
    return [
        (r.exhibitor_id, r.name.get("en") or next(iter(r.name.values()), ""), r.answered,
         r.median_seconds, r.p90_seconds)
        for r in found
    ]  # fmt: skip


RESPONSE_COLUMNS = ("exhibitor_id", "exhibitor", "answered_talks", "median_seconds", "p90_seconds")


def organizer_tables(figures: OrganizerFigures) -> list[Table]:
    """Every organizer figure, one table each."""
    f = figures
    countries = [(c.country, c.buyers) for c in f.countries.top]
    return [
        _table("registrations_per_day", ("day", "buyers"),
               [(d.day.isoformat(), d.buyers) for d in f.registered]),
        _table("registrations_by_country", ("country", "buyers"),
               [*countries, ("others", f.countries.others)]),
        _table("checkins_per_day", ("day", "buyers"),
               [(d.day.isoformat(), d.buyers) for d in f.checked_in]),
        _table("streaks", ("days", "buyers"), [(s.days, s.buyers) for s in f.streaks]),
        _table("rewards", ("tier", "granted", "redeemed"),
               [(r.tier_id, r.granted, r.redeemed) for r in f.rewards]),
        _table("searches_per_hour", ("hour", "searches"),
               [(h.hour, h.searches) for h in f.hours]),
        _table("top_queries", ("query", "searches"), [(q.query, q.searches) for q in f.queries]),
        _table("top_unfound", ("language", "query", "searches"),
               [(q.language, q.query, q.searches) for found in f.unfound.values() for q in found]),
        _meetings(f.meetings),
        _table("response_times", RESPONSE_COLUMNS, _response_rows(f.response_times)),
        _table("slowest_responses", RESPONSE_COLUMNS, _response_rows(f.slowest)),
        _table("outbox_per_day", ("day", "sent", "blocked", "failed"),
               [(o.day.isoformat(), o.sent, o.blocked, o.failed) for o in f.outbox]),
    ]  # fmt: skip


def exhibitor_tables(figures: ExhibitorFigures) -> list[Table]:
    """One exhibitor's figures, one table each."""
    f = figures
    return [
        _table("interest", ("kind", "buyers", "times"),
               [(i.kind.value, i.buyers, i.times) for i in f.interest]),
        _table("leads_by_level", ("level", "buyers"),
               [(v.level.value, v.buyers) for v in f.levels]),
        _meetings(f.meetings),
        _table("response_times", RESPONSE_COLUMNS, _response_rows(f.response_times)),
    ]  # fmt: skip


def _meetings(met: talks.Meetings) -> Table:
    return _table(
        "meetings",
        ("requested", "accepted", "held", "no_show"),
        [(met.requested, met.accepted, met.held, met.no_show)],
    )
