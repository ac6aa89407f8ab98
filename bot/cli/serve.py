"""`python bot.py run`: the bot, polling Telegram or serving a webhook, until stopped."""

from __future__ import annotations

import argparse

from bot.cli import runtime
from bot.clock import Clock
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import Database
from bot.deps import Deps
from bot.i18n import I18n


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = commands.add_parser(
        "run", help="run the bot (the default): polls Telegram, or serves a webhook"
    )
    run.add_argument(
        "--webhook",
        metavar="URL",
        help="take updates by webhook at this https URL (default: WEBHOOK_URL; unset: polling)",
    )
    run.set_defaults(command=main)


def main(args: argparse.Namespace, context: runtime.Context) -> int:
    settings = context.settings
    if args.webhook:
        settings = settings.with_webhook(args.webhook)
    return runtime.run(_serve(settings))


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
        stop = runtime.stop_event()
        await serve(build_application(deps, token, settings.api_url), stop)
    finally:
        await database.dispose()
    return 0
