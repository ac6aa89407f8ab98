"""Buyer registration: one question at a time, the draft kept in flow state.

Each answer is checked, stored in the draft and moves the flow on, in one
transaction. Buttons carry the flow's token and are only taken at the step
they belong to, so a button from an older message changes nothing. Confirming
creates the buyer and ends the flow in the same transaction; a second tap
finds no draft and is refused, so one buyer row and one badge come of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import AlreadyRegistered, InvalidAnswer, StaleAction
from bot.services import answers, buyers, countries, flow_state, timezones, users
from bot.services.categories import category_keys
from bot.services.flow_state import Kind, State


class Step(StrEnum):
    """The questions in the order they are asked, then the summary."""

    FULL_NAME = "full_name"
    COMPANY = "company"
    COUNTRY = "country"
    TIMEZONE = "timezone"
    EMAIL = "email"
    PHONE = "phone"
    INTERESTS = "interests"
    CONSENT = "consent"
    SUMMARY = "summary"


@dataclass
class Draft:
    """The answers so far (each question's step names its field), and the choices the
    country and time zone buttons were shown with: a button carries an index into them.

    `editing`: one field is being changed from the summary, which comes next.
    `keyboard`: the message holding the live buttons of the step, so that a question
    asked again (after an answer it could not take) retires the older buttons.
    """

    full_name: str | None = None
    company: str | None = None
    country: str | None = None
    timezone: str | None = None
    email: str | None = None
    phone: str | None = None  # None: skipped, or not asked yet
    interests: list[str] = field(default_factory=list)
    consent: bool = False
    country_choices: list[str] = field(default_factory=list)
    timezone_choices: list[str] = field(default_factory=list)
    editing: bool = False
    keyboard: int | None = None

    @classmethod
    def of(cls, profile: buyers.Profile) -> Draft:
        """A registered buyer's profile as a draft, to edit it with the same steps."""
        return FLOW.load(profile.as_draft())


FLOW = Kind("registration", Step, Draft)
EDIT_FLOW = Kind("profile", Step, Draft)
FLOWS = (FLOW, EDIT_FLOW)
STEPS = tuple(step for step in Step if step is not Step.SUMMARY)
EDITABLE = STEPS
MAX_CHOICES = 8

# Which step each button action belongs to: a press at any other step is stale.
ACTION_STEPS = {
    "country": Step.COUNTRY,
    "tz": Step.TIMEZONE,
    "skip_phone": Step.PHONE,
    "interest": Step.INTERESTS,
    "interests_done": Step.INTERESTS,
    "consent": Step.CONSENT,
    "edit": Step.SUMMARY,
}


async def start(session: AsyncSession, telegram_id: int, now: datetime) -> State[Step, Draft]:
    """Begin registration, or resume the draft the buyer already has."""
    code = await users.buyer_code(session, telegram_id)
    if code is not None:
        raise AlreadyRegistered(code)
    state = await flow_state.get(session, telegram_id, FLOW)
    if state is not None:
        return state
    return await flow_state.begin(session, telegram_id, FLOW, STEPS[0], Draft(), now)


async def start_edit(
    session: AsyncSession, telegram_id: int, field: str, now: datetime
) -> State[Step, Draft]:
    """Edit one field of a registered buyer's profile: a draft seeded from the profile.

    It uses the same steps and checks as registration and ends at the same
    summary, where confirming saves the changes instead of creating a buyer.
    """
    if field not in EDITABLE:
        raise StaleAction()
    profile = await buyers.get(session, telegram_id)
    draft = Draft.of(profile)
    draft.editing = True
    if field == Step.TIMEZONE:
        draft.timezone_choices = timezones.timezones_for_country(profile.country)[:MAX_CHOICES]
    return await flow_state.begin(session, telegram_id, EDIT_FLOW, Step(field), draft, now)


async def answer_text(
    session: AsyncSession,
    telegram_id: int,
    text: str,
    now: datetime,
    locales: Sequence[str],
) -> State[Step, Draft]:
    """Take a typed answer at the current step and move on."""
    state = await _current(session, telegram_id)
    step, draft = state.step, state.draft
    if step == Step.FULL_NAME:
        draft.full_name = answers.full_name(text)
    elif step == Step.COMPANY:
        draft.company = answers.company(text)
    elif step == Step.COUNTRY:
        found = countries.match_country(answers.clean(text), locales)
        if not found:
            raise InvalidAnswer("unknown_country")
        if len(found) > 1:
            draft.country_choices = found[:MAX_CHOICES]
            return await _save(session, telegram_id, state, now)
        _set_country(draft, found[0])
    elif step == Step.TIMEZONE:
        draft.timezone = _typed_timezone(text)
    elif step == Step.EMAIL:
        draft.email = answers.email(text)
    elif step == Step.PHONE:
        raise InvalidAnswer("use_contact_button")
    else:
        raise InvalidAnswer("use_buttons")
    return await _advance(session, telegram_id, state, now)


async def share_contact(
    session: AsyncSession, telegram_id: int, phone: str, own: bool, now: datetime
) -> State[Step, Draft]:
    """Take the phone number from a shared contact, which must be the buyer's own."""
    state = await _current(session, telegram_id)
    if state.step != Step.PHONE:
        raise InvalidAnswer("unexpected_contact")
    if not own:
        raise InvalidAnswer("not_own_contact")
    state.draft.phone = answers.phone(phone)
    return await _advance(session, telegram_id, state, now)


async def press(
    session: AsyncSession, telegram_id: int, token: str, action: str, arg: str, now: datetime
) -> State[Step, Draft]:
    """Take a button press; a press from another run or another step is stale."""
    state = await flow_state.lock(session, telegram_id, *FLOWS)
    if state is None or state.token != token:
        raise StaleAction()
    if ACTION_STEPS.get(action) != state.step:
        raise StaleAction()
    draft = state.draft
    if action == "country":
        _set_country(draft, _pick(draft.country_choices, arg))
    elif action == "tz":
        draft.timezone = _pick(draft.timezone_choices, arg)
    elif action == "skip_phone":
        draft.phone = None
    elif action == "interest":
        if arg not in category_keys():
            raise StaleAction()
        chosen = draft.interests
        chosen.remove(arg) if arg in chosen else chosen.append(arg)
        return await _save(session, telegram_id, state, now)
    elif action == "interests_done":
        if not draft.interests:
            raise InvalidAnswer("pick_one")
    elif action == "consent":
        draft.consent = arg == "yes"
    elif action == "edit":
        if arg not in EDITABLE:
            raise StaleAction()
        state.step = Step(arg)
        draft.editing = True
        return await _save(session, telegram_id, state, now)
    return await _advance(session, telegram_id, state, now)


async def confirm(
    session: AsyncSession, telegram_id: int, token: str, now: datetime
) -> tuple[buyers.Profile, bool]:
    """Create the buyer (or save the edited profile) and end the flow, atomically.

    Returns the profile and whether it was created (a registration) or updated.
    """
    state = await flow_state.lock(session, telegram_id, *FLOWS)
    if state is None:
        code = await users.buyer_code(session, telegram_id)
        if code is not None:
            raise AlreadyRegistered(code)
        raise StaleAction()
    if state.token != token or state.step != Step.SUMMARY:
        raise StaleAction()
    created = state.flow == FLOW.name
    answered = asdict(state.draft)
    try:
        if created:
            profile = await buyers.create(session, telegram_id, answered, now)
        else:
            profile = await buyers.update(session, telegram_id, answered, now)
    except IntegrityError:
        raise AlreadyRegistered() from None
    await flow_state.end(session, telegram_id)
    return profile, created


async def keyboard_shown(
    session: AsyncSession, telegram_id: int, token: str, message_id: int, now: datetime
) -> int | None:
    """Record `message_id` as the run's live buttons; the message that held them before,
    if another, whose buttons are to go (None when the run has moved on meanwhile)."""
    state = await flow_state.lock(session, telegram_id, *FLOWS)
    if state is None or state.token != token:
        return None
    before, state.draft.keyboard = state.draft.keyboard, message_id
    await _save(session, telegram_id, state, now)
    return before if before != message_id else None


async def _current(session: AsyncSession, telegram_id: int) -> State[Step, Draft]:
    state = await flow_state.lock(session, telegram_id, *FLOWS)
    if state is None:
        raise StaleAction()
    return state


def _set_country(draft: Draft, code: str) -> None:
    draft.country = code
    draft.country_choices = []
    draft.timezone_choices = timezones.timezones_for_country(code)[:MAX_CHOICES]
    draft.timezone = None


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


async def _advance(
    session: AsyncSession, telegram_id: int, state: State[Step, Draft], now: datetime
) -> State[Step, Draft]:
    """Go to the next step, or back to the summary after editing one field.

    A new country always asks for the time zone again, since the old one may
    not belong to it.
    """
    if state.step == Step.COUNTRY:
        state.step = Step.TIMEZONE
    elif state.draft.editing or state.step == STEPS[-1]:
        state.step = Step.SUMMARY
        state.draft.editing = False
    else:
        state.step = STEPS[STEPS.index(state.step) + 1]
    return await _save(session, telegram_id, state, now)


async def _save(
    session: AsyncSession, telegram_id: int, state: State[Step, Draft], now: datetime
) -> State[Step, Draft]:
    await flow_state.save(session, telegram_id, state, now)
    return state
