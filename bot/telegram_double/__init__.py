"""A Telegram Bot API server double for end-to-end tests and the demo web chat.

Why: the bot must be tested as it runs in production, the real python-telegram-bot
``Application`` polling over real HTTP, against a server that accepts and refuses what
Telegram does. ``BotApiDouble`` is that server; ``DoubleUser`` plays the people in the chats;
``Fault`` injects flood control, server errors, slowness and blocks.

    double = BotApiDouble()
    await double.start()
    app = Application.builder().token(double.token).base_url(double.bot_url)
          .base_file_url(double.file_url).build()
    alice = double.add_user(1001, "Alice")
    await alice.send_command("start")
    assert "Welcome" in (await alice.reply()).text
"""

from bot.telegram_double.errors import ApiError
from bot.telegram_double.faults import Fault
from bot.telegram_double.server import BotApiDouble
from bot.telegram_double.spec import check_value
from bot.telegram_double.state import CallbackAnswer, ChatMessage, Event
from bot.telegram_double.user import DoubleUser

__all__ = [
    "ApiError",
    "BotApiDouble",
    "CallbackAnswer",
    "ChatMessage",
    "DoubleUser",
    "Event",
    "Fault",
    "check_value",
]
