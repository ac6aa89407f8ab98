"""/start, /help and the main menu: the first thing every buyer sees."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.i18n import N_
from bot.services import deeplinks, timezones, users
from bot.services.notices import CHECKIN_ACTION
from handlers import badge, flow, language, profile, registration, staff, staff_desk
from handlers.access import is_organizer
from handlers.callbacks import pack, pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, inline, send

HELP = N_(
    "<b>What I can do</b>\n"
    "/register: register as a buyer and get your e-badge\n"
    "/badge: show your e-badge\n"
    "/checkin: check in for today's fair day and see your rewards\n"
    "/reminders: turn the daily check-in reminder on or off\n"
    "/profile: see and change your details\n"
    "/search: find products (or just type what you need)\n"
    "/saved: your saved products\n"
    "/meetings: your meetings with exhibitors\n"
    "/language: choose the language I speak\n"
    "/forget: delete your personal data\n"
    "/cancel: cancel what you are doing\n"
    "/help: this message"
)
ORGANIZER_HELP = N_(
    "<b>For the fair's organizers</b>\n"
    "/broadcast: send an announcement to every buyer\n"
    "/broadcasts: the announcements sent, and how far each has gone\n"
    "/catalog: the catalog in figures, and the last sync\n"
    "/figures: the fair's figures and charts\n"
    "/invite: invite a member of an exhibitor's staff\n"
    "/staff_list: an exhibitor's staff and invitations"
)


async def start_command(update: Update, context: FairContext) -> None:
    """/start [payload]: welcome and main menu, or pick up the flow under way."""
    deps, t = context.deps, context.t
    user = update.effective_user
    assert user is not None
    link = deeplinks.parse(context.args[0]) if context.args else None
    if context.args and link is None:
        await send(
            update, context, t.gettext("I do not recognise that link, but welcome all the same!")
        )
    if link is not None and link.kind == "staff":
        await staff.link(update, context, link.value)
        return
    if link is not None and link.kind == "campaign":
        async with deps.db.write() as session:
            await deeplinks.record_campaign(session, user.id, link.value, deps.clock.now())
    if await flow.remind(update, context):
        return
    if link is not None and link.kind == "register":
        await registration.register_command(update, context)
        return
    await welcome(update, context)


async def welcome(update: Update, context: FairContext) -> None:
    """The welcome and main menu; linked exhibitor staff get their staff menu instead."""
    if await staff_desk.show(update, context):
        return
    deps, t = context.deps, context.t
    settings = deps.settings
    user = update.effective_user
    assert user is not None
    async with deps.db.read() as session:
        registered = await users.is_registered(session, user.id)
    text = t.format(
        "<b>Welcome to {fair}!</b>\n"
        "Fair dates: {dates}. Fair time: {zone}.\n\n"
        "I help you take part from this chat: register and get your e-badge, "
        "check in every fair day, find products and meet exhibitors.",
        fair=settings.fair_name,
        dates=t.date_range(settings.fair_start, settings.fair_end),
        zone=timezones.timezone_label(str(settings.fair_timezone), t.code, deps.clock.now()),
    )
    await send(update, context, text, menu(context, registered))


def menu(context: FairContext, registered: bool) -> InlineKeyboardMarkup:
    t = context.t
    first = (
        [
            [(t.gettext("✅ Check in"), pack(CHECKIN_ACTION))],
            [
                (t.gettext("🎫 My e-badge"), pack("m.badge")),
                (t.gettext("👤 My profile"), pack("m.profile")),
            ],
        ]
        if registered
        else [[(t.gettext("📝 Register"), pack("m.register"))]]
    )
    return inline(
        [
            *first,
            [
                (t.gettext("🌐 Language"), pack("m.language")),
                (t.gettext("❓ Help"), pack("m.help")),
            ],
        ]
    )


async def help_command(update: Update, context: FairContext) -> None:
    """/help: what the bot does (for staff, what it does for them); a flow under way stays
    where it was."""
    if not await staff_desk.staff_help(update, context):
        text = context.t.gettext(HELP)
        if is_organizer(update, context):
            text += "\n\n" + context.t.gettext(ORGANIZER_HELP)
        await send(update, context, text)
    await flow.remind(update, context)


async def on_menu(update: Update, context: FairContext) -> None:
    """A main-menu button: the same as typing its command."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    await answer(query)
    targets = {
        "m.register": registration.register_command,
        "m.badge": badge.badge_command,
        "m.profile": profile.profile_command,
        "m.language": language.language_command,
        "m.help": help_command,
    }
    await targets[callback.action](update, context)


def register(app: FairApplication) -> None:
    app.add_handler(CommandHandler("start", start_command))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(
        CallbackQueryHandler(
            on_menu, pattern=pattern("m.register", "m.badge", "m.profile", "m.language", "m.help")
        )
    )
