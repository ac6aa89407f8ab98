"""Reward codes on both engines: signed, checked, redeemed once; and the CLI for the desk."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from bot.db.checkin import RewardGrant
from bot.db.engine import Database
from bot.db.outbox import OutboxMessage
from bot.i18n import I18n
from bot.services import rewards
from bot.services.checkin import Granted
from bot.tiers import DEFAULT_TIERS, load
from tests.auxil.checkin import check_in, fair_time, register
from tests.auxil.cli_inprocess import Result, bot_py

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"test-secret-0123456789abcdef"


async def _earn(db: Database, telegram_id: int) -> tuple[str, list[str]]:
    """Three fair days checked in: the first tier. Returns the buyer code and its codes."""
    code = await register(db, telegram_id)
    granted = []
    for day in (15, 16, 17):
        granted += (await check_in(db, telegram_id, fair_time(date(2026, 10, day)))).granted
    return code, [rewards.sign(g.grant_id, code, g.award, SECRET) for g in granted]


def test_codes_are_short_and_read_back_however_typed() -> None:
    code = rewards.sign(41, "CF7K3M9Q2X", "days3", SECRET)
    assert code.startswith("FCR-") and len(code) <= 18
    assert rewards.parse(code) == rewards.parse(" " + code.lower().replace("1", "l") + " ")
    for bad in ("", "FCR-", "FCR-1", "FCB1-1-AAAAAAAAAA", "FCR-U-AAAAAAAAAA"):
        assert rewards.parse(bad) is None


async def test_verify_and_redeem_once(database: Database) -> None:
    buyer_code, [code] = await _earn(database, 1)
    async with database.read() as session:
        check = await rewards.verify(session, code, SECRET)
        assert check is not None and (check.buyer_code, check.tier_id) == (buyer_code, "days3")
        assert check.redeemed_at is None
        tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
        assert await rewards.verify(session, tampered, SECRET) is None
        assert await rewards.verify(session, code, b"another-secret-0123456789") is None
        # Another grant's number with this signature: no.
        number = code.split("-")[1]
        assert await rewards.verify(session, code.replace(f"-{number}-", "-ZZ-"), SECRET) is None
    other = Database(database.url)
    at = datetime(2026, 10, 17, 8, tzinfo=UTC)

    async def desk(db: Database) -> rewards.Redeemed | None:
        async with db.write() as session:
            return await rewards.redeem(session, code, SECRET, at)

    try:
        outcomes = await asyncio.gather(desk(database), desk(other))
    finally:
        await other.dispose()
    assert sorted(o.first for o in outcomes if o) == [False, True]
    assert all(o and o.redeemed_at == at for o in outcomes)


async def test_reward_notice_is_queued_once_in_the_buyer_s_language(
    database: Database, i18n: I18n
) -> None:
    buyer_code, _ = await _earn(database, 2)
    async with database.read() as session:
        grant_id = (await session.execute(select(RewardGrant.id))).scalar_one()
    tier = load(DEFAULT_TIERS).by_id("days3")
    assert tier is not None
    granted = [Granted(grant_id, "days3", tier, None)]
    counts = []
    for _ in range(2):  # a retry, or a second process: the dedupe key keeps one
        async with database.write() as session:
            counts.append(
                await rewards.queue_notices(
                    session,
                    2,
                    buyer_code,
                    granted,
                    i18n.translator("fr"),
                    SECRET,
                    datetime.now(UTC),
                )
            )
    assert counts == [1, 0]
    async with database.read() as session:
        [text] = (await session.execute(select(OutboxMessage.text))).scalars().all()
    assert tier.name("fr") in text and rewards.sign(grant_id, buyer_code, "days3", SECRET) in text


async def _cli(database: Database, command: str, code: str) -> Result:
    env = {"DATABASE_URL": database.url, "BADGE_SECRET": SECRET.decode()}
    return await bot_py(ROOT, command, code, env=env)


async def test_verify_reward_and_redeem_reward_commands(database: Database) -> None:
    buyer_code, [code] = await _earn(database, 3)
    verified = await _cli(database, "verify-reward", code)
    assert verified.returncode == 0, verified.stderr
    assert "NOT REDEEMED" in verified.stdout and buyer_code in verified.stdout
    assert "Buyer 3" in verified.stdout and "days3" in verified.stdout
    first = await _cli(database, "redeem-reward", code.lower())
    assert first.returncode == 0 and "REDEEMED now" in first.stdout
    second = await _cli(database, "redeem-reward", code)
    assert second.returncode == 1 and "ALREADY REDEEMED on 20" in second.stdout
    again = await _cli(database, "verify-reward", code)
    assert again.returncode == 0 and "ALREADY REDEEMED" in again.stdout
    forged = await _cli(database, "redeem-reward", code[:-2] + "00")
    assert forged.returncode == 1 and "FORGED" in forged.stdout
    assert (await _cli(database, "verify-reward", "hello")).returncode == 1
