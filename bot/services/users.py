"""Users: everyone who writes to the bot, and the language they read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.handoff import HandoffThread, Staff
from bot.db.models import Buyer, FlowState, User
from bot.domain import ThreadStatus
from bot.services.flow_state import Stored


async def language_of(session: AsyncSession, telegram_id: int) -> str | None:
    """The stored language, or None for someone the bot has never seen."""
    return (
        await session.execute(select(User.language).where(User.telegram_id == telegram_id))
    ).scalar_one_or_none()


async def ensure(session: AsyncSession, telegram_id: int, negotiated: str, now: datetime) -> str:
    """The user's language, creating the user with the negotiated one on first contact."""
    user = await session.get(User, telegram_id)
    if user is None:
        session.add(
            User(
                telegram_id=telegram_id,
                language=negotiated,
                language_chosen=False,
                created_at=now,
                updated_at=now,
            )
        )
        await session.flush()
        return negotiated
    return user.language


async def set_language(
    session: AsyncSession, telegram_id: int, language: str, now: datetime
) -> None:
    """Store an explicit choice; it wins over Telegram's language_code from now on."""
    user = await session.get(User, telegram_id)
    if user is None:
        session.add(
            User(
                telegram_id=telegram_id,
                language=language,
                language_chosen=True,
                created_at=now,
                updated_at=now,
            )
        )
    else:
        user.language, user.language_chosen, user.updated_at = language, True, now
    await session.flush()


async def reader(session: AsyncSession, telegram_id: int) -> tuple[str | None, bool]:
    """(stored language, blocked) in one read: None for someone the bot has never seen."""
    found = (
        await session.execute(
            select(User.language, User.blocked_at).where(User.telegram_id == telegram_id)
        )
    ).one_or_none()
    return (None, False) if found is None else (found.language, found.blocked_at is not None)


@dataclass(frozen=True)
class Arrival:
    """What every update needs about its user before any handler runs."""

    language: str | None  # None: someone the bot has never seen
    blocked: bool
    state: Stored | None  # their place in a flow, if they are in one (its kind reads it)
    # Whether their text may belong to a live talk: a buyer's thread that is not closed,
    # or a staff member's active one (else it is a search, with no write to find out).
    talking: bool


async def arrival(session: AsyncSession, telegram_id: int) -> Arrival:
    """The user's language, block, flow state and talk in one statement: it runs for
    every update, and each statement on SQLite is several hops to aiosqlite's thread."""
    talking = exists().where(
        HandoffThread.buyer_id == User.telegram_id, HandoffThread.status != ThreadStatus.CLOSED
    ) | exists().where(Staff.telegram_id == User.telegram_id, Staff.active_thread_id.is_not(None))
    found = (
        await session.execute(
            select(
                User.language,
                User.blocked_at,
                FlowState.flow,
                FlowState.step,
                FlowState.token,
                FlowState.data,
                talking.label("talking"),
            )
            .outerjoin(FlowState, FlowState.telegram_id == User.telegram_id)
            .where(User.telegram_id == telegram_id)
        )
    ).one_or_none()
    if found is None:  # a conversation belongs to a user: none without one
        return Arrival(None, False, None, False)
    state = (
        None
        if found.flow is None
        else Stored(found.flow, found.step, found.token, dict(found.data))
    )
    return Arrival(found.language, found.blocked_at is not None, state, bool(found.talking))


async def unblock(session: AsyncSession, telegram_id: int) -> None:
    """The user wrote to the bot again: it may send them messages on its own once more."""
    await session.execute(
        update(User)
        .where(User.telegram_id == telegram_id, User.blocked_at.is_not(None))
        .values(blocked_at=None)
    )


async def buyer_code(session: AsyncSession, telegram_id: int) -> str | None:
    """The user's buyer code, or None when they are not registered."""
    found = await session.execute(select(Buyer.buyer_code).where(Buyer.telegram_id == telegram_id))
    return found.scalar_one_or_none()


async def is_registered(session: AsyncSession, telegram_id: int) -> bool:
    return await buyer_code(session, telegram_id) is not None
