"""One chat's updates at a time across processes: the interface, and SQLite's side of it.

Inside one process the update processor already runs a chat's updates one after
another. Several webhook processes on one PostgreSQL may each receive an update
of the same chat; `hold(chat_id)` makes the second wait until the first is done
(see `chat_locks_postgres`). On SQLite there is only ever one process, so the
in-process order is all there is and holding costs nothing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

from bot.db.engine import Database


class ChatLocks(Protocol):
    """A lock per chat, shared by every process on the database."""

    async def open(self) -> None: ...

    async def close(self) -> None: ...

    def hold(self, chat_id: int) -> AbstractAsyncContextManager[None]:
        """Held while one update of `chat_id` is processed."""
        ...


class LocalChatLocks:
    """SQLite: one process, whose own per-chat order is enough."""

    async def open(self) -> None:
        return None

    async def close(self) -> None:
        return None

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        yield


def chat_locks(db: Database) -> ChatLocks:
    """The chat locks for `db`'s engine."""
    if db.is_sqlite:
        return LocalChatLocks()
    from bot.db.chat_locks_postgres import PostgresChatLocks

    return PostgresChatLocks(db.url)
