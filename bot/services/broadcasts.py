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
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Buyer, User
from bot.errors import InvalidAnswer, StaleAction
from bot.services import flow_state
from bot.services.flow_state import State
from bot.telegram_double.html import HtmlParseError, parse_html

FLOW = "broadcast"
MODE, TEXT, PREVIEW = "mode", "text", "preview"
ONE, EACH = "one", "each"
FALLBACK = "en"
#: Telegram's limit on a message's text, counted after its HTML is parsed.
TEXT_LIMIT = 4096


@dataclass(frozen=True)
class Draft:
    """Where the organizer stands: `language` is the one asked for now (per-language mode)."""

    token: str
    step: str
    mode: str | None
    language: str | None
    texts: dict[str, str]

    @property
    def can_skip(self) -> bool:
        """Every language but English may be left out; English only once it has a text."""
        return self.mode == EACH and (self.language != FALLBACK or FALLBACK in self.texts)

    @property
    def can_preview(self) -> bool:
        return FALLBACK in self.texts


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


async def start(session: AsyncSession, admin_id: int, now: datetime) -> Draft:
    """Begin a draft, or resume the one the organizer already has."""
    state = await flow_state.get(session, admin_id)
    if state is not None and state.flow == FLOW:
        return draft_of(state)
    return draft_of(await flow_state.begin(session, admin_id, FLOW, MODE, now, data={}))


async def current(session: AsyncSession, admin_id: int) -> Draft | None:
    state = await flow_state.get(session, admin_id)
    return draft_of(state) if state is not None and state.flow == FLOW else None


async def choose_mode(
    session: AsyncSession, admin_id: int, token: str, mode: str, now: datetime
) -> Draft:
    """One text for everyone, or one per language; either way English is asked first."""
    state = await _locked(session, admin_id, token, MODE)
    if mode not in (ONE, EACH):
        raise StaleAction()
    state.data = {"mode": mode, "language": FALLBACK, "texts": {}}
    return await _move(session, admin_id, state, TEXT, now)


async def take_text(
    session: AsyncSession,
    admin_id: int,
    text: str,
    headers: Mapping[str, str],
    languages: Sequence[str],
    now: datetime,
) -> Draft:
    """Store the text for the language asked for, then ask the next one or preview."""
    state = await flow_state.lock(session, admin_id)
    if state is None or state.flow != FLOW:
        raise StaleAction()
    if state.step != TEXT:
        raise InvalidAnswer("use_buttons")
    language = str(state.data["language"])
    serves = (
        headers
        if state.data["mode"] == ONE or language == FALLBACK
        else {language: headers[language]}
    )
    state.data["texts"][language] = check_text(text, serves)
    return await _next_language(session, admin_id, state, languages, now)


async def skip(
    session: AsyncSession, admin_id: int, token: str, languages: Sequence[str], now: datetime
) -> Draft:
    """Leave the language asked for as it is (none, or the text it has) and go on."""
    state = await _locked(session, admin_id, token, TEXT)
    if not draft_of(state).can_skip:
        raise InvalidAnswer("english_required")
    return await _next_language(session, admin_id, state, languages, now)


async def preview(session: AsyncSession, admin_id: int, token: str, now: datetime) -> Draft:
    """Stop asking for languages and show the preview (English must have a text)."""
    state = await _locked(session, admin_id, token, TEXT)
    if not draft_of(state).can_preview:
        raise InvalidAnswer("english_required")
    return await _move(session, admin_id, state, PREVIEW, now)


async def edit(session: AsyncSession, admin_id: int, token: str, now: datetime) -> Draft:
    """From the preview back to the texts, English first; what was written is kept."""
    state = await _locked(session, admin_id, token, PREVIEW)
    state.data["language"] = FALLBACK
    return await _move(session, admin_id, state, TEXT, now)


async def cancel(session: AsyncSession, admin_id: int, token: str) -> None:
    """Drop the draft (the Cancel button; /cancel does the same for any flow)."""
    state = await flow_state.lock(session, admin_id)
    if state is None or state.flow != FLOW or state.token != token:
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


async def _locked(session: AsyncSession, admin_id: int, token: str, step: str) -> State:
    """The draft, locked, if this button belongs to it and to its current step."""
    state = await flow_state.lock(session, admin_id)
    if state is None or state.flow != FLOW or state.token != token or state.step != step:
        raise StaleAction()
    return state


async def _next_language(
    session: AsyncSession, admin_id: int, state: State, languages: Sequence[str], now: datetime
) -> Draft:
    if state.data["mode"] == ONE:
        return await _move(session, admin_id, state, PREVIEW, now)
    order = [FALLBACK, *(code for code in languages if code != FALLBACK)]
    position = order.index(str(state.data["language"])) if state.data["language"] in order else 0
    if position + 1 >= len(order):
        return await _move(session, admin_id, state, PREVIEW, now)
    state.data["language"] = order[position + 1]
    return await _move(session, admin_id, state, TEXT, now)


async def _move(
    session: AsyncSession, admin_id: int, state: State, step: str, now: datetime
) -> Draft:
    state.step = step
    await flow_state.save(session, admin_id, state, now)
    return draft_of(state)


def draft_of(state: State) -> Draft:
    """The draft a flow state holds."""
    data = state.data
    return Draft(
        token=state.token,
        step=state.step,
        mode=data.get("mode"),
        language=data.get("language"),
        texts=dict(data.get("texts") or {}),
    )
