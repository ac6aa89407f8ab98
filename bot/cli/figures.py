"""`python bot.py figures --out DIR [--since DATE] [--lang CODE]`: every organizer figure
as a CSV file and every chart as a PNG.

For organizers who prefer files to the chat: one `<figure>.csv` per figure (see
`bot.services.figure_tables`), English column keys, counts of fewer than 5 buyers
written "<5"; one `<chart>.png` per chart the chat shows, in the language CODE
(English by default). The period is the fair so far, or from the start of DATE (on
the fair's clock) to now, which takes in the registrations before the fair.

The search log is folded into its tallies first, as the bot's job does every few
minutes: a database the bot has not run on is folded whole once, then read quickly.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import date
from pathlib import Path

from bot.charts import pool
from bot.cli import runtime
from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.i18n import I18n
from bot.services import figure_sets, search_tallies
from bot.services.figure_tables import figure_csv, organizer_tables
from bot.services.figures import Period
from handlers import figures_views as views


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    figures = commands.add_parser(
        "figures", help="write every organizer figure as a CSV file into a directory"
    )
    figures.add_argument("--out", type=Path, required=True, help="the directory to write into")
    figures.add_argument(
        "--since",
        type=date.fromisoformat,
        metavar="DATE",
        help="count from this day (YYYY-MM-DD, fair clock) to now; default: the fair so far",
    )
    figures.add_argument(
        "--lang", default="en", metavar="CODE", help="the charts' language (default: en)"
    )
    figures.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    return runtime.run(write_figures(context.settings, args.out, args.since, Clock(), args.lang))


async def write_figures(
    settings: Settings, out: Path, since: date | None, clock: Clock, language: str = "en"
) -> int:
    """Write the CSV files and the charts; exit 1 with one line on stderr when DIR cannot
    be written."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        print(f"cannot write into {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    if since is None:
        period = Period.fair_so_far(settings, clock)
    else:
        period = Period.since(since, settings, clock)
    database = Database(settings.database_url)
    try:
        await search_tallies.fold(database, settings.fair_timezone, clock)
        figures = await figure_sets.read_organizer(database, period, settings)
    finally:
        await database.dispose()
    t = I18n(settings.locales_dir).translator(language)
    tables = organizer_tables(figures)
    charts = views.organizer(t, figures, settings.rewards)
    pngs = await asyncio.gather(*(pool.drawn(drawn.chart) for drawn in charts))
    try:
        for table in tables:
            (out / f"{table.name}.csv").write_bytes(figure_csv(table))
        for drawn, png in zip(charts, pngs, strict=True):
            (out / f"{drawn.key}.png").write_bytes(png)
    except OSError as error:
        print(f"cannot write into {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    print(f"{len(tables)} figures written to {out}, from {period.start:%Y-%m-%d %H:%M} UTC")
    return 0
