"""Added to a group, the bot asks nothing there: a command or a mention gets one line
pointing to the private chat, other chatter nothing, and nothing is stored."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.db.models import User
from bot.deps import Deps
from bot.telegram_double import BotApiDouble
from bot.telegram_double.state import Chat, ChatMessage
from handlers.context import FairApplication
from handlers.private_only import POINTER


async def bot_lines(group: Chat, count: int) -> list[ChatMessage]:
    """The bot's messages in the group once there are `count` of them."""
    async with asyncio.timeout(10):
        while len(found := [m for m in group.messages.values() if m.from_bot]) < count:
            await group.wait_change(1)
    return found


async def test_in_a_group_the_bot_points_to_the_private_chat_and_stores_nothing(
    bot: FairApplication, double: BotApiDouble, deps: Deps
) -> None:
    ana = double.add_user(7101, "Ana", language_code="es")
    group = double.add_group(-1001, "Importers club")
    asked = await ana.send_in_group(group, "/register")
    (line,) = await bot_lines(group, 1)
    link = f"https://t.me/{bot.bot.username}"
    assert line.text == deps.i18n.translator("es").plain(POINTER, link=link)
    assert line.reply_to is not None and line.reply_to.message_id == asked.message_id
    await ana.send_in_group(group, "Who goes to the fair this year?")  # not for the bot
    await ana.send_in_group(group, f"@{bot.bot.username} /start")
    lines = await bot_lines(group, 2)
    await asyncio.sleep(0.5)  # time for a wrong answer to the chatter to arrive
    assert [m.text for m in group.messages.values() if m.from_bot] == [m.text for m in lines]
    assert len(lines) == 2 and ana.bot_messages == []  # and nothing in the private chat
    async with deps.db.read() as session:
        assert (await session.execute(select(func.count()).select_from(User))).scalar() == 0
