"""`python bot.py staff-invite EXHIBITOR_ID [--role agent|manager]`: a single-use invitation
for an exhibitor's staff, as a deep link and a code, for organizers working from a shell.
An agent answers buyers; a manager also invites and removes the exhibitor's agents."""

from __future__ import annotations

import argparse
import logging
import sys

from bot.cli import runtime
from bot.clock import Clock
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.domain import StaffRole
from bot.errors import UnknownExhibitor
from bot.services import deeplinks, staff


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    invite = commands.add_parser(
        "staff-invite", help="a single-use invitation for an exhibitor's staff: link and code"
    )
    invite.add_argument("exhibitor_id")
    invite.add_argument(
        "--role",
        choices=[role.value for role in StaffRole],
        default=StaffRole.AGENT.value,
        help="what the invitation makes: an agent (the default) or a manager, who also "
        "invites and removes the exhibitor's agents",
    )
    invite.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    return runtime.run(_staff_invite(context.settings, args.exhibitor_id, StaffRole(args.role)))


async def _staff_invite(settings: Settings, exhibitor_id: str, role: StaffRole) -> int:
    """Exit 0 with the invitation printed, 1 for an exhibitor the catalog does not have."""
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
        async with database.write() as session:
            invite = await staff.invite(session, exhibitor_id, Clock().now(), role)
    except UnknownExhibitor:
        print(f"NO SUCH EXHIBITOR: {exhibitor_id} is not in the catalog", file=sys.stderr)
        return 1
    finally:
        await database.dispose()
    username = await _bot_username(settings)
    name = invite.exhibitor_names.get("en") or exhibitor_id
    print(
        f"Invitation for the staff of {name} ({exhibitor_id}), role {invite.role.value}: "
        f"single use, valid until {invite.expires_at:%Y-%m-%d %H:%M} UTC"
    )
    if username:
        print(f"link: {deeplinks.staff_invitation(username, invite.code)}")
    else:
        print("link: unavailable (TELEGRAM_BOT_TOKEN is not set or the Bot API did not answer)")
    print(f"code: {invite.code}  (or the staff member sends the bot: /staff {invite.code})")
    return 0


async def _bot_username(settings: Settings) -> str | None:
    """The bot's username from getMe, for the invitation link; None where it cannot be had."""
    if not settings.bot_token:
        return None
    from telegram.error import TelegramError
    from telegram.ext import Defaults

    from bot.telegram_bot import make_bot

    try:
        async with make_bot(settings.bot_token, settings.api_url, Defaults()) as bot:
            return bot.username
    except TelegramError as error:
        logging.getLogger(__name__).warning("getMe failed, no link printed: %s", error)
        return None
