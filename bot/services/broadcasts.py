"""Writing an announcement: the organizer's draft, one step at a time, in flow state.

The flow: choose one text for everyone or a text per language; then the text
(per language: English first and required, every other shipped language
optional, since a buyer whose language has no text gets the English one); then
a preview with Confirm / Edit / Cancel. Each text is checked as Telegram would
check it (its HTML, its length with the header the bot puts above it), so a
mistake is caught while writing, not by a broadcast that fails 200,000 times.

Buttons carry the draft's token and are taken only at their step. Confirming
ends the draft and creates the broadcast in one transaction (see
`bot.services.broadcast_delivery`); the draft's token is unique among broadcasts,
so a second tap creates nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Buyer, User
from bot.errors import InvalidAnswer, StaleAction
from bot.services import flow_state
from bot.services.flow_state import Kind, State
from bot.telegram_html import HtmlParseError, parse_html

ONE, EACH = "one", "each"
FALLBACK = "en"
#: Telegram's limit on a message's text, counted after its HTML is parsed.
TEXT_LIMIT = 4096


class Step(StrEnum):
    MODE = "mode"  # one text for everyone, or a text per language
    TEXT = "text"  # the text for `Draft.language`
    PREVIEW = "preview"  # what buyers will receive, with Confirm / Edit / Cancel


@dataclass
class Draft:
    """What the organizer has written: `language` is the one asked for now (per-language
    mode); a language without a text gets the English one."""

    mode: str | None = None
    language: str | None = None
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def can_skip(self) -> bool:
        """Every language but English may be left out; English only once it has a text."""
        return self.mode == EACH and (self.language != FALLBACK or FALLBACK in self.texts)

    @property
    def can_preview(self) -> bool:
        return FALLBACK in self.texts


FLOW = Kind("broadcast", Step, Draft)


def text_for(texts: Mapping[str, str], language: str) -> str:
    """The text a buyer reading `language` gets: their own, or else the English one."""
    return texts.get(language) or texts[FALLBACK]


def compose(headers: Mapping[str, str], texts: Mapping[str, str], language: str) -> str:
    """The whole message a buyer reading `language` receives: header, then text."""
    return headers.get(language, headers[FALLBACK]) + text_for(texts, language)


def check_text(text: str, headers: Mapping[str, str]) -> str:
    """The text as it will be sent, or InvalidAnswer: empty, too_long (with the room
    left once the longest header is counted) or bad_html (tdlib's reason as detail)."""
    body = text.strip()
    try:
        plain, _ = parse_html(body)
    except HtmlParseError as error:
        raise InvalidAnswer("bad_html", detail=str(error)) from None
    if not plain.strip():
        raise InvalidAnswer("empty")
    room = TEXT_LIMIT - max((_length(h) for h in headers.values()), default=0)
    for header in headers.values():
        if _length(header + body) > TEXT_LIMIT:
            raise InvalidAnswer("too_long", room)
    return body


def _length(html: str) -> int:
    """The length Telegram counts: the parsed text, surrounding whitespace trimmed."""
    plain, _ = parse_html(html)
    return len(plain.strip())


async def start(session: AsyncSession, admin_id: int, now: datetime) -> State[Step, Draft]:
    """Begin a draft, or resume the one the organizer already has."""
    state = await flow_state.get(session, admin_id, FLOW)
    if state is not None:
        return state
    return await flow_state.begin(session, admin_id, FLOW, Step.MODE, Draft(), now)


async def current(session: AsyncSession, admin_id: int) -> State[Step, Draft] | None:
    return await flow_state.get(session, admin_id, FLOW)


async def choose_mode(
    session: AsyncSession, admin_id: int, token: str, mode: str, now: datetime
) -> State[Step, Draft]:
    """One text for everyone, or one per language; either way English is asked first."""
    state = await _locked(session, admin_id, token, Step.MODE)
    if mode not in (ONE, EACH):
        raise StaleAction()
    state.draft = Draft(mode=mode, language=FALLBACK)
    return await _move(session, admin_id, state, Step.TEXT, now)


async def take_text(
    session: AsyncSession,
    admin_id: int,
    text: str,
    headers: Mapping[str, str],
    languages: Sequence[str],
    now: datetime,
) -> State[Step, Draft]:
    """Store the text for the language asked for, then ask the next one or preview."""
    state = await flow_state.lock(session, admin_id, FLOW)
    if state is None:
        raise StaleAction()
    if state.step != Step.TEXT:
        raise InvalidAnswer("use_buttons")
    draft = state.draft
    language = str(draft.language)
    serves = (
        headers if draft.mode == ONE or language == FALLBACK else {language: headers[language]}
    )
    draft.texts[language] = check_text(text, serves)
    return await _next_language(session, admin_id, state, languages, now)


async def skip(
    session: AsyncSession, admin_id: int, token: str, languages: Sequence[str], now: datetime
) -> State[Step, Draft]:
    """Leave the language asked for as it is (none, or the text it has) and go on."""
    state = await _locked(session, admin_id, token, Step.TEXT)
    if not state.draft.can_skip:
        raise InvalidAnswer("english_required")
    return await _next_language(session, admin_id, state, languages, now)


async def preview(
    session: AsyncSession, admin_id: int, token: str, now: datetime
) -> State[Step, Draft]:
    """Stop asking for languages and show the preview (English must have a text)."""
    state = await _locked(session, admin_id, token, Step.TEXT)
    if not state.draft.can_preview:
        raise InvalidAnswer("english_required")
    return await _move(session, admin_id, state, Step.PREVIEW, now)


async def edit(
    session: AsyncSession, admin_id: int, token: str, now: datetime
) -> State[Step, Draft]:
    """From the preview back to the texts, English first; what was written is kept."""
    state = await _locked(session, admin_id, token, Step.PREVIEW)
    state.draft.language = FALLBACK
    return await _move(session, admin_id, state, Step.TEXT, now)


async def cancel(session: AsyncSession, admin_id: int, token: str) -> None:
    """Drop the draft (the Cancel button; /cancel does the same for any flow)."""
    state = await flow_state.lock(session, admin_id, FLOW)
    if state is None or state.token != token:
        raise StaleAction()
    await flow_state.end(session, admin_id)


async def audience(session: AsyncSession) -> dict[str, int]:
    """How many buyers an announcement reaches now, by the language they read."""
    found = await session.execute(
        select(User.language, func.count())
        .join(Buyer, Buyer.telegram_id == User.telegram_id)
        .where(User.blocked_at.is_(None))
        .group_by(User.language)
    )
    return {language: int(n) for language, n in found.all()}


async def _locked(
    session: AsyncSession, admin_id: int, token: str, step: Step
) -> State[Step, Draft]:
    """The draft, locked, if this button belongs to it and to its current step."""
    state = await flow_state.lock(session, admin_id, FLOW)
    if state is None or state.token != token or state.step != step:
        raise StaleAction()
    return state


async def _next_language(
    session: AsyncSession,
    admin_id: int,
    state: State[Step, Draft],
    languages: Sequence[str],
    now: datetime,
) -> State[Step, Draft]:
    draft = state.draft
    if draft.mode == ONE:
        return await _move(session, admin_id, state, Step.PREVIEW, now)
    order = [FALLBACK, *(code for code in languages if code != FALLBACK)]
    position = order.index(str(draft.language)) if draft.language in order else 0
    if position + 1 >= len(order):
        return await _move(session, admin_id, state, Step.PREVIEW, now)
    draft.language = order[position + 1]
    return await _move(session, admin_id, state, Step.TEXT, now)


async def _move(
    session: AsyncSession, admin_id: int, state: State[Step, Draft], step: Step, now: datetime
) -> State[Step, Draft]:
    state.step = step
    await flow_state.save(session, admin_id, state, now)
    return state
