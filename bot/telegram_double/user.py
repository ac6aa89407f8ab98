"""``DoubleUser``: a person on the other side of the chat, driven by tests or a web chat.

Why: end-to-end tests should read like a conversation ("send /start, press 'English',
expect a reply") while producing exactly the ``Update`` objects Telegram would deliver
(``from``, ``chat``, ``date``, ``bot_command`` entities, callback queries carrying the full
message). Waiting is event-based (each chat has an append-only log) so tests never sleep
and a timeout reports the whole chat transcript.
"""

from __future__ import annotations

import asyncio
import itertools
import zlib
from collections.abc import Callable, Iterable
from typing import Any

from bot.telegram_double.entities import finish_text
from bot.telegram_double.markup import button_labels
from bot.telegram_double.media import tiny_png
from bot.telegram_double.state import (
    CallbackAnswer,
    CallbackRecord,
    Chat,
    ChatMessage,
    Event,
    InlineRecord,
    World,
)

_query_ids = itertools.count(1)
# A tiny but well-formed WebP header (VP8X canvas 512x512), standing in for a sticker file.
_STICKER = b"RIFF\x16\x00\x00\x00WEBPVP8X\x0a\x00\x00\x00\x10\x00\x00\x00\xff\x01\x00\xff\x01\x00"


class DoubleUser:
    """One Telegram user and their private chat with the bot."""

    def __init__(self, world: World, chat: Chat) -> None:
        self._world = world
        self.chat = chat
        self.id = chat.id
        self._cursor = 0  # reply() looks at events after this sequence number

    # ------------------------------------------------------------------ reading

    @property
    def user(self) -> dict[str, Any]:
        """The Bot API ``User`` object of this person."""
        return dict(self.chat.user)

    @property
    def messages(self) -> list[ChatMessage]:
        """All messages of the chat, both sides, in order (deleted ones flagged)."""
        return list(self.chat.messages.values())

    @property
    def bot_messages(self) -> list[ChatMessage]:
        return [m for m in self.messages if m.from_bot]

    @property
    def last(self) -> ChatMessage | None:
        """The bot's latest message that is not deleted."""
        alive = [m for m in self.bot_messages if not m.deleted]
        return alive[-1] if alive else None

    @property
    def events(self) -> list[Event]:
        return list(self.chat.events)

    @property
    def callback_answers(self) -> dict[str, CallbackAnswer]:
        """The bot's answers to this user's callback queries, by query id."""
        return {
            qid: rec.answer
            for qid, rec in self._world.callbacks.items()
            if rec.chat_id == self.id and rec.answer is not None
        }

    @property
    def current_reply_keyboard(self) -> dict[str, Any] | None:
        """The ReplyKeyboardMarkup the user currently sees, if any."""
        return self.chat.reply_keyboard

    @property
    def reply_keyboard_labels(self) -> list[str]:
        return button_labels(self.chat.reply_keyboard)

    def inline_answer(self, query_id: str) -> dict[str, Any] | None:
        """What the bot answered to an inline query (results, cache_time, ...)."""
        record = self._world.inline_queries.get(query_id)
        return record.answer if record else None

    def mark(self) -> int:
        """A position in the chat's event log, for ``wait_event(after=...)``."""
        return len(self.chat.events)

    def transcript(self) -> str:
        return self.chat.transcript()

    def block(self) -> None:
        """The user blocks the bot (sends to them now get 403)."""
        self.chat.blocked = True

    # ------------------------------------------------------------------ acting

    async def send_text(self, text: str, reply_to: int | None = None) -> ChatMessage:
        """Type and send a message (also how a reply-keyboard button is "pressed").

        ``reply_to``: the id of a message in this chat that this one replies to.
        """
        keyboard = self.chat.reply_keyboard
        if keyboard and keyboard.get("one_time_keyboard") and text in button_labels(keyboard):
            self.chat.reply_keyboard = None  # the app hides a one-time keyboard once used
        plain, entities = finish_text(text, [])
        replied = self._message(reply_to) if reply_to is not None else None
        return await self._post(
            kind="text", text=plain, html=_escape(plain), entities=entities, reply_to=replied
        )

    async def send_command(self, command: str, args: str = "") -> ChatMessage:
        """Send ``/command args`` (the server marks the ``bot_command`` entity)."""
        command = command if command.startswith("/") else "/" + command
        return await self.send_text(f"{command} {args}".strip())

    async def send_in_group(self, group: Chat, text: str) -> ChatMessage:
        """Write ``text`` in a group the bot is in (a command, or any text)."""
        plain, entities = finish_text(text, [])
        message = self._world.add_message(
            group, False, sender=self.user, kind="text", text=plain, html=_escape(plain),
            entities=entities,
        )  # fmt: skip
        self._world.updates.push("message", message.to_api())
        await asyncio.sleep(0)
        return message

    async def send_contact(
        self, phone_number: str, own: bool = True, first_name: str | None = None
    ) -> ChatMessage:
        """Share a contact: one's own (``user_id`` = this user) or someone else's."""
        contact: dict[str, Any] = {"phone_number": phone_number}
        if own:
            contact["first_name"] = self.chat.user["first_name"]
            if self.chat.user.get("last_name"):
                contact["last_name"] = self.chat.user["last_name"]
            contact["user_id"] = self.id
        else:
            contact["first_name"] = first_name or "Contact"
            contact["user_id"] = self.id + 1_000_000_000
        keyboard = self.chat.reply_keyboard
        if keyboard and keyboard.get("one_time_keyboard"):
            self.chat.reply_keyboard = None
        return await self._post(kind="contact", media={"contact": contact})

    async def send_photo(
        self, data: bytes | None = None, caption: str | None = None
    ) -> ChatMessage:
        """Send a photo (a small PNG unless ``data`` is given)."""
        stored = self._world.files.add("photo", data if data is not None else tiny_png())
        text, entities = finish_text(caption or "", [])
        return await self._post(
            kind="photo",
            text=text,
            html=_escape(text),
            entities=entities,
            photo=stored.data,
            media={"photo": stored.sizes},
        )

    async def send_document(
        self,
        data: bytes,
        file_name: str = "document.txt",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> ChatMessage:
        stored = self._world.files.add("document", data, file_name, mime_type)
        text, entities = finish_text(caption or "", [])
        return await self._post(
            kind="document",
            text=text,
            html=_escape(text),
            entities=entities,
            document=stored.data,
            document_name=file_name,
            mime_type=mime_type,
            media={"document": stored.as_document()},
        )

    async def send_sticker(self, emoji: str = "👍") -> ChatMessage:
        stored = self._world.files.add("sticker", _STICKER, None, "image/webp")
        sticker = {
            "file_id": stored.file_id, "file_unique_id": stored.file_unique_id,
            "type": "regular", "width": 512, "height": 512, "is_animated": False,
            "is_video": False, "emoji": emoji, "file_size": stored.file_size,
        }  # fmt: skip
        return await self._post(kind="sticker", media={"sticker": sticker})

    async def send_inline_query(self, query: str) -> str:
        """Type ``@bot query`` in any chat; returns the inline query id."""
        query_id = self._new_query_id()
        record = InlineRecord(query_id, self.id, query)
        self._world.inline_queries[query_id] = record
        cached = self._world.cached_inline_answer(self.id, query)
        if cached is not None:  # answered from Telegram's cache: the bot never hears of it
            record.answer = cached
            return query_id
        self._cursor = self.mark()
        payload = {"id": query_id, "from": self.user, "query": query, "offset": ""}
        self._world.updates.push("inline_query", payload)
        await asyncio.sleep(0)
        return query_id

    async def press(self, label: str, message_id: int | None = None) -> str:
        """Press the inline button whose text equals (else contains) ``label``.

        Looks at ``message_id`` if given, else at the bot's live messages newest first; an
        exact label anywhere wins over a partial one. Returns the callback query id.
        """
        if message_id is not None:
            candidates: list[ChatMessage] = [self._message(message_id)]
        else:
            candidates = [m for m in reversed(self.bot_messages) if not m.deleted]
        for exact in (True, False):
            for message in candidates:
                for button in message.buttons:
                    text = str(button.get("text", ""))
                    if text == label or (not exact and label in text):
                        if "callback_data" not in button:
                            raise AssertionError(
                                f"button {label!r} is not a callback button: {button}"
                            )
                        return await self._callback(message, button["callback_data"])
        raise AssertionError(f"no inline button {label!r} in the chat:\n{self.transcript()}")

    async def press_data(self, message_id: int, data: str) -> str:
        """Send a callback query with arbitrary (possibly forged) data for a message."""
        return await self._callback(self._message(message_id), data)

    # ------------------------------------------------------------------ waiting

    async def reply(self, timeout: float = 5.0) -> ChatMessage:
        """The bot's next message or edit since the user's last action (or last ``reply``)."""
        try:
            event = await self.wait_event(
                after=self._cursor, timeout=timeout,
                match=lambda e: e.kind == "edit" or (e.kind == "message" and e.message is not None
                                                     and e.message.from_bot),
            )  # fmt: skip
        except TimeoutError:
            raise AssertionError(
                f"user {self.id}: no reply from the bot within {timeout}s; chat so far:\n"
                f"{self.transcript()}"
            ) from None
        self._cursor = event.seq
        assert event.message is not None
        return event.message

    async def wait_event(
        self,
        after: int | None = None,
        timeout: float = 5.0,
        kinds: Iterable[str] | None = None,
        match: Callable[[Event], bool] | None = None,
    ) -> Event:
        """The first event after position ``after`` (default: the user's last action).

        Raises ``TimeoutError`` if none comes within ``timeout`` seconds.
        """
        start = self._cursor if after is None else after
        wanted = set(kinds) if kinds is not None else None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for event in self.chat.events[start:]:
                if (wanted is None or event.kind in wanted) and (match is None or match(event)):
                    return event
            start = len(self.chat.events)
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"no event in chat {self.id} within {timeout}s")
            await self.chat.wait_change(remaining)

    async def wait_for(self, predicate: Callable[[DoubleUser], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate(user)`` is truthy; return its value."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            value = predicate(self)
            if value:
                return value
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"user {self.id}: condition not met within {timeout}s; chat so far:\n"
                    f"{self.transcript()}"
                )
            await self.chat.wait_change(remaining)

    # ------------------------------------------------------------------ internals

    async def _post(self, **fields: Any) -> ChatMessage:
        self.chat.started = True
        self.chat.blocked = False  # writing to a bot lifts one's block
        self._cursor = self.mark()
        message = self._world.add_message(self.chat, False, **fields)
        self._world.updates.push("message", message.to_api())
        await asyncio.sleep(0)
        return message

    def _message(self, message_id: int) -> ChatMessage:
        message = self.chat.messages.get(message_id)
        if message is None:
            raise AssertionError(f"no message {message_id} in the chat:\n{self.transcript()}")
        return message

    def _new_query_id(self) -> str:
        return f"{self._world.bot_user['id'] % 10**6}{next(_query_ids):012d}"

    async def _callback(self, message: ChatMessage, data: str) -> str:
        query_id = self._new_query_id()
        self._world.callbacks[query_id] = CallbackRecord(
            query_id, self.id, message.message_id, data
        )
        if message.deleted:  # the app would show an InaccessibleMessage
            shown: dict[str, Any] = {
                "chat": message.chat,
                "message_id": message.message_id,
                "date": 0,
            }
        else:
            shown = message.to_api()
        instance = str(zlib.crc32(f"{self._world.token}:{self.id}".encode()) * 7919)
        payload = {
            "id": query_id,
            "from": self.user,
            "message": shown,
            "chat_instance": instance,
            "data": data,
        }
        self._cursor = self.mark()
        self._world.updates.push("callback_query", payload)
        await asyncio.sleep(0)
        return query_id


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
