"""`python bot.py verify-reward CODE` and `redeem-reward CODE`, for the fair's reward desk.

Both print one line and exit 0 when the code is genuine (and, for redeem, was
not used before); exit 1 for a forged code or one already redeemed, so a script
at the desk can rely on the exit code alone.
"""

from __future__ import annotations

import argparse

from bot.cli import runtime
from bot.clock import Clock
from bot.config import Settings
from bot.db.engine import Database
from bot.services import rewards
from bot.services.rewards import RewardCheck


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser(
        "verify-reward", help="check a reward code: whose, which tier, redeemed or not"
    )
    verify.add_argument("code")
    verify.set_defaults(command=main, redeem=False)
    redeem = commands.add_parser(
        "redeem-reward", help="mark a reward code as handed over (once; a second time fails)"
    )
    redeem.add_argument("code")
    redeem.set_defaults(command=main, redeem=True)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    return runtime.run(reward_command(context.settings, args.code, redeem=args.redeem))


async def reward_command(settings: Settings, code: str, redeem: bool) -> int:
    secret = settings.require_badge_secret()
    database = Database(settings.database_url)
    try:
        if redeem:
            async with database.write() as session:
                outcome = await rewards.redeem(session, code, secret, Clock().now())
            check = outcome.check if outcome is not None else None
        else:
            async with database.read() as session:
                check = await rewards.verify(session, code, secret)
    finally:
        await database.dispose()
    if check is None:
        print("FORGED: this reward code was not issued by this fair (or its reward is gone)")
        return 1
    who = _describe(settings, check)
    if not redeem:
        if check.redeemed_at is not None:
            print(f"VALID, ALREADY REDEEMED on {check.redeemed_at:%Y-%m-%d %H:%M} UTC: {who}")
        else:
            print(f"VALID, NOT REDEEMED: {who}")
        return 0
    assert outcome is not None
    if not outcome.first:
        print(f"ALREADY REDEEMED on {outcome.redeemed_at:%Y-%m-%d %H:%M} UTC: {who}")
        return 1
    print(f"REDEEMED now ({outcome.redeemed_at:%Y-%m-%d %H:%M} UTC): {who}")
    return 0


def _describe(settings: Settings, check: RewardCheck) -> str:
    tier = settings.rewards.by_id(check.tier_id)
    name = tier.name("en") if tier is not None else "(tier no longer configured)"
    return (
        f"{check.buyer_code} {check.full_name}, tier {check.award} ({name}), "
        f"granted {check.granted_at:%Y-%m-%d %H:%M} UTC"
    )
