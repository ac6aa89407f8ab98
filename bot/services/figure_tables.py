"""Every figure as a table: named columns and rows of raw values, for CSV files.

The names (`Table.name`, the file's stem) and the columns are stable English
keys: the command line writes them as they are, the chat handler passes its
translated headers to `figure_csv` instead. A suppressed count is written "<5".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from bot.services import csv_files
from bot.services import figures_buyers as buyers
from bot.services import figures_exhibitor as exhibitor
from bot.services import figures_outbox as outbox
from bot.services import figures_searches as searches
from bot.services import figures_talks as talks
from bot.services.figures import Count, Period


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


async def organizer_tables(
    session: AsyncSession, period: Period, settings: Settings
) -> list[Table]:
    """Every organizer figure of the period, one table each."""
    registered = await buyers.registrations_per_day(session, period)
    by_country = await buyers.registrations_by_country(session, period)
    checked_in = await buyers.checkins_per_day(session, period)
    streaks = await buyers.streaks(session, period, settings.phases)
    rewards = await buyers.rewards(session, period)
    hours = await searches.searches_per_hour(session, period)
    queries = await searches.top_queries(session, period)
    unfound = await searches.top_unfound(session, period)
    met = await talks.meetings(session, period)
    times = await talks.response_times(session, period)
    slowest = await talks.slowest(session, period)
    sent = await outbox.outbox_per_day(session, period)
    countries = [(c.country, c.buyers) for c in by_country.top]
    return [
        _table("registrations_per_day", ("day", "buyers"),
               [(d.day.isoformat(), d.buyers) for d in registered]),
        _table("registrations_by_country", ("country", "buyers"),
               [*countries, ("others", by_country.others)]),
        _table("checkins_per_day", ("day", "buyers"),
               [(d.day.isoformat(), d.buyers) for d in checked_in]),
        _table("streaks", ("days", "buyers"), [(s.days, s.buyers) for s in streaks]),
        _table("rewards", ("tier", "granted", "redeemed"),
               [(r.tier_id, r.granted, r.redeemed) for r in rewards]),
        _table("searches_per_hour", ("hour", "searches"), [(h.hour, h.searches) for h in hours]),
        _table("top_queries", ("query", "searches"), [(q.query, q.searches) for q in queries]),
        _table("top_unfound", ("language", "query", "searches"),
               [(q.language, q.query, q.searches) for found in unfound.values() for q in found]),
        _meetings(met),
        _table("response_times", RESPONSE_COLUMNS, _response_rows(times)),
        _table("slowest_responses", RESPONSE_COLUMNS, _response_rows(slowest)),
        _table("outbox_per_day", ("day", "sent", "blocked", "failed"),
               [(o.day.isoformat(), o.sent, o.blocked, o.failed) for o in sent]),
    ]  # fmt: skip


async def exhibitor_tables(
    session: AsyncSession, period: Period, exhibitor_id: str
) -> list[Table]:
    """One exhibitor's figures of the period, one table each; nothing of another exhibitor."""
    shown = await exhibitor.interest(session, period, exhibitor_id)
    levels = await exhibitor.leads_by_level(session, period, exhibitor_id)
    met = await talks.meetings(session, period, exhibitor_id)
    times = await talks.response_times(session, period, exhibitor_id)
    return [
        _table("interest", ("kind", "buyers", "times"),
               [(i.kind.value, i.buyers, i.times) for i in shown]),
        _table("leads_by_level", ("level", "buyers"), [(v.level.value, v.buyers) for v in levels]),
        _meetings(met),
        _table("response_times", RESPONSE_COLUMNS, _response_rows(times)),
    ]  # fmt: skip


def _meetings(met: talks.Meetings) -> Table:
    return _table(
        "meetings",
        ("requested", "accepted", "held", "no_show"),
        [(met.requested, met.accepted, met.held, met.no_show)],
    )
