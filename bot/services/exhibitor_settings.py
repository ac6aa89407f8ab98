"""An exhibitor's own choices: read with their defaults, changed one field at a time.

An exhibitor that never changed anything has no row; `get` answers the defaults
then, so every feature reads the same values whether or not a row exists.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.exhibitor_side import ExhibitorSettings
from bot.db.statements import dialect_of
from bot.domain import AlertMode, BookingMode


@dataclass(frozen=True, slots=True)
class Preferences:
    """What an exhibitor chose; business hours are minutes after midnight, fair clock."""

    booking_mode: BookingMode = BookingMode.INSTANT
    lead_alerts: AlertMode = AlertMode.INSTANT
    opens_at: int | None = None
    closes_at: int | None = None


_FIELDS = tuple(f.name for f in fields(Preferences))


async def get(session: AsyncSession, exhibitor_id: str) -> Preferences:
    row = await session.get(ExhibitorSettings, exhibitor_id, populate_existing=True)
    if row is None:
        return Preferences()
    return Preferences(**{name: getattr(row, name) for name in _FIELDS})


async def change(
    session: AsyncSession, exhibitor_id: str, now: datetime, **changes: object
) -> Preferences:
    """Set some of the exhibitor's choices (names of `Preferences` fields), keeping the rest.

    One upsert, so two staff members changing different fields at once both count.
    """
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"no such exhibitor setting: {sorted(unknown)}")
    defaults = {name: getattr(Preferences(), name) for name in _FIELDS}
    statement = (
        dialect_of(session)
        .insert(ExhibitorSettings)
        .values(exhibitor_id=exhibitor_id, updated_at=now, **{**defaults, **changes})
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=["exhibitor_id"], set_={**changes, "updated_at": now}
        )
    )
    return await get(session, exhibitor_id)
