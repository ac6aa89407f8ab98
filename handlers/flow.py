"""Messages outside commands and buttons: routed by the user's place in a flow.

Also what keeps a flow where it was when something else arrives: a command in
the middle of a flow, /cancel, an unknown command, a button this release did
not make.

Each feature declares its flows once (`Flow`, passed to `declare` from its
`register`), and everything here finds a user's flow by the name its state row
carries: a new flow touches only its own feature's module.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic

from telegram import ReplyKeyboardRemove, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.services import flow_state
from bot.services.flow_state import DraftT, Kind, State, StepT
from handlers import handoff, search
from handlers.context import FairApplication, FairContext
from handlers.replies import answer, send

FLOWS_KEY = "flows"  # bot_data: the declared flows by name

OnState = Callable[[Update, FairContext, State[StepT, DraftT]], Awaitable[None]]
Guard = Callable[[Update, FairContext], Awaitable[bool]]


@dataclass(frozen=True)
class Flow(Generic[StepT, DraftT]):
    """What the handlers here need of a flow: its stored kind, the line that says it
    is under way (a msgid), how it takes a message and how it asks its question.

    `guard`, when set, says whether this user may go on with the flow at all, and
    answers them itself when not. After an unknown command the question is asked
    again, with the reminder before it when `unknown_command_reminds`.
    """

    kind: Kind[StepT, DraftT]
    reminder: str
    take: OnState[StepT, DraftT]
    ask: OnState[StepT, DraftT]
    guard: Guard | None = None
    unknown_command_reminds: bool = False

    async def on_message(self, update: Update, context: FairContext) -> None:
        if await self._admits(update, context):
            await self.take(update, context, self._state(context))

    async def remind(self, update: Update, context: FairContext) -> None:
        if await self._admits(update, context):
            await send(update, context, context.t.gettext(self.reminder))
            await self.ask(update, context, self._state(context))

    async def ask_again(self, update: Update, context: FairContext) -> None:
        if self.unknown_command_reminds:
            await self.remind(update, context)
        elif await self._admits(update, context):
            await self.ask(update, context, self._state(context))

    async def _admits(self, update: Update, context: FairContext) -> bool:
        return self.guard is None or await self.guard(update, context)

    def _state(self, context: FairContext) -> State[StepT, DraftT]:
        state = self.kind.read(context.flow_state)
        assert state is not None  # `_current` found this flow by the state's name
        return state


def declare(app: FairApplication, flow: Flow[Any, Any]) -> None:
    """Make `flow` known here; each feature calls it from its `register`."""
    flows: dict[str, Flow[Any, Any]] = app.bot_data.setdefault(FLOWS_KEY, {})
    if flow.kind.name in flows:
        raise ValueError(f"flow {flow.kind.name!r} is declared twice")
    flows[flow.kind.name] = flow


def _current(context: FairContext) -> Flow[Any, Any] | None:
    """The flow the user was in when the update arrived (None: none this release knows)."""
    stored = context.flow_state
    if stored is None:
        return None
    flows: dict[str, Flow[Any, Any]] = context.bot_data.get(FLOWS_KEY, {})
    return flows.get(stored.flow)


async def remind(update: Update, context: FairContext) -> bool:
    """Say that a flow is under way and ask its question again; False when none is."""
    flow = _current(context)
    if flow is None:
        return False
    await flow.remind(update, context)
    return True


async def on_message(update: Update, context: FairContext) -> None:
    """Any text or media that is not a command: a flow's answer, a live talk, or a search."""
    flow = _current(context)
    if flow is not None:
        await flow.on_message(update, context)
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
    flow = _current(context)
    if flow is not None:
        await flow.ask_again(update, context)


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
