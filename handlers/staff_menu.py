"""The exhibitor staff's menu: one button per staff feature, each feature adding its own.

A feature's `register(app)` calls `add` with its action, label and what the button
does (the same as typing its command), so a new staff feature touches only its own
module. Every press is checked again: the presser must still be linked, and a
manager where the entry is for managers; a revoked link or a lost role turns the
button stale, whatever the message it sits on.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.domain import StaffRole
from bot.errors import NotManager, NotStaff
from bot.i18n import Translator
from bot.services import staff
from handlers.callbacks import pack, prefixed, unpack
from handlers.context import FairApplication, FairContext
from handlers.refusals import refuse
from handlers.replies import answer, inline

PREFIX = "st."
Run = Callable[[Update, FairContext], Awaitable[None]]


@dataclass(frozen=True)
class Entry:
    """One button: `label` a msgid (N_), `order` its place, `run` what it does."""

    action: str
    label: str
    order: int
    run: Run
    managers_only: bool = False


ENTRIES: dict[str, Entry] = {}


def add(entry: Entry) -> None:
    """List `entry` in the menu (again, for each Application built: the last one stands)."""
    ENTRIES[entry.action] = entry


def keyboard(t: Translator, role: StaffRole) -> InlineKeyboardMarkup:
    """The menu for a member of `role`: two buttons a row, in the entries' order."""
    shown = sorted(
        (
            entry
            for entry in ENTRIES.values()
            if role == StaffRole.MANAGER or not entry.managers_only
        ),
        key=lambda entry: entry.order,
    )
    buttons = [(t.gettext(entry.label), pack(PREFIX + entry.action)) for entry in shown]
    return inline([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


async def on_button(update: Update, context: FairContext) -> None:
    """A menu button: the presser is checked against their link, then the entry runs."""
    query = update.callback_query
    assert query is not None
    callback = unpack(query.data)
    entry = ENTRIES.get(callback.action.removeprefix(PREFIX)) if callback else None
    try:
        async with context.deps.db.read() as session:
            member = await staff.require(session, query.from_user.id)
        if entry is None:
            raise NotStaff()
        if entry.managers_only and member.role != StaffRole.MANAGER:
            raise NotManager()
    except NotStaff as refused:
        await refuse(update, context, refused)
        return
    await answer(query)
    await entry.run(update, context)


def register(app: FairApplication) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=prefixed(PREFIX)))
