"""Builds the telegram.ext.Application: settings in, handlers wired, jobs scheduled,
and what runs beside the updates (the command menu, the outbox) started in
`post_init` and stopped in `post_shutdown`, as python-telegram-bot's own runners do.

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
from dataclasses import replace
from functools import partial

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationBuilder, ContextTypes, Defaults, TypeHandler

from bot.db.chat_locks import chat_locks
from bot.deps import Deps
from bot.flood import FloodGate
from bot.i18n import N_
from bot.outbox_sender import deliver_outbox
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
    exhibitor_meetings,
    figures,
    flood,
    flow,
    forget,
    handoff,
    language,
    lead_meetings,
    leads,
    meeting_outcomes,
    meeting_requests,
    meetings,
    private_only,
    profile,
    quick_replies,
    registration,
    search,
    staff,
    staff_desk,
    staff_hours,
    staff_list,
    staff_menu,
    staff_slots,
    staff_team,
    start,
    talk_records,
)
from handlers.context import DEPS_KEY, FairApplication, FairContext, load_reader
from handlers.schedule import schedule

log = logging.getLogger(__name__)

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
    deps = replace(deps, api_url=api_url)
    settings = deps.settings
    processor = FairUpdateProcessor(
        settings.update_concurrency,
        locks=chat_locks(deps.db),
        flood=FloodGate(settings.flood_rate, settings.flood_window),
        now=lambda: deps.clock.wall().timestamp(),
    )
    outbox = OutboxWorkers(deps, token)
    app: FairApplication = (
        ApplicationBuilder()
        .bot(make_bot(token, api_url, Defaults(parse_mode=ParseMode.HTML)))
        .context_types(ContextTypes(context=FairContext))
        .concurrent_updates(processor)
        .post_init(outbox.start)
        .post_shutdown(outbox.stop)
        .build()
    )
    processor.on_flood = partial(flood.slow_down, app)
    app.bot_data[DEPS_KEY] = deps
    private_only.register(app)
    app.add_handler(TypeHandler(Update, load_reader), group=-1)
    features = (
        start, registration, badge, checkin, profile, language, forget, catalog, broadcast,
        search, meetings, meeting_requests, meeting_outcomes, exhibitor_meetings, staff,
        staff_list, staff_menu, staff_desk, staff_team, handoff, quick_replies, talk_records,
        staff_slots, leads, lead_meetings, staff_hours, figures,
    )  # fmt: skip
    for feature in features:
        feature.register(app)
    flow.register(app)
    errors.register(app)
    schedule(app)
    return app


class OutboxWorkers:
    """The outbox's delivery (`deliver_outbox`) beside the updates for as long as the bot
    runs; the command menu is set as it starts (it needs the bot, not the updates)."""

    def __init__(self, deps: Deps, token: str) -> None:
        self._deps = deps
        self._token = token
        self._stop = asyncio.Event()
        self._delivering: asyncio.Task[None] | None = None

    async def start(self, app: FairApplication) -> None:
        await set_commands(app)
        deps = self._deps
        self._delivering = asyncio.create_task(
            deliver_outbox(
                deps.db, self._token, deps.api_url, deps.clock, deps.settings, self._stop
            )
        )

    async def stop(self, app: FairApplication) -> None:
        """Stop sending (the sender gives back what it had not sent) and close the client."""
        self._stop.set()
        if self._delivering is not None:
            await self._delivering


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
    """The Application (with its jobs) and what runs beside it, started for the block
    and stopped cleanly when it ends, in python-telegram-bot's order: initialize,
    post_init, start; stop, shutdown, post_shutdown.

    Whatever feeds the updates (polling or the webhook server) starts inside the block
    and stops before it ends."""
    try:
        async with app:
            if app.post_init is not None:
                await app.post_init(app)
            await app.start()
            try:
                yield app
            finally:
                await app.stop()
    finally:
        if app.post_shutdown is not None:
            await app.post_shutdown(app)


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
        log.info("bot @%s is polling %s", app.bot.username, app.bot_data[DEPS_KEY].api_url)
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
