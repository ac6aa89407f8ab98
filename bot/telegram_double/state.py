"""What the double's Telegram "world" holds: chats, their messages and event logs, updates.

Why: the server (bot side) and ``DoubleUser`` (people side) must look at one shared truth,
the way the bot and the person's app both look at Telegram's servers: a message the bot
sends shows up in the user's chat, a button the user presses becomes an ``Update`` for the
bot. Every change in a chat is also appended to that chat's event log, which is what tests
(and a live web chat) wait on.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bot.telegram_double.errors import CHAT_NOT_FOUND, ApiError
from bot.telegram_double.fetch import UrlFetcher
from bot.telegram_double.media import FileStore

DEFAULT_EXCLUDED_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


@dataclass
class MessageVersion:
    """A message's content before an edit (kept in ``ChatMessage.history``)."""

    text: str
    html: str
    entities: list[dict[str, Any]]
    reply_markup: dict[str, Any] | None
    edit_date: int | None


@dataclass
class ChatMessage:
    """One message in a chat, as a test (or a web chat) wants to read it.

    ``text`` is the plain text (or caption) with entities applied, ``html`` what the bot
    sent (its HTML, or the text rendered as HTML), ``reply_markup`` the markup the bot sent
    with it (any kind); ``to_api()`` gives the Bot API ``Message`` object.
    """

    message_id: int
    chat_id: int
    from_bot: bool
    date: int
    chat: dict[str, Any]
    sender: dict[str, Any]
    kind: str = "text"  # text | photo | document | contact | sticker
    text: str = ""
    html: str = ""
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    photo: bytes | None = None
    document: bytes | None = None
    document_name: str | None = None
    mime_type: str | None = None
    media: dict[str, Any] = field(default_factory=dict)  # Bot API fields: photo, document...
    edit_date: int | None = None
    history: list[MessageVersion] = field(default_factory=list)
    deleted: bool = False
    reply_to: ChatMessage | None = None

    @property
    def edited(self) -> bool:
        return bool(self.history)

    @property
    def inline_keyboard(self) -> list[list[dict[str, Any]]]:
        markup = self.reply_markup or {}
        return markup.get("inline_keyboard") or []

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Inline buttons, row by row, flattened."""
        return [button for row in self.inline_keyboard for button in row]

    def snapshot(self) -> MessageVersion:
        return MessageVersion(
            self.text, self.html, copy.deepcopy(self.entities),
            copy.deepcopy(self.reply_markup), self.edit_date,
        )  # fmt: skip

    def to_api(self, nested: bool = True) -> dict[str, Any]:
        """The Bot API ``Message`` object (``nested``: include ``reply_to_message``)."""
        out: dict[str, Any] = {
            "message_id": self.message_id,
            "from": self.sender,
            "chat": self.chat,
            "date": self.date,
        }
        if self.reply_to is not None and nested:
            out["reply_to_message"] = self.reply_to.to_api(nested=False)
        if self.edit_date is not None:
            out["edit_date"] = self.edit_date
        if self.kind == "text":
            out["text"] = self.text
            if self.entities:
                out["entities"] = copy.deepcopy(self.entities)
        else:
            out.update(copy.deepcopy(self.media))
            if self.text:
                out["caption"] = self.text
                if self.entities:
                    out["caption_entities"] = copy.deepcopy(self.entities)
        if self.inline_keyboard:
            out["reply_markup"] = copy.deepcopy(self.reply_markup)
        return out


@dataclass(frozen=True)
class Event:
    """One entry of a chat's append-only log. ``seq`` counts from 1 within the chat."""

    seq: int
    kind: str  # message | edit | delete | callback_answer | action
    chat_id: int
    message: ChatMessage | None = None
    data: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)  # when it happened, to time replies


@dataclass(frozen=True)
class CallbackAnswer:
    """How the bot answered a callback query (what the user's app would show)."""

    query_id: str
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int = 0


@dataclass
class CallbackRecord:
    """A callback query a user sent, and the bot's answer once it came."""

    query_id: str
    chat_id: int
    message_id: int | None
    data: str | None
    created: float = field(default_factory=time.monotonic)
    answer: CallbackAnswer | None = None


@dataclass
class InlineRecord:
    """An inline query a user sent, and the results the bot answered with."""

    query_id: str
    user_id: int
    query: str
    created: float = field(default_factory=time.monotonic)
    answer: dict[str, Any] | None = None


class Chat:
    """A private chat between the bot and one user (chat id == user id), or a group the
    bot was added to (`title` set, a negative id; `user` then stands for the group)."""

    def __init__(self, user: dict[str, Any], title: str | None = None) -> None:
        self.id: int = user["id"]
        self.user = user
        self.title = title
        self.messages: dict[int, ChatMessage] = {}
        self.events: list[Event] = []
        self.reply_keyboard: dict[str, Any] | None = None
        self.blocked = False
        self.started = True
        self._next_message_id = 1
        self._waker = asyncio.Event()

    def api_dict(self) -> dict[str, Any]:
        """The Bot API ``Chat`` object of the chat."""
        if self.title is not None:
            return {"id": self.id, "type": "group", "title": self.title}
        out: dict[str, Any] = {
            "id": self.id,
            "type": "private",
            "first_name": self.user["first_name"],
        }
        for key in ("last_name", "username"):
            if self.user.get(key):
                out[key] = self.user[key]
        return out

    def next_message_id(self) -> int:
        n = self._next_message_id
        self._next_message_id += 1
        return n

    def append(self, kind: str, message: ChatMessage | None, data: dict[str, Any]) -> Event:
        event = Event(len(self.events) + 1, kind, self.id, message, data)
        self.events.append(event)
        waker, self._waker = self._waker, asyncio.Event()
        waker.set()
        return event

    async def wait_change(self, timeout: float) -> None:
        """Sleep until the next event in this chat, or ``timeout`` seconds."""
        waker = self._waker
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(waker.wait(), timeout)

    def transcript(self) -> str:
        """A readable dump of the chat (for assertion messages)."""
        lines = []
        for m in self.messages.values():
            who = "bot " if m.from_bot else "user"
            flags = " [deleted]" if m.deleted else (" [edited]" if m.edited else "")
            body = m.text or f"<{m.kind}>"
            buttons = [b.get("text") for b in m.buttons]
            extra = f"  buttons={buttons}" if buttons else ""
            lines.append(f"  #{m.message_id} {who}: {body!r}{flags}{extra}")
        return "\n".join(lines) or "  (no messages)"


class UpdateQueue:
    """Pending updates for getUpdates, with long-poll wake-ups and Telegram's offset rules."""

    def __init__(self, first_update_id: int = 1) -> None:
        self._items: list[dict[str, Any]] = []
        self._next_id = first_update_id
        self.allowed: frozenset[str] | None = None  # None: all but DEFAULT_EXCLUDED_UPDATES
        self.poll_ticket: object | None = None
        self.closed = False
        self._waker = asyncio.Event()

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Queue an update unless the bot's allowed_updates filter drops it."""
        allowed = self.allowed
        if (allowed is None and kind in DEFAULT_EXCLUDED_UPDATES) or (
            allowed is not None and kind not in allowed
        ):
            return None
        update = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        self._items.append(update)
        self.wake()
        return update

    def set_allowed(self, allowed: list[str] | None) -> None:
        if allowed is not None:
            self.allowed = frozenset(allowed) if allowed else None

    def confirm(self, offset: int) -> None:
        """Forget updates below ``offset``; a negative offset keeps the last ``-offset``."""
        if offset < 0:
            self._items = self._items[offset:]
        elif offset > 0:
            self._items = [u for u in self._items if u["update_id"] >= offset]

    def peek(self, limit: int) -> list[dict[str, Any]]:
        return copy.deepcopy(self._items[:limit])

    def waiting(self) -> list[dict[str, Any]]:
        """The pending updates in order (the list itself is a copy, the updates are not)."""
        return list(self._items)

    def remove(self, update_id: int) -> None:
        """Forget one update: a webhook confirms each update on its own, not by offset."""
        self._items = [u for u in self._items if u["update_id"] != update_id]

    @property
    def changed(self) -> asyncio.Event:
        """Set at the next ``wake``: take it before looking, so no wake-up falls between."""
        return self._waker

    @property
    def pending(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()

    def wake(self) -> None:
        waker, self._waker = self._waker, asyncio.Event()
        waker.set()

    async def wait(self, timeout: float) -> None:
        waker = self._waker
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(waker.wait(), timeout)


class World:
    """Everything the double's Telegram knows about, shared by server and users."""

    def __init__(
        self,
        token: str,
        bot_username: str,
        bot_first_name: str,
        clock: Callable[[], datetime] | None = None,
        hosts: Mapping[str, str] | None = None,
    ) -> None:
        self.token = token
        head = token.split(":", 1)[0]
        self.bot_user: dict[str, Any] = {
            "id": int(head) if head.isdigit() else 1,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
        }
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        self.chats: dict[int, Chat] = {}
        self.updates = UpdateQueue()
        self.files = FileStore(UrlFetcher(hosts))  # downloads only from loopback and ``hosts``
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.menu_buttons: dict[int | None, dict[str, Any]] = {}
        self.webhook: dict[str, Any] = {"url": ""}
        self.callbacks: dict[str, CallbackRecord] = {}
        self.inline_queries: dict[str, InlineRecord] = {}
        # Inline answers Telegram serves again without asking the bot, for cache_time
        # seconds: to anyone who types the same query, or only to the asker when the
        # answer is_personal. (user id or None, query) -> (expiry, answer).
        self.inline_cache: dict[tuple[int | None, str], tuple[float, dict[str, Any]]] = {}
        self.subscribers: list[asyncio.Queue[tuple[int, Event]]] = []
        self.callback_timeout = 15.0  # seconds a callback query can still be answered

    def cached_inline_answer(self, user_id: int, query: str) -> dict[str, Any] | None:
        """The answer Telegram's cache holds for this user typing `query`, if any."""
        for key in ((user_id, query), (None, query)):
            found = self.inline_cache.get(key)
            if found is not None and found[0] > time.monotonic():
                return found[1]
        return None

    def now(self) -> int:
        """Unix seconds by the double's clock (used for message dates)."""
        return int(self.clock().timestamp())

    def chat(self, chat_id: Any) -> Chat:
        """The chat for a ``chat_id`` parameter, or Telegram's "chat not found"."""
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise ApiError(400, CHAT_NOT_FOUND)
        return chat

    def emit(
        self, chat: Chat, kind: str, message: ChatMessage | None = None, **data: Any
    ) -> Event:
        """Log an event in ``chat`` and fan it out to every subscriber."""
        event = chat.append(kind, message, data)
        for queue in list(self.subscribers):
            queue.put_nowait((chat.id, event))
        return event

    def add_message(
        self, chat: Chat, from_bot: bool, sender: dict[str, Any] | None = None, **fields: Any
    ) -> ChatMessage:
        """Create the next message in ``chat`` (ids are per chat, increasing) and log it;
        ``sender``: who wrote it in a group (else the bot, or the private chat's user)."""
        message = ChatMessage(
            message_id=chat.next_message_id(),
            chat_id=chat.id,
            from_bot=from_bot,
            date=self.now(),
            chat=chat.api_dict(),
            sender=dict(self.bot_user) if from_bot else dict(sender or chat.user),
            **fields,
        )
        chat.messages[message.message_id] = message
        self.emit(chat, "message", message)
        return message
