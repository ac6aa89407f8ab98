"""Fair Concierge: the one command line. `python bot.py --help` lists the commands."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from bot.clock import Clock
from bot.config import ConfigError, Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.deps import Deps
from bot.errors import UnknownExhibitor
from bot.i18n import I18n
from bot.redaction import setup_logging
from bot.services import badge, buyers, deeplinks, staff


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bot.py", description="Fair Concierge, a Telegram concierge for trade fair buyers."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser(
        "run", help="run the bot (the default): polls Telegram, or serves a webhook"
    )
    run.add_argument(
        "--webhook",
        metavar="URL",
        help="take updates by webhook at this https URL (default: WEBHOOK_URL; unset: polling)",
    )
    commands.add_parser(
        "outbox",
        help="only deliver queued messages (a sender process beside `run`, on PostgreSQL)",
    )
    db = commands.add_parser("db", help="database maintenance: db upgrade applies migrations")
    db.add_argument("action", choices=["upgrade"])
    demo = commands.add_parser(
        "demo", help="the offline demo: the bot and a web chat on 127.0.0.1, no Telegram needed"
    )
    demo.add_argument("--port", type=int, help="web chat port (default: DEMO_PORT or 8080)")
    sync = commands.add_parser(
        "sync", help="mirror the fair catalog into the database (incremental unless --full)"
    )
    sync.add_argument(
        "--source", help="feed URL or JSON Lines directory (default: CATALOG_SOURCE)"
    )
    sync.add_argument("--full", action="store_true", help="read the whole feed again")
    catalog = commands.add_parser(
        "demo-catalog", help="write a realistic demo catalog in the feed format (JSON Lines)"
    )
    catalog.add_argument("--products", type=int, default=10_000)
    catalog.add_argument("--seed", type=int, default=1)
    catalog.add_argument("--out", default="data/demo-catalog")
    find = commands.add_parser("search", help="search the catalog as the bot does, for operators")
    find.add_argument("query")
    find.add_argument("--lang", help="show names in this language when the catalog has them")
    find.add_argument("--limit", type=int, default=10)
    find.add_argument("--json", action="store_true", help="print JSON")
    verify = commands.add_parser(
        "verify-badge", help="check an e-badge token: whose it is, or that it is forged"
    )
    verify.add_argument("token")
    invite = commands.add_parser(
        "staff-invite", help="a single-use invitation for an exhibitor's staff: link and code"
    )
    invite.add_argument("exhibitor_id")
    staff_admin = commands.add_parser(
        "staff", help="exhibitor staff: `staff list` (links, open invitations), `staff revoke ID`"
    )
    staff_actions = staff_admin.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = staff_actions.add_parser(
        "list", help="every staff link and open invitation by exhibitor, with its id"
    )
    listing.add_argument("--exhibitor", help="only this exhibitor's (its ID)")
    revoking = staff_actions.add_parser(
        "revoke", help="revoke a staff link or an open invitation by its id (exit 1: none)"
    )
    revoking.add_argument("id")
    verify_reward = commands.add_parser(
        "verify-reward", help="check a reward code: whose, which tier, redeemed or not"
    )
    verify_reward.add_argument("code")
    redeem = commands.add_parser(
        "redeem-reward", help="mark a reward code as handed over (once; a second time fails)"
    )
    redeem.add_argument("code")
    args = parser.parse_args(argv)
    redactor = setup_logging()

    if args.command == "demo-catalog":
        from catalog_sync.demo.catalog import main as demo_catalog

        return demo_catalog(
            ["--products", str(args.products), "--seed", str(args.seed), "--out", args.out]
        )
    if args.command == "sync":
        from catalog_sync.__main__ import main as sync_main

        return sync_main(
            [
                *(["--source", args.source] if args.source else []),
                *(["--full"] if args.full else []),
            ]
        )
    try:
        settings = Settings.from_env()
        redactor.remember(*settings.secrets)
        if args.command == "db":
            return _run(_db_upgrade(settings))
        if args.command == "demo":
            return _run(_demo(settings, args.port or settings.demo_port))
        if args.command == "search":
            from bot.search_cli import run_search

            limit = max(1, min(args.limit, 100))
            return _run(run_search(settings.database_url, args.query, args.lang, limit, args.json))
        if args.command == "verify-badge":
            return _run(_verify_badge(settings, args.token))
        if args.command == "outbox":
            return _run(_send_outbox(settings))
        if args.command == "staff-invite":
            return _run(_staff_invite(settings, args.exhibitor_id))
        if args.command == "staff":
            from bot.staff_cli import list_staff, revoke_staff

            if args.action == "list":
                return _run(list_staff(settings, args.exhibitor))
            return _run(revoke_staff(settings, args.id))
        if args.command in ("verify-reward", "redeem-reward"):
            from bot.reward_cli import reward_command

            return _run(
                reward_command(settings, args.code, redeem=args.command == "redeem-reward")
            )
        if getattr(args, "webhook", None):
            settings = settings.with_webhook(args.webhook)
        return _run(_serve(settings))
    except ConfigError as error:
        print(f"configuration error: {error}", file=sys.stderr)
        return 2


def _run(coroutine: Coroutine[Any, Any, int]) -> int:
    """Run a command on uvloop where it is installed: under load the stock loop's
    selector and transports were a sixth of the bot's CPU."""
    try:
        import uvloop
    except ImportError:
        factory = None
    else:
        factory = uvloop.new_event_loop
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(coroutine)


async def _db_upgrade(settings: Settings) -> int:
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
    finally:
        await database.dispose()
    print(f"database is up to date: {database.engine.url.render_as_string(hide_password=True)}")
    return 0


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


async def _staff_invite(settings: Settings, exhibitor_id: str) -> int:
    """Exit 0 with the invitation printed, 1 for an exhibitor the catalog does not have."""
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
        async with database.write() as session:
            invite = await staff.invite(session, exhibitor_id, Clock().now())
    except UnknownExhibitor:
        print(f"NO SUCH EXHIBITOR: {exhibitor_id} is not in the catalog", file=sys.stderr)
        return 1
    finally:
        await database.dispose()
    username = await _bot_username(settings)
    name = invite.exhibitor_names.get("en") or exhibitor_id
    print(
        f"Invitation for the staff of {name} ({exhibitor_id}): single use, "
        f"valid until {invite.expires_at:%Y-%m-%d %H:%M} UTC"
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


async def _serve(settings: Settings) -> int:
    from bot.app import build_application, serve

    token = settings.require_token()
    settings.require_badge_secret()
    if settings.webhook_url:
        settings.require_webhook_secret()
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
        deps = Deps(settings=settings, clock=Clock(), db=database, i18n=I18n(settings.locales_dir))
        stop = asyncio.Event()
        _on_signals(stop.set)
        await serve(build_application(deps, token, settings.api_url), stop)
    finally:
        await database.dispose()
    return 0


async def _send_outbox(settings: Settings) -> int:
    """Deliver the outbox until SIGINT/SIGTERM, sharing the rate with every other sender."""
    from bot.outbox_client import OutboxClient
    from bot.outbox_pruner import prune_outbox
    from bot.outbox_sender import OutboxSender, pacing_from

    token = settings.require_token()
    database = Database(settings.database_url)
    try:
        await migrate.upgrade(database)
        stop = asyncio.Event()
        _on_signals(stop.set)
        async with OutboxClient(token, settings.api_url) as client:
            days = settings.outbox_retention_days
            await asyncio.gather(
                OutboxSender(database, client, Clock(), pacing_from(settings)).run(stop),
                prune_outbox(database, Clock(), days, stop),
            )
    finally:
        await database.dispose()
    return 0


async def _demo(settings: Settings, port: int) -> int:
    from bot.demo.runner import run_demo

    stop = asyncio.Event()
    _on_signals(stop.set)
    await run_demo(settings, stop, port)
    return 0


def _on_signals(callback: Callable[[], None]) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, callback)


if __name__ == "__main__":
    sys.exit(main())
