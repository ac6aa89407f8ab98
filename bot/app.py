"""Builds the telegram.ext.Application: settings in, handlers wired, commands set.

Handler order matters: the reader's language is loaded first (group -1); then
each feature's commands and buttons; `flow` goes last because it catches what
every feature before it let through (free text, unknown commands, forged
buttons).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults, TypeHandler

from bot.db.chat_locks import chat_locks
from bot.deps import Deps
from bot.flood import FloodGate
from bot.i18n import N_
from bot.outbox_client import OutboxClient
from bot.outbox_pruner import prune_outbox
from bot.outbox_sender import OutboxSender, pacing_from
from bot.redelivery import REDELIVERY_KEY, Redelivery, handle_again
from bot.telegram_bot import make_bot
from bot.update_processor import FairUpdateProcessor
from bot.webhook import ALLOWED_UPDATES, WebhookServer
from handlers import (
    badge,
    broadcast,
    catalog,
    checkin,
    errors,
    flood,
    flow,
    forget,
    handoff,
    language,
    meetings,
    profile,
    registration,
    search,
    staff,
    staff_list,
    start,
)
from handlers.context import DEPS_KEY, FairApplication, FairContext, load_reader

log = logging.getLogger(__name__)

API_URL_KEY = "api_url"  # bot_data: the Bot API server's root, for the outbox's client

COMMANDS = (
    ("start", N_("Welcome and main menu")),
    ("register", N_("Register and get your e-badge")),
    ("badge", N_("Show your e-badge")),
    ("checkin", N_("Check in for today's fair day")),
    ("reminders", N_("Turn check-in reminders on or off")),
    ("profile", N_("See and change your details")),
    ("search", N_("Search the catalog")),
    ("saved", N_("Your saved products")),
    ("meetings", N_("Your meetings with exhibitors")),
    ("end", N_("End your conversation with an exhibitor")),
    ("language", N_("Choose your language")),
    ("forget", N_("Delete your personal data")),
    ("cancel", N_("Cancel what you are doing")),
    ("help", N_("What this bot can do")),
)


def build_application(deps: Deps, token: str, api_url: str) -> FairApplication:
    """The Application for `token`, talking to the Bot API server at `api_url`."""
    settings = deps.settings
    processor = FairUpdateProcessor(
        settings.update_concurrency,
        locks=chat_locks(deps.db),
        flood=FloodGate(settings.flood_rate, settings.flood_window),
        now=lambda: deps.clock.wall().timestamp(),
    )
    app: FairApplication = (
        ApplicationBuilder()
        .bot(make_bot(token, api_url, Defaults(parse_mode=ParseMode.HTML)))
        .context_types(ContextTypes(context=FairContext))
        .concurrent_updates(processor)
        .build()
    )
    processor.on_flood = partial(flood.slow_down, app)
    app.bot_data[DEPS_KEY] = deps
    app.bot_data[API_URL_KEY] = api_url
    app.add_handler(TypeHandler(Update, load_reader), group=-1)
    features = (
        start, registration, badge, checkin, profile, language, forget, catalog, broadcast,
        search, meetings, staff, staff_list, handoff,
    )  # fmt: skip
    for feature in features:
        feature.register(app)
    flow.register(app)
    errors.register(app)
    return app


async def set_commands(app: FairApplication) -> None:
    """The command menu in every shipped language; a server that refuses it is logged."""
    i18n = app.bot_data[DEPS_KEY].i18n
    for code in [None, *i18n.codes]:
        t = i18n.translator(code)
        commands = [BotCommand(name, t.gettext(text)) for name, text in COMMANDS]
        try:
            await app.bot.set_my_commands(commands, language_code=_telegram_language(code))
        except TelegramError as error:
            log.warning(
                "setMyCommands(%s) failed, the command menu may be missing: %s", code, error
            )
            return


def _telegram_language(code: str | None) -> str | None:
    """Telegram's two-letter language code for a locale (zh_Hans is zh)."""
    return code.split("_")[0] if code else None


@asynccontextmanager
async def _running(app: FairApplication) -> AsyncIterator[FairApplication]:
    """The Application (with its jobs) and its outbox sender, started for the block and
    stopped cleanly when it ends (the sender gives back what it had not sent).

    Whatever feeds the updates (polling or the webhook server) starts inside the block
    and stops before it ends."""
    deps: Deps = app.bot_data[DEPS_KEY]
    async with app, OutboxClient(app.bot.token, app.bot_data[API_URL_KEY]) as client:
        await app.start()
        await set_commands(app)
        settings = deps.settings
        sender = OutboxSender(deps.db, client, deps.clock, pacing_from(settings))
        stop_sending = asyncio.Event()
        sending = asyncio.create_task(sender.run(stop_sending))
        days = settings.outbox_retention_days
        pruning = asyncio.create_task(prune_outbox(deps.db, deps.clock, days, stop_sending))
        try:
            yield app
        finally:
            stop_sending.set()
            await sending
            await pruning
            await app.stop()


@asynccontextmanager
async def polling(app: FairApplication, poll_timeout: int = 10) -> AsyncIterator[FairApplication]:
    """Run `app` with long polling inside the block. Telegram does not send a polled
    update again, so one that met an unavailable database is handled again here."""
    async with _running(app):
        app.bot_data[REDELIVERY_KEY] = Redelivery()
        if isinstance(app.update_processor, FairUpdateProcessor):
            deps: Deps = app.bot_data[DEPS_KEY]
            app.update_processor.after = partial(handle_again, app, deps.db)
        assert app.updater is not None
        await app.updater.start_polling(timeout=poll_timeout, allowed_updates=ALLOWED_UPDATES)
        # the API root only: the bot's base_url holds the token
        log.info("bot @%s is polling %s", app.bot.username, app.bot_data[API_URL_KEY])
        try:
            yield app
        finally:
            await app.updater.stop()


@asynccontextmanager
async def webhook(app: FairApplication) -> AsyncIterator[FairApplication]:
    """Run `app` fed by its webhook server (WEBHOOK_* settings) inside the block."""
    async with _running(app):
        server = WebhookServer(app)
        await server.start()
        try:
            yield app
        finally:
            await server.stop()


async def serve(app: FairApplication, stop: asyncio.Event) -> None:
    """Take updates until `stop` is set: by webhook when WEBHOOK_URL is set, else polling."""
    deps: Deps = app.bot_data[DEPS_KEY]
    feed = webhook if deps.settings.webhook_url else polling
    async with feed(app):
        await stop.wait()
