"""Flow state in the database: which flow a user is in, and at which step.

State is read and written inside the caller's transaction, so a step's answer
and the move to the next step commit together, and a restart resumes exactly
where the user was.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import FlowState


@dataclass
class State:
    """A user's place in a flow; `token` identifies this run of the flow."""

    flow: str
    step: str
    token: str
    data: dict[str, Any] = field(default_factory=dict)


async def get(session: AsyncSession, telegram_id: int) -> State | None:
    row = await session.get(FlowState, telegram_id, populate_existing=True)
    if row is None:
        return None
    return State(row.flow, row.step, row.token, dict(row.data))


async def begin(
    session: AsyncSession,
    telegram_id: int,
    flow: str,
    step: str,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> State:
    """Start `flow` afresh (replacing any other), with a new token for its buttons."""
    state = State(flow, step, secrets.token_urlsafe(6)[:8], dict(data or {}))
    await save(session, telegram_id, state, now)
    return state


async def save(session: AsyncSession, telegram_id: int, state: State, now: datetime) -> None:
    """One UPDATE, or an INSERT for a flow's first step: the row `lock` read is gone from
    the session by now (it holds rows weakly), and looking it up again was a SELECT."""
    values = {
        "flow": state.flow,
        "step": state.step,
        "token": state.token,
        "data": dict(state.data),
        "updated_at": now,
    }
    updated = await session.execute(
        update(FlowState)
        .where(FlowState.telegram_id == telegram_id)
        .values(values)
        .execution_options(synchronize_session=False)
    )
    if not updated.rowcount:
        session.add(FlowState(telegram_id=telegram_id, **values))
        await session.flush()


async def end(session: AsyncSession, telegram_id: int) -> bool:
    """Leave any flow; True when there was one to leave."""
    result = await session.execute(delete(FlowState).where(FlowState.telegram_id == telegram_id))
    return bool(result.rowcount)


async def lock(session: AsyncSession, telegram_id: int) -> State | None:
    """Read the state for update: the row stays locked until the transaction ends.

    On SQLite the write transaction already holds the database lock (BEGIN
    IMMEDIATE); on PostgreSQL `FOR UPDATE` serialises two taps of one button.
    """
    row = (
        await session.execute(
            select(FlowState)
            .where(FlowState.telegram_id == telegram_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    ).scalar_one_or_none()
    if row is None:
        return None
    return State(row.flow, row.step, row.token, dict(row.data))
