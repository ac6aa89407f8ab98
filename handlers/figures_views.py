"""What the figures look like: each figure as a chart in the reader's language, its caption,
and the words of the CSV headers and the period buttons.

Pure functions of a Translator and the service's figure sets. Dates and numbers are
Babel's for the reader's locale, country names the locale's own; a count of 1 to 4
buyers is drawn as a hatched bar labelled "< 5" (`Count.shown` is None).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from babel.dates import format_skeleton

from bot.charts import Chart, ChartKind, Direction, HanForms, Series
from bot.config import Settings
from bot.domain import InterestKind, LeadLevel
from bot.i18n import N_, Translator
from bot.services.figure_sets import ExhibitorFigures, OrganizerFigures
from bot.services.figures import SMALLEST_SHOWN, Count, DayCount
from bot.services.figures_talks import Meetings, ResponseTimes
from bot.services.outbox import Buttons
from bot.tiers import Rewards
from handlers.callbacks import pack

TOP_UNFOUND = 15
#: The CSV files' column headers, by the column keys of `bot.services.figure_tables`.
HEADERS = {
    "day": N_("Day"), "buyers": N_("Buyers"), "country": N_("Country"),
    # Translators: Column headings of the check-in figures: the streak length, the reward,
    # how many buyers were given it (granted) or used it (redeemed).
    "days": N_("Days in a row"), "tier": N_("Reward"), "granted": N_("Granted"),
    "redeemed": N_("Redeemed"), "hour": N_("Hour (fair time)"), "searches": N_("Searches"),
    # Translators: Column headings: "Query" is the text buyers searched for; "Requested"
    # counts meetings buyers asked for.
    "query": N_("Query"), "language": N_("Language"), "requested": N_("Requested"),
    # Translators: Column headings of the organizers' meeting figures: meetings requested,
    # accepted, that took place (held), where the buyer did not come (no-show).
    "accepted": N_("Accepted"), "held": N_("Held"), "no_show": N_("No-show"),
    "exhibitor_id": N_("Exhibitor ID"), "exhibitor": N_("Exhibitor"),
    "answered_talks": N_("Talks answered"), "median_seconds": N_("Median first answer (s)"),
    "p90_seconds": N_("90th percentile (s)"), "sent": N_("Sent"), "blocked": N_("Blocked"),
    # Translators: Column headings: "Interest" is the kind of interest a buyer showed
    # (viewed, saved, booked...), "Times" how many times it happened (a count, not clock
    # times), "Level" a lead's level.
    "failed": N_("Failed"), "kind": N_("Interest"), "times": N_("Times"), "level": N_("Level"),
}  # fmt: skip
INTERESTS = {
    InterestKind.VIEWED: N_("Viewed a product"), InterestKind.SAVED: N_("Saved a product"),
    InterestKind.MEETING: N_("Meeting"), InterestKind.TALK: N_("Live talk"),
    InterestKind.MESSAGE: N_("Left a message"), InterestKind.SEARCHED: N_("Searched"),
}  # fmt: skip
LEVELS = {LeadLevel.HOT: N_("Hot"), LeadLevel.WARM: N_("Warm"), LeadLevel.COLD: N_("Cold")}
#: The charts' keys, in the order they come (the names of their files).
ORGANIZER_KEYS = (
    "registrations_per_day", "registrations_by_country", "checkins_per_day", "streaks",
    "rewards", "searches_per_hour", "top_queries", "top_unfound", "meetings",
    "slowest_responses", "outbox_per_day",
)  # fmt: skip
BOOTH_KEYS = ("interest", "leads_by_level", "meetings", "response_times")


@dataclass(frozen=True)
class Drawn:
    """A figure to send: its chart, its caption (HTML, one line under a title), and the
    stable English key a file of it is named by."""

    chart: Chart
    caption: str
    key: str = ""


def periods(t: Translator, settings: Settings) -> Buttons:
    """Today, the fair so far, and each phase (with its dates) as buttons."""
    rows: Buttons = [
        [
            (t.gettext("Today"), pack("fg.p", "t")),
            (t.gettext("The fair so far"), pack("fg.p", "f")),
        ]
    ]
    phases = settings.phases
    if len(phases) > 1:
        rows.append([
            # Translators: the fair's phases (the Canton Fair is held in three), as buttons.
            (t.plain("Phase {n}", n=t.number(n)), pack("fg.p", f"p{n}"))
            for n in range(1, len(phases) + 1)
        ])  # fmt: skip
    return rows


def period_name(t: Translator, which: str, first: date, last: date) -> str:
    """ "Today, 15 Oct 2026", "The fair so far, 15-17 Oct 2026", "Phase 2, ..."."""
    if which == "t":
        name = t.gettext("Today")
    elif which == "f":
        name = t.gettext("The fair so far")
    else:
        name = t.plain("Phase {n}", n=t.number(int(which[1:])))
    days = t.date(first, "medium") if first == last else t.date_range(first, last)
    return f"{name}, {days}"


def organizer(t: Translator, figures: OrganizerFigures, rewards: Rewards) -> list[Drawn]:
    """The whole fair's charts; `rewards` has the reward tiers' names."""
    f = figures
    countries = [(t.country(c.country), c.buyers) for c in f.countries.top]
    if f.countries.others.shown != 0:
        countries.append((t.gettext("Others"), f.countries.others))
    unfound = sorted(
        ((q.query, q.language or "", q.searches) for found in f.unfound.values() for q in found),
        key=lambda row: -row[2],
    )[:TOP_UNFOUND]
    drawn = [
        _days(t, t.gettext("Registrations per day"), f.registered),
        _counts(t, ChartKind.RANKED, t.gettext("Registrations by country"), countries),
        _days(t, t.gettext("Check-ins per fair day"), f.checked_in),
        _counts(
            t,
            ChartKind.BARS,
            t.gettext("Buyers by their longest check-in streak"),
            [
                (t.nformat("{n} day", "{n} days", s.days, n=t.number(s.days)), s.buyers)
                for s in f.streaks
            ],
        ),
        _rewards(t, f, rewards),
        _plain(
            t,
            ChartKind.BARS,
            t.gettext("Searches per hour (fair time)"),
            [(f"{h.hour:02d}", h.searches) for h in f.hours],
            t.gettext("Searches"),
        ),
        _plain(
            t,
            ChartKind.RANKED,
            t.gettext("Top searches"),
            [(q.query, q.searches) for q in f.queries],
            t.gettext("Searches"),
        ),
        _plain(
            t,
            ChartKind.RANKED,
            t.gettext("Searches that found nothing"),
            [(f"{query} ({_language(t, language)})", n) for query, language, n in unfound],
            t.gettext("Searches"),
        ),
        _meetings(t, f.meetings),
        _slowest(t, f.slowest),
        _outbox(t, f),
    ]
    return [replace(d, key=key) for d, key in zip(drawn, ORGANIZER_KEYS, strict=True)]


def exhibitor(t: Translator, figures: ExhibitorFigures, name: str) -> list[Drawn]:
    """One exhibitor's charts, titled with its name."""
    f = figures
    interest = [(t.gettext(INTERESTS[i.kind]), i.buyers) for i in f.interest]
    levels = [(t.gettext(LEVELS[v.level]), v.buyers) for v in f.levels]
    times = f.response_times[0] if f.response_times else None
    minutes = [] if times is None else [
        (t.gettext("Median"), times.median_seconds / 60),
        (t.gettext("90th percentile"), times.p90_seconds / 60),
    ]  # fmt: skip
    drawn = [
        _counts(t, ChartKind.BARS, t.plain("Buyers' interest in {name}", name=name), interest),
        _counts(t, ChartKind.BARS, t.gettext("Leads by score"), levels),
        _meetings(t, f.meetings),
        _plain(
            t,
            ChartKind.BARS,
            t.gettext("First answer in live talks, minutes"),
            minutes,
            t.gettext("Minutes"),
        ),
    ]
    return [replace(d, key=key) for d, key in zip(drawn, BOOTH_KEYS, strict=True)]


def as_text(drawn: Drawn) -> str:
    """A chart as lines of text (HTML: user text such as search queries escaped), for a
    server that cannot send photos."""
    chart = drawn.chart
    lines = [drawn.caption]
    for series in chart.series:
        labels = series.labels or tuple(_number_text(v) for v in series.values)
        prefix = f"{series.name}: " if len(chart.series) > 1 else ""
        lines += [
            html.escape(f"{prefix}{c}: {label}", quote=False)
            for c, label in zip(chart.categories, labels, strict=True)
        ]
    return "\n".join(lines)


def _number_text(value: float | None) -> str:
    return f"< {SMALLEST_SHOWN}" if value is None else f"{value:g}"


def _frame(t: Translator, kind: ChartKind, title: str, categories: Sequence[str],
           series: Sequence[Series]) -> Drawn:  # fmt: skip
    chart = Chart(
        kind=kind, title=title, categories=tuple(categories), series=tuple(series),
        empty_text=t.gettext("No data for this period."),
        direction=Direction.RTL if t.rtl else Direction.LTR,
        han_forms=HanForms.for_locale(t.code), number_locale=str(t.locale),
        suppressed_below=SMALLEST_SHOWN,
    )  # fmt: skip
    return Drawn(chart, "<b>" + html.escape(title, quote=False) + "</b>")


def _count_series(t: Translator, name: str, counts: Sequence[Count]) -> Series:
    less = t.plain("< {n}", n=t.number(SMALLEST_SHOWN))
    return Series(
        name,
        tuple(None if c.shown is None else float(c.shown) for c in counts),
        tuple(less if c.shown is None else t.number(c.shown) for c in counts),
    )


def _counts(
    t: Translator, kind: ChartKind, title: str, rows: Sequence[tuple[str, Count]]
) -> Drawn:
    series = [_count_series(t, t.gettext("Buyers"), [c for _, c in rows])] if rows else []
    return _frame(t, kind, title, [label for label, _ in rows], series)


def _days(t: Translator, title: str, days: Sequence[DayCount]) -> Drawn:
    rows = [(format_skeleton("MMMd", d.day, locale=t.locale), d.buyers) for d in days]
    return _counts(t, ChartKind.BARS, title, rows)


def _plain(
    t: Translator, kind: ChartKind, title: str, rows: Sequence[tuple[str, float]], name: str
) -> Drawn:
    if not rows:
        return _frame(t, kind, title, [], [])
    values = tuple(float(v) for _, v in rows)
    series = Series(name, values, tuple(t.number(round(v, 1)) for v in values))
    return _frame(t, kind, title, [label for label, _ in rows], [series])


def _rewards(t: Translator, f: OrganizerFigures, rewards: Rewards) -> Drawn:
    names = {tier.id: tier.name(t.code) for tier in rewards.tiers}
    granted = [r.granted for r in f.rewards]
    redeemed = [r.redeemed for r in f.rewards]
    series = [_count_series(t, t.gettext("Granted"), granted),
              _count_series(t, t.gettext("Redeemed"), redeemed)] if f.rewards else []  # fmt: skip
    categories = [names.get(r.tier_id, r.tier_id) for r in f.rewards]
    return _frame(t, ChartKind.GROUPED, t.gettext("Rewards granted and redeemed"), categories,
                  series)  # fmt: skip


def _meetings(t: Translator, met: Meetings) -> Drawn:
    rows = [
        (t.gettext("Requested"), met.requested), (t.gettext("Accepted"), met.accepted),
        (t.gettext("Held"), met.held), (t.gettext("No-show"), met.no_show),
    ]  # fmt: skip
    return _counts(t, ChartKind.BARS, t.gettext("Meetings"), rows)


def _slowest(t: Translator, slowest: Sequence[ResponseTimes]) -> Drawn:
    title = t.gettext("Slowest first answers in live talks, minutes")
    if not slowest:
        return _frame(t, ChartKind.RANKED, title, [], [])
    names = [r.name.get(t.code) or r.name.get("en") or r.exhibitor_id for r in slowest]
    series = [
        Series(t.gettext("Median"), tuple(r.median_seconds / 60 for r in slowest),
               tuple(t.number(round(r.median_seconds / 60, 1)) for r in slowest)),
        Series(t.gettext("90th percentile"), tuple(r.p90_seconds / 60 for r in slowest),
               tuple(t.number(round(r.p90_seconds / 60, 1)) for r in slowest)),
    ]  # fmt: skip
    return _frame(t, ChartKind.RANKED, title, names, series)


def _outbox(t: Translator, f: OrganizerFigures) -> Drawn:
    title = t.gettext("Messages the bot sent on its own, per day")
    if not f.outbox:
        return _frame(t, ChartKind.STACKED, title, [], [])
    days = [format_skeleton("MMMd", o.day, locale=t.locale) for o in f.outbox]
    series = [
        Series(t.gettext("Sent"), tuple(float(o.sent) for o in f.outbox)),
        Series(t.gettext("Blocked"), tuple(float(o.blocked) for o in f.outbox)),
        Series(t.gettext("Failed"), tuple(float(o.failed) for o in f.outbox)),
    ]
    return _frame(t, ChartKind.STACKED, title, days, series)


def _language(t: Translator, code: str) -> str:
    """A search language's name in the reader's language ("" when mixed)."""
    if not code:
        return t.gettext("several languages")
    return str(t.locale.languages.get(code.split("_")[0]) or code)
