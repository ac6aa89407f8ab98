"""Registration and profile edits: route answers and button presses to the service.

The flow, top to bottom: full name, company, country (buttons when several
match), time zone (buttons from the country), e-mail, phone (contact button or
Skip), interests (toggles), consent, then a summary with Confirm / Edit. The
same steps edit one field of a registered buyer's profile.
"""

from __future__ import annotations

import contextlib

from telegram import CallbackQuery, ReplyKeyboardRemove, Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.errors import AlreadyRegistered, InvalidAnswer, NotRegistered, StaleAction
from bot.i18n import N_
from bot.services import flow_state
from bot.services import registration as reg
from bot.services.flow_state import State
from bot.services.registration import Draft, Step
from handlers import flow
from handlers import registration_views as views
from handlers.badge import send_badge
from handlers.callbacks import pattern, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import Place, refuse
from handlers.replies import answer, edit, edit_markup, send, stale


async def register_command(update: Update, context: FairContext) -> None:
    """/register: start (or resume) registration and ask the current question."""
    deps = context.deps
    user_id = _user_id(update)
    try:
        async with deps.db.write() as session:
            state = await reg.start(session, user_id, deps.clock.now())
    except AlreadyRegistered as registered:
        await refuse(update, context, registered, Place.REGISTRATION)
        return
    await ask(update, context, state)


async def ask(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """Send the question of the state's step (and, for the phone, its contact button)."""
    t = context.t
    text, markup = views.question(t, state, context.deps.clock.now())
    if state.step == Step.PHONE:
        await send(update, context, text, views.contact_keyboard(t))
        # Translators: A message on its own right above a "Skip" button: it invites the
        # buyer to tap Skip instead of sharing a phone number.
        await send(update, context, t.gettext("Prefer not to share your number?"), markup)
        return
    shown = await send(update, context, text, markup)
    if markup is not None:
        await _one_live_keyboard(update, context, state, shown.message_id)


async def _one_live_keyboard(
    update: Update, context: FairContext, state: State[Step, Draft], message_id: int
) -> None:
    """The question's buttons are the run's live ones now: the ones an earlier asking
    left above (still pressable, soon out of step) are taken off."""
    deps = context.deps
    async with deps.db.write() as session:
        older = await reg.keyboard_shown(
            session, _user_id(update), state.token, message_id, deps.clock.now()
        )
    if older is not None:
        with contextlib.suppress(TelegramError):  # gone, or too old to edit: harmless
            await context.bot.edit_message_reply_markup(_user_id(update), older)


async def on_message(update: Update, context: FairContext, state: State[Step, Draft]) -> None:
    """A message while registering: a typed answer, a shared contact, or something else."""
    deps, t = context.deps, context.t
    message = update.effective_message
    assert message is not None
    user_id = _user_id(update)
    step_before = state.step
    try:
        async with deps.db.write() as session:
            if message.contact is not None:
                own = message.contact.user_id == user_id
                state = await reg.share_contact(
                    session, user_id, message.contact.phone_number, own, deps.clock.now()
                )
            elif message.text is not None:
                state = await reg.answer_text(
                    session, user_id, message.text, deps.clock.now(), deps.i18n.codes
                )
            else:
                raise InvalidAnswer(
                    "use_contact_button" if state.step == Step.PHONE else "text_only"
                )
    except InvalidAnswer as problem:
        await refuse(update, context, problem, Place.REGISTRATION)
        if views.has_buttons(state):
            await ask(update, context, state)
        return
    except StaleAction as stale_step:
        await refuse(update, context, stale_step, Place.REGISTRATION)
        return
    if step_before == Step.PHONE:
        await send(
            update, context, t.gettext("Thank you, phone number saved."), ReplyKeyboardRemove()
        )
    await ask(update, context, state)


async def on_button(update: Update, context: FairContext) -> None:
    """A registration button: check it belongs to this run and step, then act on it."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None  # the handler's pattern only lets ours through
    action = callback.action.removeprefix("r.")
    if action == "confirm":
        await _confirm(update, context, query, callback.token)
    elif action in ("editmenu", "summary"):
        await _toggle_edit_menu(update, context, query, callback.token, action == "editmenu")
    else:
        await _press(update, context, query, callback.token, action, callback.arg)


async def _press(
    update: Update, context: FairContext, query: CallbackQuery, token: str, action: str, arg: str
) -> None:
    deps, t = context.deps, context.t
    try:
        async with deps.db.write() as session:
            state = await reg.press(
                session, _user_id(update), token, action, arg, deps.clock.now()
            )
    except (StaleAction, InvalidAnswer) as refused:
        await refuse(update, context, refused, Place.REGISTRATION)
        return
    await answer(query)
    if action == "interest":
        await edit_markup(query, context, views.interests_keyboard(t, state))
        return
    await edit_markup(query, context, None)
    if action == "skip_phone":
        await send(update, context, t.gettext("Skipped."), ReplyKeyboardRemove())
    await ask(update, context, state)


async def _toggle_edit_menu(
    update: Update, context: FairContext, query: CallbackQuery, token: str, editing: bool
) -> None:
    async with context.deps.db.read() as session:
        state = await flow_state.get(session, _user_id(update), *reg.FLOWS)
    if state is None or state.token != token or state.step != Step.SUMMARY:
        await stale(query, context)
        return
    await answer(query)
    text, markup = views.summary(context.t, state, context.deps.clock.now(), editing=editing)
    await edit(query, context, text, markup)


async def _confirm(update: Update, context: FairContext, query: CallbackQuery, token: str) -> None:
    deps, t = context.deps, context.t
    try:
        async with deps.db.write() as session:
            profile, created = await reg.confirm(
                session, _user_id(update), token, deps.clock.now()
            )
    except (AlreadyRegistered, StaleAction) as refused:
        await refuse(update, context, refused, Place.REGISTRATION)
        return
    await answer(query)
    await edit_markup(query, context, None)
    if not created:
        await send(update, context, t.gettext("Your profile is saved."))
        return
    await send(
        update,
        context,
        t.format(
            "Welcome to {fair}! You are registered. Your buyer ID is <b>{code}</b>.\n"
            "Show the e-badge below at the entrance of the fair.",
            fair=deps.settings.fair_name,
            code=profile.buyer_code,
        ),
    )
    await send_badge(update, context, profile)


async def edit_command(update: Update, context: FairContext) -> None:
    """A profile button: start editing one field with the registration steps."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    assert callback is not None
    deps = context.deps
    try:
        async with deps.db.write() as session:
            state = await reg.start_edit(session, _user_id(update), callback.arg, deps.clock.now())
    except (StaleAction, NotRegistered) as refused:
        await refuse(update, context, refused, Place.REGISTRATION)
        return
    await answer(query)
    await ask(update, context, state)


def _user_id(update: Update) -> int:
    user = update.effective_user
    assert user is not None
    return user.id


REGISTERING = flow.Flow(
    reg.FLOW,
    N_("You are registering. Answer the question below, or send /cancel."),
    take=on_message,
    ask=ask,
)
EDITING = flow.Flow(
    reg.EDIT_FLOW,
    N_("You are editing your profile. Answer the question below, or send /cancel."),
    take=on_message,
    ask=ask,
)


def register(app: FairApplication) -> None:
    flow.declare(app, REGISTERING)
    flow.declare(app, EDITING)
    app.add_handler(CommandHandler("register", register_command))
    app.add_handler(
        CallbackQueryHandler(
            on_button,
            pattern=pattern(
                "r.country",
                "r.tz",
                "r.skip_phone",
                "r.interest",
                "r.interests_done",
                "r.consent",
                "r.edit",
                "r.confirm",
                "r.editmenu",
                "r.summary",
            ),
        )
    )
    app.add_handler(CallbackQueryHandler(edit_command, pattern=pattern("p.edit")))
