"""Against a Bot API server with only the core methods, the bot still registers a buyer."""

from __future__ import annotations

from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from tests.auxil.registration import register_without_photo
from tests.auxil.running import running_bot
from tests.auxil.talk import Talk


async def test_registration_on_a_core_only_server(minimal: BotApiDouble, deps: Deps) -> None:
    async with running_bot(deps, minimal):
        talk = Talk(minimal, deps, user_id=4001, first_name="Maria", language_code="pt")
        await register_without_photo(talk)
    assert all(m.photo is None for m in talk.user.bot_messages)
