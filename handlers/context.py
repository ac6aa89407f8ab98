"""The typed context every handler receives: the shared services and the reader.

`load_reader` runs first for every update (handler group -1) and settles whose
language the replies are in and where the user stands in a flow, so no handler
looks them up again.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from bot.deps import Deps
from bot.i18n import Translator
from bot.services import users
from bot.services.flow_state import Stored

DEPS_KEY = "deps"


class FairContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext with `deps`, `t`, the translator for this update's user, and
    `flow_state`, their place in a flow as the update found it, and `talking`, whether
    they had a live talk their text may belong to.

    A chat's updates run one at a time (`bot.update_processor`, and a lock per chat
    across processes), so the state read on arrival holds until a handler of this
    update changes it; handlers read it before they change anything.
    """

    t: Translator
    flow_state: Stored | None
    talking: bool

    @property
    def deps(self) -> Deps:
        deps: Deps = self.application.bot_data[DEPS_KEY]
        return deps


FairApplication = Application[Any, FairContext, Any, Any, Any, Any]


async def load_reader(update: object, context: FairContext) -> None:
    """Find the user's language: stored, or negotiated from Telegram on first contact;
    and clear a block Telegram reported, since the user is talking to the bot again."""
    deps = context.deps
    user = update.effective_user if isinstance(update, Update) else None
    context.flow_state, context.talking = None, False
    if user is None:
        context.t = deps.i18n.translator(None)
        return
    async with deps.db.read() as session:
        found = await users.arrival(session, user.id)
    language, blocked = found.language, found.blocked
    context.flow_state, context.talking = found.state, found.talking
    if blocked:  # they write to the bot again: it may send to them on its own again
        async with deps.db.write() as session:
            await users.unblock(session, user.id)
    if language is None:
        async with deps.db.write() as session:
            language = await users.ensure(
                session, user.id, deps.i18n.negotiate(user.language_code), deps.clock.now()
            )
    context.t = deps.i18n.translator(language)
