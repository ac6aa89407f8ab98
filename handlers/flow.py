"""Messages outside commands and buttons: routed by the user's place in a flow.

Also what keeps a flow where it was when something else arrives: a command in
the middle of a flow, /cancel, an unknown command, a button this release did
not make.
"""

from __future__ import annotations

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.services import broadcasts, flow_state
from bot.services import registration as reg
from bot.services.flow_state import State
from handlers import broadcast, handoff, registration, search
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, send


async def remind(update: Update, context: FairContext, state: State) -> None:
    """Say that a flow is under way and ask its question again."""
    t = context.t
    if state.flow == broadcasts.FLOW:
        await _remind_broadcast(update, context, state)
        return
    if state.flow == reg.EDIT_FLOW:
        text = t.gettext(
            "You are editing your profile. Answer the question below, or send /cancel."
        )
    else:
        text = t.gettext("You are registering. Answer the question below, or send /cancel.")
    await send(update, context, text)
    await registration.ask(update, context, state)


async def _remind_broadcast(update: Update, context: FairContext, state: State) -> None:
    """An organizer's draft: its question again (anyone else who has one is refused)."""
    if not broadcast.is_organizer(update, context):
        await broadcast.refuse(update, context)
        return
    await send(
        update,
        context,
        context.t.gettext(
            "You are writing an announcement. Answer the question below, or send /cancel."
        ),
    )
    await broadcast.ask(update, context, broadcasts.draft_of(state))


async def on_message(update: Update, context: FairContext) -> None:
    """Any text or media that is not a command: a flow's answer, a live talk, or a search."""
    state = context.flow_state
    if state is not None and state.flow == broadcasts.FLOW:
        await broadcast.on_message(update, context, state)
        return
    if state is not None and state.flow in reg.FLOWS:
        await registration.on_message(update, context, state)
        return
    if await handoff.route(update, context):
        return
    message = update.effective_message
    if message is not None and message.text:
        await search.run_search(update, context, message.text)
        return
    await send(
        update,
        context,
        context.t.gettext("I did not understand that. Send /help to see what I can do."),
    )


async def cancel_command(update: Update, context: FairContext) -> None:
    """/cancel: leave any flow; the draft's answers are deleted with it."""
    user = update.effective_user
    assert user is not None
    async with context.deps.db.write() as session:
        left = await flow_state.end(session, user.id)
    t = context.t
    if left:
        await send(
            update,
            context,
            t.gettext("Cancelled. Nothing was saved. Send /start to see the menu."),
            ReplyKeyboardRemove(),
        )
    else:
        await send(update, context, t.gettext("There is nothing to cancel."))


async def unknown_command(update: Update, context: FairContext) -> None:
    await send(
        update,
        context,
        context.t.gettext("I do not know that command. Send /help to see what I can do."),
    )
    state = context.flow_state
    if state is not None and state.flow in reg.FLOWS:
        await registration.ask(update, context, state)
    elif state is not None and state.flow == broadcasts.FLOW:
        await _remind_broadcast(update, context, state)


async def unknown_button(update: Update, context: FairContext) -> None:
    """A button whose data this release did not make: forged, or from an old release."""
    query = update.callback_query
    assert query is not None
    await answer(query, context.t.gettext("This button is not valid."), alert=True)


def register(app: FairApplication) -> None:
    """Last in order: these catch what every feature before them let through."""
    app.add_handler(CommandHandler("cancel", cancel_command))
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(~filters.COMMAND & ~filters.UpdateType.EDITED, on_message))
    app.add_handler(CallbackQueryHandler(unknown_button))
