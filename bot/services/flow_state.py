"""Flow state in the database: which flow a user is in, at which step, with which draft.

State is read and written inside the caller's transaction, so a step's answer
and the move to the next step commit together, and a restart resumes exactly
where the user was.

Each flow declares its `Kind` once: its name, its steps (a StrEnum) and its draft
(a dataclass). The row keeps them as plain strings and a JSON object, and the kind
reads them back typed, so no step name is spelled twice. A draft field the row
lacks takes its default and one the draft no longer has is dropped, so a row
written by an earlier release still loads.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import Field, asdict, dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import FlowState
from bot.db.statements import affected


class Draft(Protocol):
    """Any dataclass: what a flow keeps between its steps."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]


StepT = TypeVar("StepT", bound=StrEnum)
DraftT = TypeVar("DraftT", bound=Draft)


@dataclass(frozen=True)
class Stored:
    """A row as read, before its flow's kind says what its step and draft are: what
    the arrival read hands over, whatever flow the user is in."""

    flow: str
    step: str
    token: str
    data: dict[str, Any]


@dataclass
class State(Generic[StepT, DraftT]):
    """A user's place in a flow; `token` identifies this run of the flow."""

    flow: str
    step: StepT
    token: str
    draft: DraftT


@dataclass(frozen=True)
class Kind(Generic[StepT, DraftT]):
    """A flow as stored: the name its rows carry, its steps and its draft."""

    name: str
    steps: type[StepT]
    draft: type[DraftT]

    def read(self, stored: Stored | None) -> State[StepT, DraftT] | None:
        """The state `stored` holds when it is a run of this flow, else None."""
        if stored is None or stored.flow != self.name:
            return None
        return State(self.name, self.steps(stored.step), stored.token, self.load(stored.data))

    def load(self, data: Mapping[str, Any]) -> DraftT:
        """The draft a JSON object holds; fields it lacks take their defaults."""
        known = {f.name for f in fields(self.draft)}
        return self.draft(**{name: value for name, value in data.items() if name in known})


def read(stored: Stored | None, *kinds: Kind[StepT, DraftT]) -> State[StepT, DraftT] | None:
    """The state `stored` holds when it is a run of one of `kinds`, else None."""
    for kind in kinds:
        state = kind.read(stored)
        if state is not None:
            return state
    return None


async def get(
    session: AsyncSession, telegram_id: int, *kinds: Kind[StepT, DraftT]
) -> State[StepT, DraftT] | None:
    """The user's state when they are in one of `kinds` (None in no flow or another)."""
    row = await session.get(FlowState, telegram_id, populate_existing=True)
    return None if row is None else read(_stored(row), *kinds)


async def begin(
    session: AsyncSession,
    telegram_id: int,
    kind: Kind[StepT, DraftT],
    step: StepT,
    draft: DraftT,
    now: datetime,
) -> State[StepT, DraftT]:
    """Start `kind` afresh (replacing any other flow), with a new token for its buttons."""
    state = State(kind.name, step, secrets.token_urlsafe(6)[:8], draft)
    await save(session, telegram_id, state, now)
    return state


async def save(
    session: AsyncSession, telegram_id: int, state: State[Any, Any], now: datetime
) -> None:
    """One UPDATE, or an INSERT for a flow's first step: the row `lock` read is gone from
    the session by now (it holds rows weakly), and looking it up again was a SELECT."""
    values = {
        "flow": state.flow,
        "step": str(state.step),
        "token": state.token,
        "data": asdict(state.draft),
        "updated_at": now,
    }
    updated = await session.execute(
        update(FlowState)
        .where(FlowState.telegram_id == telegram_id)
        .values(values)
        .execution_options(synchronize_session=False)
    )
    if not affected(updated):
        session.add(FlowState(telegram_id=telegram_id, **values))
        await session.flush()


async def end(session: AsyncSession, telegram_id: int) -> bool:
    """Leave any flow; True when there was one to leave."""
    result = await session.execute(delete(FlowState).where(FlowState.telegram_id == telegram_id))
    return bool(affected(result))


async def lock(
    session: AsyncSession, telegram_id: int, *kinds: Kind[StepT, DraftT]
) -> State[StepT, DraftT] | None:
    """Read the state for update, as `get` does: the row stays locked until the
    transaction ends, whichever flow it is in.

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
    return None if row is None else read(_stored(row), *kinds)


def _stored(row: FlowState) -> Stored:
    return Stored(row.flow, row.step, row.token, dict(row.data))
