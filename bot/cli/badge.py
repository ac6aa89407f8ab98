"""`python bot.py verify-badge TOKEN`: whose e-badge this is, or that it is forged."""

from __future__ import annotations

import argparse

from bot.cli import runtime
from bot.config import Settings
from bot.db.engine import Database
from bot.services import badge, buyers


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    verify = commands.add_parser(
        "verify-badge", help="check an e-badge token: whose it is, or that it is forged"
    )
    verify.add_argument("token")
    verify.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    return runtime.run(_verify_badge(context.settings, args.token))


async def _verify_badge(settings: Settings, token: str) -> int:
    """Exit 0 for a badge of a registered buyer, 1 for a forged or orphaned one."""
    check = badge.verify(token, settings.require_badge_secret())
    if not check.valid or check.buyer_code is None:
        print("FORGED: this badge was not issued by this fair (its signature does not match)")
        return 1
    database = Database(settings.database_url)
    try:
        async with database.read() as session:
            profile = await buyers.find_by_code(session, check.buyer_code)
    finally:
        await database.dispose()
    if profile is None:
        print(f"VALID SIGNATURE, NO BUYER: {check.buyer_code} was deleted or never registered")
        return 1
    print(
        f"VALID: {profile.buyer_code} {profile.full_name}, {profile.company} "
        f"({profile.country}), registered {profile.registered_at:%Y-%m-%d %H:%M} UTC"
    )
    return 0
