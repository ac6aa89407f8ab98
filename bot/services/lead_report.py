"""How a lead reads, in its reader's language: reasons, level, last action, and the CSV file.

The alerts, the lead's card and the export say the same things the same way, so the
phrases live here once. The CSV file is what staff open in a spreadsheet, one row
per lead, written as every CSV of the bot is (`bot.services.csv_files`: UTF-8 with
a byte-order mark, no cell a spreadsheet runs as a formula).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo

from bot.domain import InterestKind, LeadLevel
from bot.i18n import N_, Translator
from bot.services import csv_files
from bot.services.categories import DEFAULT_CATEGORIES
from bot.services.lead_scores import Reason
from bot.services.lead_views import LeadView

# Translators: How likely a lead (a buyer interested in an exhibitor) is to buy: high,
# middle, low; shown to exhibitor staff as "{level}, score {score}".
LEVELS = {LeadLevel.HOT: N_("hot"), LeadLevel.WARM: N_("warm"), LeadLevel.COLD: N_("cold")}
LEVEL_MARKS = {LeadLevel.HOT: "🔥", LeadLevel.WARM: "🌤", LeadLevel.COLD: "❄️"}
ACTIONS = {
    InterestKind.VIEWED: N_("viewed a product"),
    InterestKind.SAVED: N_("saved a product"),
    InterestKind.MEETING: N_("booked a meeting"),
    InterestKind.TALK: N_("started a talk"),
    InterestKind.MESSAGE: N_("left a message"),
    InterestKind.SEARCHED: N_("searched for your products"),
}


def level(t: Translator, value: LeadLevel) -> str:
    return t.gettext(LEVELS[value])


def reason(t: Translator, found: Reason) -> str:
    """One reason as a phrase, with its points ("Saved 2 products (+6)")."""
    n = found.count
    phrases = {
        InterestKind.VIEWED: t.ngettext("Viewed {n} product", "Viewed {n} products", n),
        InterestKind.SAVED: t.ngettext("Saved {n} product", "Saved {n} products", n),
        InterestKind.MEETING: t.ngettext("Booked {n} meeting", "Booked {n} meetings", n),
        InterestKind.TALK: t.ngettext("Started {n} talk", "Started {n} talks", n),
        InterestKind.MESSAGE: t.ngettext("Left {n} message", "Left {n} messages", n),
        InterestKind.SEARCHED: t.ngettext(
            "Searched {n} time for what you sell", "Searched {n} times for what you sell", n
        ),
    }
    return f"{phrases[found.kind].format(n=t.number(n))} (+{t.number(found.points)})"


def adjustment(t: Translator, lead: LeadView) -> str | None:
    """The staff's adjustments as a reason ("Adjusted by staff (-2)"), if any."""
    if not lead.adjustment:
        return None
    sign = "+" if lead.adjustment > 0 else "-"
    points = sign + t.number(abs(lead.adjustment))
    return t.plain("Adjusted by staff ({points})", points=points)


def reasons(t: Translator, lead: LeadView) -> list[str]:
    found = [reason(t, item) for item in lead.reasons]
    adjusted = adjustment(t, lead)
    return [*found, adjusted] if adjusted else found


def interests(t: Translator, lead: LeadView) -> str:
    return ", ".join(
        t.gettext(DEFAULT_CATEGORIES[key]) for key in lead.interests if key in DEFAULT_CATEGORIES
    )


def last_action(t: Translator, lead: LeadView, zone: tzinfo) -> str:
    return t.plain(
        "{action}, {time}",
        action=t.gettext(ACTIONS[lead.last_kind]),
        time=t.datetime(lead.last_at, zone, "short"),
    )


def csv_document(t: Translator, found: Iterable[LeadView], zone: tzinfo) -> bytes:
    """The leads as a CSV file in the reader's language, times on the clock of `zone`."""
    header = [
        t.gettext(label)
        for label in (
            N_("Buyer ID"), N_("Name"), N_("Company"), N_("Country"), N_("E-mail"),
            N_("Phone"), N_("Interests"), N_("Level"), N_("Score"), N_("Reasons"),
            N_("Staff notes"), N_("Last action"), N_("First seen"),
        )
    ]  # fmt: skip
    return csv_files.document(header, (_row(t, lead, zone) for lead in found))


def _row(t: Translator, lead: LeadView, zone: tzinfo) -> list[object]:
    notes = "\n".join(f"{note.delta:+d} {note.text}" for note in lead.notes)
    return [
        lead.buyer_code, lead.full_name, lead.company, t.country(lead.country), lead.email,
        lead.phone or "", interests(t, lead), level(t, lead.level), lead.score,
        "; ".join(reasons(t, lead)), notes, last_action(t, lead, zone),
        t.datetime(lead.first_at, zone, "short"),
    ]  # fmt: skip
