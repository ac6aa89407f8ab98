"""Updates that met an unavailable database are handled again, never lost.

The error handler marks such an update (`Redelivery.mark`) instead of apologising.
What happens next depends on where the update came from:

- by webhook, the server answers Telegram 503 and Telegram delivers it again (so
  an update survives even this process dying);
- by polling, Telegram has already moved past it, so `handle_again` handles it
  again in this process once the database answers, still in its chat's turn, so
  the chat's later updates wait behind it and keep their order.
"""

from __future__ import annotations

import asyncio
import logging

from telegram import Update

from bot.db.engine import Database
from handlers.context import FairApplication

log = logging.getLogger(__name__)

REDELIVERY_KEY = "redelivery"  # bot_data: the Application's `Redelivery`
PING_TIMEOUT = 2.0  # seconds the database has to answer SELECT 1
MAX_PAUSE = 2.0  # seconds between two looks at a database that is still away
GIVE_UP = 600.0  # seconds after which a polled update is given up (and logged as lost)


class Redelivery:
    """Updates whose handling met a database that was unavailable."""

    def __init__(self) -> None:
        self._ids: set[int] = set()

    def mark(self, update_id: int) -> None:
        self._ids.add(update_id)

    def take(self, update_id: int) -> bool:
        """Whether the update must be handled again (forgetting the mark)."""
        if update_id in self._ids:
            self._ids.discard(update_id)
            return True
        return False


async def handle_again(app: FairApplication, db: Database, update: object) -> None:
    """Polling: while `update` is marked, wait for the database and handle it again."""
    redelivery: Redelivery = app.bot_data[REDELIVERY_KEY]
    if not isinstance(update, Update):
        return
    loop = asyncio.get_running_loop()
    deadline = loop.time() + GIVE_UP
    pause = 0.2
    while redelivery.take(update.update_id):
        while not await db.ping(PING_TIMEOUT):
            if loop.time() > deadline:
                log.error("update %s lost: the database was away too long", update.update_id)
                return
            await asyncio.sleep(pause)
            pause = min(pause * 2, MAX_PAUSE)
        log.info("the database is back: update %s is handled again", update.update_id)
        await app.process_update(update)
