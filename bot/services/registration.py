"""Buyer registration: one question at a time, the draft kept in flow state.

Each answer is checked, stored in the draft and moves the flow on, in one
transaction. Buttons carry the flow's token and are only taken at the step
they belong to, so a button from an older message changes nothing. Confirming
creates the buyer and ends the flow in the same transaction; a second tap
finds no draft and is refused, so one buyer row and one badge come of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import AlreadyRegistered, InvalidAnswer, StaleAction
from bot.services import answers, buyers, countries, flow_state, timezones, users
from bot.services.categories import category_keys
from bot.services.flow_state import State

FLOW = "registration"
EDIT_FLOW = "profile"
FLOWS = (FLOW, EDIT_FLOW)
STEPS = ("full_name", "company", "country", "timezone", "email", "phone", "interests", "consent")
SUMMARY = "summary"
EDITABLE = STEPS
MAX_CHOICES = 8

# Which step each button action belongs to: a press at any other step is stale.
ACTION_STEPS = {
    "country": "country",
    "tz": "timezone",
    "skip_phone": "phone",
    "interest": "interests",
    "interests_done": "interests",
    "consent": "consent",
    "edit": SUMMARY,
}


async def start(session: AsyncSession, telegram_id: int, now: datetime) -> State:
    """Begin registration, or resume the draft the buyer already has."""
    if await users.is_registered(session, telegram_id):
        raise AlreadyRegistered()
    state = await flow_state.get(session, telegram_id)
    if state is not None and state.flow == FLOW:
        return state
    return await flow_state.begin(
        session, telegram_id, FLOW, STEPS[0], now, data={"interests": []}
    )


async def start_edit(session: AsyncSession, telegram_id: int, field: str, now: datetime) -> State:
    """Edit one field of a registered buyer's profile: a draft seeded from the profile.

    It uses the same steps and checks as registration and ends at the same
    summary, where confirming saves the changes instead of creating a buyer.
    """
    if field not in EDITABLE:
        raise StaleAction()
    profile = await buyers.get(session, telegram_id)
    data = profile.as_draft()
    data["editing"] = True
    if field == "timezone":
        data["timezone_choices"] = timezones.timezones_for_country(profile.country)[:MAX_CHOICES]
    return await flow_state.begin(session, telegram_id, EDIT_FLOW, field, now, data=data)


async def answer_text(
    session: AsyncSession,
    telegram_id: int,
    text: str,
    now: datetime,
    locales: Sequence[str],
) -> State:
    """Take a typed answer at the current step and move on."""
    state = await _current(session, telegram_id)
    step, data = state.step, state.data
    if step == "full_name":
        data["full_name"] = answers.full_name(text)
    elif step == "company":
        data["company"] = answers.company(text)
    elif step == "country":
        found = countries.match_country(answers.clean(text), locales)
        if not found:
            raise InvalidAnswer("unknown_country")
        if len(found) > 1:
            data["country_choices"] = found[:MAX_CHOICES]
            return await _save(session, telegram_id, state, now)
        _set_country(data, found[0])
    elif step == "timezone":
        data["timezone"] = _typed_timezone(text)
    elif step == "email":
        data["email"] = answers.email(text)
    elif step == "phone":
        raise InvalidAnswer("use_contact_button")
    else:
        raise InvalidAnswer("use_buttons")
    return await _advance(session, telegram_id, state, now)


async def share_contact(
    session: AsyncSession, telegram_id: int, phone: str, own: bool, now: datetime
) -> State:
    """Take the phone number from a shared contact, which must be the buyer's own."""
    state = await _current(session, telegram_id)
    if state.step != "phone":
        raise InvalidAnswer("unexpected_contact")
    if not own:
        raise InvalidAnswer("not_own_contact")
    state.data["phone"] = answers.phone(phone)
    return await _advance(session, telegram_id, state, now)


async def press(
    session: AsyncSession, telegram_id: int, token: str, action: str, arg: str, now: datetime
) -> State:
    """Take a button press; a press from another run or another step is stale."""
    state = await flow_state.lock(session, telegram_id)
    if state is None or state.flow not in FLOWS or state.token != token:
        raise StaleAction()
    if ACTION_STEPS.get(action) != state.step:
        raise StaleAction()
    data = state.data
    if action == "country":
        _set_country(data, _pick(data.get("country_choices", []), arg))
    elif action == "tz":
        data["timezone"] = _pick(data.get("timezone_choices", []), arg)
    elif action == "skip_phone":
        data["phone"] = None
    elif action == "interest":
        if arg not in category_keys():
            raise StaleAction()
        chosen: list[str] = data.setdefault("interests", [])
        chosen.remove(arg) if arg in chosen else chosen.append(arg)
        return await _save(session, telegram_id, state, now)
    elif action == "interests_done":
        if not data.get("interests"):
            raise InvalidAnswer("pick_one")
    elif action == "consent":
        data["consent"] = arg == "yes"
    elif action == "edit":
        if arg not in EDITABLE:
            raise StaleAction()
        state.step = arg
        data["editing"] = True
        return await _save(session, telegram_id, state, now)
    return await _advance(session, telegram_id, state, now)


async def confirm(
    session: AsyncSession, telegram_id: int, token: str, now: datetime
) -> tuple[buyers.Profile, bool]:
    """Create the buyer (or save the edited profile) and end the flow, atomically.

    Returns the profile and whether it was created (a registration) or updated.
    """
    state = await flow_state.lock(session, telegram_id)
    if state is None or state.flow not in FLOWS:
        if await users.is_registered(session, telegram_id):
            raise AlreadyRegistered()
        raise StaleAction()
    if state.token != token or state.step != SUMMARY:
        raise StaleAction()
    created = state.flow == FLOW
    try:
        if created:
            profile = await buyers.create(session, telegram_id, state.data, now)
        else:
            profile = await buyers.update(session, telegram_id, state.data, now)
    except IntegrityError:
        raise AlreadyRegistered() from None
    await flow_state.end(session, telegram_id)
    return profile, created


async def _current(session: AsyncSession, telegram_id: int) -> State:
    state = await flow_state.lock(session, telegram_id)
    if state is None or state.flow not in FLOWS:
        raise StaleAction()
    return state


def _set_country(data: dict[str, Any], code: str) -> None:
    data["country"] = code
    data.pop("country_choices", None)
    data["timezone_choices"] = timezones.timezones_for_country(code)[:MAX_CHOICES]
    data.pop("timezone", None)


def _typed_timezone(text: str) -> str:
    value = answers.clean(text)
    if timezones.is_valid_timezone(value):
        return value
    zone = timezones.parse_utc_offset(value)
    if zone is None:
        raise InvalidAnswer("bad_timezone")
    return zone


def _pick(choices: list[str], arg: str) -> str:
    """The choice a button's index names; a forged index is a stale button."""
    if not arg.isdigit() or int(arg) >= len(choices):
        raise StaleAction()
    return choices[int(arg)]


async def _advance(session: AsyncSession, telegram_id: int, state: State, now: datetime) -> State:
    """Go to the next step, or back to the summary after editing one field.

    A new country always asks for the time zone again, since the old one may
    not belong to it.
    """
    if state.step == "country":
        state.step = "timezone"
    elif state.data.get("editing") or state.step == STEPS[-1]:
        state.step = SUMMARY
        state.data.pop("editing", None)
    else:
        state.step = STEPS[STEPS.index(state.step) + 1]
    return await _save(session, telegram_id, state, now)


async def _save(session: AsyncSession, telegram_id: int, state: State, now: datetime) -> State:
    await flow_state.save(session, telegram_id, state, now)
    return state
