"""What each registration step shows: the question, its buttons, the summary.

Rendering only: the flow's rules live in bot.services.registration, and the
routing of answers in handlers.registration.
"""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup

from bot.i18n import N_, Translator
from bot.services import registration as reg
from bot.services import timezones
from bot.services.categories import category_keys, category_label
from bot.services.flow_state import State
from bot.services.registration import Draft, Step
from handlers.callbacks import pack
from handlers.replies import Markup, inline

TOTAL_STEPS = len(reg.STEPS)

QUESTIONS = {
    Step.FULL_NAME: N_("What is your full name?"),
    Step.COMPANY: N_("Which company do you represent?"),
    Step.COUNTRY: N_("Which country are you from? Type its name in any language."),
    Step.TIMEZONE: N_(
        "Which time zone are you in? Meeting times will be shown in it. "
        "Pick one below, or type an offset such as UTC+3."
    ),
    Step.EMAIL: N_("What is your business e-mail address?"),
    Step.PHONE: N_(
        "Share your phone number with the button below, so exhibitors can call you back. "
        "Or tap Skip."
    ),
    Step.INTERESTS: N_("Which products are you looking for? Tap all that apply, then Done."),
    Step.CONSENT: N_(
        "May exhibitors see your name, company, country, e-mail and phone when you contact "
        "them or book a meeting? You can change this at any time in /profile."
    ),
}

FIELD_LABELS = {
    Step.FULL_NAME: N_("Name"),
    Step.COMPANY: N_("Company"),
    Step.COUNTRY: N_("Country"),
    Step.TIMEZONE: N_("Time zone"),
    Step.EMAIL: N_("E-mail"),
    Step.PHONE: N_("Phone"),
    Step.INTERESTS: N_("Interests"),
    Step.CONSENT: N_("Shared with exhibitors"),
}


def question(t: Translator, state: State[Step, Draft], now: datetime) -> tuple[str, Markup]:
    """The question for the state's step, with its buttons."""
    step = state.step
    if step == Step.SUMMARY:
        return summary(t, state, now)
    if step == Step.COUNTRY and state.draft.country_choices:
        return country_choices(t, state)
    text = t.gettext(QUESTIONS[step])
    if step in reg.STEPS and not state.draft.editing:
        progress = t.format(
            "Step {n} of {total}",
            n=t.number(reg.STEPS.index(step) + 1),
            total=t.number(TOTAL_STEPS),
        )
        text = f"<i>{progress}</i>\n{text}"
    return text, _buttons(t, state, now)


def country_choices(t: Translator, state: State[Step, Draft]) -> tuple[str, Markup]:
    rows = [
        [(t.country(code), pack("r.country", str(i), state.token))]
        for i, code in enumerate(state.draft.country_choices)
    ]
    return t.gettext("Several countries match. Which one do you mean?"), inline(rows)


def summary(
    t: Translator, state: State[Step, Draft], now: datetime, editing: bool = False
) -> tuple[str, InlineKeyboardMarkup]:
    """All answers for a last look, with Confirm (or Save) and Edit."""
    edit_flow = state.flow == reg.EDIT_FLOW.name
    heading = (
        t.gettext("Your profile with this change:")
        if edit_flow
        else t.gettext("Please check your details:")
    )
    lines = [f"<b>{heading}</b>", ""]
    for field, value in field_values(t, state.draft, now):
        lines.append(f"{t.gettext(FIELD_LABELS[field])}: {value}")
    if editing:
        rows = [
            [(t.gettext(FIELD_LABELS[f]), pack("r.edit", f, state.token))] for f in reg.EDITABLE
        ]
        rows.append([(t.gettext("« Back"), pack("r.summary", "", state.token))])
    else:
        confirm = t.gettext("✅ Save") if edit_flow else t.gettext("✅ Confirm")
        rows = [
            [(confirm, pack("r.confirm", "", state.token))],
            [(t.gettext("✏️ Edit a field"), pack("r.editmenu", "", state.token))],
        ]
    return "\n".join(lines), inline(rows)


def field_values(t: Translator, draft: Draft, now: datetime) -> list[tuple[Step, str]]:
    """Each profile field as the reader should see it (escaped, localised)."""
    phone = draft.phone
    return [
        (Step.FULL_NAME, t.value(draft.full_name or "")),
        (Step.COMPANY, t.value(draft.company or "")),
        (Step.COUNTRY, t.value(t.country(draft.country or ""))),
        (Step.TIMEZONE, t.value(_zone_label(t, draft.timezone or "", now))),
        (Step.EMAIL, t.value(draft.email or "")),
        (Step.PHONE, t.value(phone) if phone else t.gettext("not shared")),
        (Step.INTERESTS, ", ".join(t.gettext(category_label(k)) for k in draft.interests)),
        (Step.CONSENT, t.gettext("Yes") if draft.consent else t.gettext("No")),
    ]


def has_buttons(state: State[Step, Draft]) -> bool:
    """Whether the step is answered with buttons (worth showing again after a hint)."""
    if state.step == Step.COUNTRY:
        return bool(state.draft.country_choices)
    return state.step in (Step.TIMEZONE, Step.INTERESTS, Step.CONSENT, Step.SUMMARY)


def contact_keyboard(t: Translator) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        [[KeyboardButton(t.gettext("📱 Share my phone number"), request_contact=True)]],
        resize_keyboard=True,
        one_time_keyboard=True,
    )


def _buttons(
    t: Translator, state: State[Step, Draft], now: datetime
) -> InlineKeyboardMarkup | None:
    step, token = state.step, state.token
    if step == Step.TIMEZONE:
        return inline(
            [
                [(_zone_label(t, zone, now), pack("r.tz", str(i), token))]
                for i, zone in enumerate(state.draft.timezone_choices)
            ]
        )
    if step == Step.PHONE:
        return inline([[(t.gettext("Skip"), pack("r.skip_phone", "", token))]])
    if step == Step.INTERESTS:
        return interests_keyboard(t, state)
    if step == Step.CONSENT:
        return inline(
            [
                [
                    (t.gettext("Yes, share"), pack("r.consent", "yes", token)),
                    (t.gettext("No"), pack("r.consent", "no", token)),
                ]
            ]
        )
    return None


def interests_keyboard(t: Translator, state: State[Step, Draft]) -> InlineKeyboardMarkup:
    chosen = set(state.draft.interests)
    rows = [
        [
            (
                ("✅ " if key in chosen else "") + t.gettext(category_label(key)),
                pack("r.interest", key, state.token),
            )
        ]
        for key in category_keys()
    ]
    rows.append([(t.gettext("Done"), pack("r.interests_done", "", state.token))])
    return inline(rows)


def _zone_label(t: Translator, zone: str, now: datetime) -> str:
    return timezones.timezone_label(zone, t.code, now) if zone else ""
