"""The table of Bot API methods the double answers, filled by ``@api_method`` decorators.

Why: the server looks methods up case-insensitively (as Telegram does) and ``core_only``
mode must hide everything but a minimal Bot API; a registry keeps that in one place
instead of a long if/else in the HTTP layer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.telegram_double.state import World

Handler = Callable[[World, dict[str, Any]], Awaitable[Any]]

CORE_METHODS = frozenset({
    "getMe", "getUpdates", "sendMessage", "editMessageText", "editMessageReplyMarkup",
    "answerCallbackQuery", "deleteMessage",
})  # fmt: skip


@dataclass(frozen=True)
class MethodEntry:
    """One method: its spec name (for decoding and answer checks) and its handler."""

    name: str
    handler: Handler

    @property
    def core(self) -> bool:
        return self.name in CORE_METHODS


METHODS: dict[str, MethodEntry] = {}


def api_method(name: str) -> Callable[[Handler], Handler]:
    """Register ``handler`` as the implementation of Bot API method ``name``."""

    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = MethodEntry(name, handler)
        return handler

    return register


def find_method(name: str, core_only: bool = False) -> MethodEntry | None:
    """The method for a URL segment (any letter case), or None (Telegram: 404 Not Found)."""
    entry = METHODS.get(name.lower())
    if entry is None or (core_only and not entry.core):
        return None
    return entry
