"""A fair calendar of three phases, registered buyers and check-ins on it, for any test."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.db.engine import Database
from bot.services import buyers, checkin, users
from bot.services.fair_calendar import FairCalendar
from bot.tiers import DEFAULT_TIERS, load

SHANGHAI = ZoneInfo("Asia/Shanghai")
PHASES = (
    (date(2026, 10, 15), date(2026, 10, 19)),
    (date(2026, 10, 23), date(2026, 10, 27)),
    (date(2026, 10, 31), date(2026, 11, 4)),
)
CALENDAR = FairCalendar(PHASES, SHANGHAI)
REWARDS = load(DEFAULT_TIERS)


def fair_time(day: date, hour: int = 12, minute: int = 0, second: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=SHANGHAI)


async def register(
    db: Database, telegram_id: int, zone: str = "Europe/Madrid", language: str = "en"
) -> str:
    """A registered buyer in `zone`, reading `language`; returns the buyer code."""
    now = datetime(2026, 10, 1, tzinfo=UTC)
    async with db.write() as session:
        await users.ensure(session, telegram_id, language, now)
        profile = await buyers.create(
            session,
            telegram_id,
            {
                "full_name": f"Buyer {telegram_id}", "company": "Acme", "country": "ES",
                "timezone": zone, "email": "b@acme.es", "interests": [], "consent": True,
            },
            now,
        )  # fmt: skip
    return profile.buyer_code


async def check_in(db: Database, telegram_id: int, at: datetime) -> checkin.CheckInResult:
    async with db.write() as session:
        return await checkin.check_in(session, telegram_id, CALENDAR, REWARDS, at)
