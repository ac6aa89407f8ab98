"""How leads read for staff: the list with its filters and pages, a lead's card, the alerts.

Text is HTML in the reader's language; buttons are plain (label, data) rows.
"""

from __future__ import annotations

from datetime import tzinfo

from bot.domain import AlertMode, LeadAlert, LeadLevel
from bot.i18n import N_, Translator
from bot.services import lead_report
from bot.services.lead_report import LEVEL_MARKS
from bot.services.lead_views import LeadView, Page
from handlers.callbacks import pack

Rows = list[list[tuple[str, str]]]

ALL, RECENT = "a", "r"
#: The list's filters by the code their buttons carry: a level, or none (all, recent).
FILTERS: dict[str, LeadLevel | None] = {
    ALL: None, "h": LeadLevel.HOT, "w": LeadLevel.WARM, "c": LeadLevel.COLD, RECENT: None,
}  # fmt: skip
FILTER_LABELS = {
    # Translators: Filter buttons over an exhibitor's leads by level: how likely the buyer
    # is to buy (high, middle, low).
    ALL: N_("All"), "h": N_("🔥 Hot"), "w": N_("🌤 Warm"), "c": N_("❄️ Cold"),
    RECENT: N_("🕑 Recent"),
}  # fmt: skip
ADJUST_EXAMPLE = N_(
    "Send the change of score and a note, for example:\n"
    "+3 Met at the booth, wants samples\n"
    "-2 Only buys through an agent\n"
    "Or send /cancel."
)


def list_data(code: str, offset: int = 0) -> str:
    return pack("ld.list", f"{code}.{offset}")


def listing(t: Translator, exhibitor: str, page: Page, code: str) -> tuple[str, Rows]:
    """The page's leads, one line and one button each, then filters, pages and the export."""
    heading = t.format("Leads of {exhibitor}", exhibitor=exhibitor)
    lines = [f"<b>{heading}</b>"]
    if code != ALL:
        lines.append(t.format("Shown: {filter}", filter=t.gettext(FILTER_LABELS[code])))
    if not page.leads:
        lines.append(t.gettext("No leads here yet."))
    else:
        lines.append(
            t.format(
                "{first}–{last} of {total}",  # noqa: RUF001 - a range takes an en dash
                first=t.number(page.offset + 1),
                last=t.number(page.offset + len(page.leads)),
                total=t.number(page.total),
            )
        )
    lines.append("")
    for lead in page.leads:
        lines.append(
            f"{LEVEL_MARKS[lead.level]} <b>{t.value(lead.full_name)}</b> · "
            f"{t.value(lead.company)} · {t.value(t.country(lead.country))} — "
            + t.format("score {score}", score=t.number(lead.score))
        )
    if page.anonymous:
        lines.append("")
        lines.append(
            t.nformat(
                "{n} more interested buyer did not agree to share their details.",
                "{n} more interested buyers did not agree to share their details.",
                page.anonymous,
                n=t.number(page.anonymous),
            )
        )
    rows: Rows = [
        [(f"{LEVEL_MARKS[lead.level]} {lead.full_name}"[:60], pack("ld.card", lead.buyer_code))]
        for lead in page.leads
    ]
    rows.append(
        [
            (("• " if key == code else "") + t.gettext(label), list_data(key))
            for key, label in FILTER_LABELS.items()
        ]
    )
    turn = []
    if page.offset > 0:
        turn.append((t.gettext("« Previous"), list_data(code, page.offset - page.size)))
    if page.offset + page.size < page.total:
        turn.append((t.gettext("Next »"), list_data(code, page.offset + page.size)))
    if turn:
        rows.append(turn)
    if page.total:
        rows.append([(t.gettext("⬇️ Export as CSV"), pack("ld.csv"))])
    return "\n".join(lines), rows


def card(t: Translator, lead: LeadView, zone: tzinfo) -> tuple[str, Rows]:
    """Everything about one lead, with Adjust and the way back to the list."""
    level = t.format(
        "{level}, score {score}",
        level=lead_report.level(t, lead.level),
        score=t.number(lead.score),
    )
    lines = [
        f"{LEVEL_MARKS[lead.level]} <b>{t.value(lead.full_name)}</b>",
        t.value(lead.company),
        t.format("Buyer ID: {code}", code=lead.buyer_code),
        t.format("Country: {country}", country=t.country(lead.country)),
        t.format("E-mail: {email}", email=lead.email),
    ]
    if lead.phone:
        lines.append(t.format("Phone: {phone}", phone=lead.phone))
    interests = lead_report.interests(t, lead)
    if interests:
        lines.append(t.format("Interests: {interests}", interests=interests))
    lines += ["", level, t.gettext("Why:")]
    lines += [f"• {t.value(reason)}" for reason in lead_report.reasons(t, lead)]
    lines.append(t.format("Last action: {action}", action=lead_report.last_action(t, lead, zone)))
    if lead.notes:
        lines += ["", t.gettext("Notes:")]
        for note in lead.notes:
            when = t.datetime(note.created_at, zone, "short")
            lines.append(f"• {note.delta:+d} {t.value(note.text)} ({t.value(when)})")
    rows = [
        [(t.gettext("✏️ Adjust the score"), pack("ld.adj", lead.buyer_code))],
        [(t.gettext("📅 Invite to a meeting"), pack("lm.ask", lead.buyer_code))],
        [(t.gettext("« Back to the list"), list_data(ALL))],
    ]
    return "\n".join(lines), rows


def alert(t: Translator, lead: LeadView, kind: LeadAlert) -> tuple[str, Rows]:
    """A lead alert: who, how warm and why, and a button to the lead's card."""
    if kind == LeadAlert.HOT:
        heading = t.format("🔥 Hot lead: {name}", name=lead.full_name)
    else:
        heading = t.format("🆕 New lead: {name}", name=lead.full_name)
    lines = [
        f"<b>{heading}</b>",
        f"{t.value(lead.company)} · {t.value(t.country(lead.country))}",
        t.format(
            "{level}, score {score}",
            level=lead_report.level(t, lead.level),
            score=t.number(lead.score),
        ),
        *(f"• {t.value(reason)}" for reason in lead_report.reasons(t, lead)),
    ]
    return "\n".join(lines), [[(t.gettext("Open the lead"), pack("ld.card", lead.buyer_code))]]


def digest(t: Translator, levels: dict[LeadLevel, int]) -> tuple[str, Rows]:
    """The digest: how many leads came or turned hot, by level; names are in /leads."""
    total = sum(levels.values())
    lines = [
        "<b>"
        + t.nformat(
            "Lead digest: {n} new or hotter lead",
            "Lead digest: {n} new or hotter leads",
            total,
            n=t.number(total),
        )
        + "</b>",
        " · ".join(
            f"{LEVEL_MARKS[level]} {t.value(lead_report.level(t, level))}: {t.number(count)}"
            for level, count in sorted(levels.items(), key=lambda item: -HEAT[item[0]])
        ),
        t.gettext("Send /leads to see who they are."),
    ]
    return "\n".join(lines), [[(t.gettext("📈 Leads"), list_data(ALL))]]


HEAT = {LeadLevel.HOT: 3, LeadLevel.WARM: 2, LeadLevel.COLD: 1}


def alert_mode(t: Translator, mode: AlertMode, hours: int) -> tuple[str, Rows]:
    """How the exhibitor gets lead alerts now, and the two choices (the current one ticked)."""
    if mode == AlertMode.INSTANT:
        now = t.gettext("Now: each new or hot lead as it comes, at most one per lead an hour.")
    else:
        now = t.nformat(
            "Now: one digest every {n} hour.", "Now: one digest every {n} hours.", hours,
            n=t.number(hours),
        )  # fmt: skip
    # Translators: How exhibitor staff receive lead alerts: each one as it happens, or a
    # summary every few hours.
    choices = ((AlertMode.INSTANT, N_("As they come")), (AlertMode.DIGEST, N_("Digest")))
    row = [
        (("✅ " if choice == mode else "") + t.gettext(label), pack("ld.mode", choice.value))
        for choice, label in choices
    ]
    return "<b>" + t.gettext("Lead alerts") + "</b>\n" + now, [row]
