"""Bot API methods that are not about sending or changing messages.

Why: python-telegram-bot calls ``getMe`` on start, ``deleteWebhook`` and a long-polling
``getUpdates`` loop while polling, and bots set their command lists per language and scope;
each must answer the way the real server does (including its 409 conflicts) or the bot's
start-up and shutdown paths go untested.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any

from bot.telegram_double.errors import (
    CONFLICT_POLL,
    CONFLICT_WEBHOOK,
    QUERY_TOO_OLD,
    ApiError,
)
from bot.telegram_double.media import MAX_DOWNLOAD
from bot.telegram_double.registry import api_method
from bot.telegram_double.state import World

_SCOPES = frozenset({
    "default", "all_private_chats", "all_group_chats", "all_chat_administrators", "chat",
    "chat_administrators", "chat_member",
})  # fmt: skip
_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@api_method("getMe")
async def get_me(world: World, p: dict[str, Any]) -> dict[str, Any]:
    return {
        **world.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@api_method("logOut")
async def log_out(world: World, p: dict[str, Any]) -> bool:
    return True


@api_method("close")
async def close(world: World, p: dict[str, Any]) -> bool:
    return True


@api_method("getUpdates")
async def get_updates(world: World, p: dict[str, Any]) -> list[dict[str, Any]]:
    """Long polling: confirm by offset, then wait up to ``timeout`` s for something new.

    A newer getUpdates call ends an older one still waiting with 409 Conflict, as on the
    real server (only one poller per bot).
    """
    queue = world.updates
    if world.webhook.get("url"):
        raise ApiError(409, CONFLICT_WEBHOOK)
    queue.set_allowed(p.get("allowed_updates"))
    if p.get("offset"):
        queue.confirm(p["offset"])
    limit = min(max(int(p.get("limit") or 100), 1), 100)
    timeout = max(float(p.get("timeout") or 0), 0.0)
    ticket = object()
    queue.poll_ticket = ticket
    queue.wake()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    try:
        while True:
            if queue.poll_ticket is not ticket:
                raise ApiError(409, CONFLICT_POLL)
            remaining = deadline - loop.time()
            if queue.pending or queue.closed or remaining <= 0:
                return queue.peek(limit)
            await queue.wait(remaining)
    finally:
        if queue.poll_ticket is ticket:
            queue.poll_ticket = None


@api_method("deleteWebhook")
async def delete_webhook(world: World, p: dict[str, Any]) -> bool:
    world.webhook = {"url": ""}
    if p.get("drop_pending_updates"):
        world.updates.clear()
    return True


@api_method("setWebhook")
async def set_webhook(world: World, p: dict[str, Any]) -> bool:
    """Store the webhook; ``webhook.WebhookDelivery`` then POSTs every update to it.

    Setting the same webhook again changes nothing but its parameters, so several bot
    processes may each set it at start. An empty URL removes it, as deleteWebhook does.
    """
    url = p.get("url") or ""
    if url and not url.startswith("https://"):
        raise ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
    secret = p.get("secret_token")
    if secret is not None and not _SECRET.fullmatch(str(secret)):
        raise ApiError(400, "Bad Request: secret token contains unallowed characters")
    world.webhook = {"url": url}
    if url:
        connections = int(p.get("max_connections") or 40)
        world.webhook["max_connections"] = min(max(connections, 1), 100)
        if p.get("allowed_updates") is not None:
            world.webhook["allowed_updates"] = list(p["allowed_updates"])
            world.updates.set_allowed(p["allowed_updates"])
        if secret:
            world.webhook["secret_token"] = secret
    if p.get("drop_pending_updates"):
        world.updates.clear()
    world.updates.wake()
    return True


@api_method("getWebhookInfo")
async def get_webhook_info(world: World, p: dict[str, Any]) -> dict[str, Any]:
    info = {k: v for k, v in world.webhook.items() if k != "secret_token"}
    if not info["url"]:
        info = {"url": ""}
    return {**info, "has_custom_certificate": False, "pending_update_count": world.updates.pending}


def _scope_key(world: World, p: dict[str, Any]) -> tuple[str, str]:
    scope = p.get("scope") or {"type": "default"}
    if not isinstance(scope, dict) or scope.get("type") not in _SCOPES:
        raise ApiError(400, "Bad Request: can't parse BotCommandScope JSON object")
    if scope["type"] in ("chat", "chat_administrators", "chat_member"):
        world.chat(scope.get("chat_id"))
    return json.dumps(scope, sort_keys=True), str(p.get("language_code") or "")


@api_method("setMyCommands")
async def set_my_commands(world: World, p: dict[str, Any]) -> bool:
    commands = p["commands"]
    if not isinstance(commands, list):
        raise ApiError(400, "Bad Request: can't parse commands JSON object")
    if len(commands) > 100:
        raise ApiError(400, "Bad Request: too many commands specified")
    clean = []
    for c in commands:
        if not isinstance(c, dict) or not _COMMAND.fullmatch(str(c.get("command", ""))):
            raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
        description = c.get("description")
        if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
            raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        clean.append({"command": c["command"], "description": description})
    key = _scope_key(world, p)
    if clean:
        world.commands[key] = clean
    else:
        world.commands.pop(key, None)
    return True


@api_method("getMyCommands")
async def get_my_commands(world: World, p: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(c) for c in world.commands.get(_scope_key(world, p), [])]


@api_method("deleteMyCommands")
async def delete_my_commands(world: World, p: dict[str, Any]) -> bool:
    world.commands.pop(_scope_key(world, p), None)
    return True


@api_method("setChatMenuButton")
async def set_chat_menu_button(world: World, p: dict[str, Any]) -> bool:
    button = p.get("menu_button") or {"type": "default"}
    kind = button.get("type") if isinstance(button, dict) else None
    if kind not in ("default", "commands", "web_app"):
        raise ApiError(400, "Bad Request: can't parse MenuButton JSON object")
    if kind == "web_app":
        url = (button.get("web_app") or {}).get("url", "")
        if not button.get("text") or not str(url).startswith("https://"):
            raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
        button = {"type": "web_app", "text": button["text"], "web_app": {"url": url}}
    else:
        button = {"type": kind}
    chat_id = p.get("chat_id")
    if chat_id is not None:
        world.chat(chat_id)
    world.menu_buttons[chat_id] = button
    return True


@api_method("getChatMenuButton")
async def get_chat_menu_button(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat_id = p.get("chat_id")
    if chat_id is not None:
        world.chat(chat_id)
    button = world.menu_buttons.get(chat_id) or world.menu_buttons.get(None)
    return dict(button) if button else {"type": "commands"}


@api_method("answerInlineQuery")
async def answer_inline_query(world: World, p: dict[str, Any]) -> bool:
    """Stored on the query record so the user side (and tests) can read the results."""
    record = world.inline_queries.get(str(p["inline_query_id"]))
    if record is None or record.answer is not None or time.monotonic() - record.created > 10:
        raise ApiError(400, QUERY_TOO_OLD)
    results = p["results"]
    if not isinstance(results, list):
        raise ApiError(400, "Bad Request: can't parse results JSON object")
    if len(results) > 50:
        raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for r in results:
        rid = r.get("id") if isinstance(r, dict) else None
        if not isinstance(rid, str) or not 1 <= len(rid.encode()) <= 64 or not r.get("type"):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        if rid in seen:
            raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
        seen.add(rid)
    record.answer = {k: v for k, v in p.items() if k != "inline_query_id"}
    cache_time = int(p.get("cache_time", 300))  # Telegram's default
    if cache_time > 0:
        who = record.user_id if p.get("is_personal") else None
        world.inline_cache[(who, record.query)] = (time.monotonic() + cache_time, record.answer)
    return True


@api_method("getChat")
async def get_chat(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat = world.chat(p["chat_id"])
    return {
        **chat.api_dict(),
        "accent_color_id": 0,
        "max_reaction_count": 11,
        "accepted_gift_types": {
            "unlimited_gifts": True, "limited_gifts": True, "unique_gifts": True,
            "premium_subscription": True, "gifts_from_channels": True,
        },
    }  # fmt: skip


@api_method("getFile")
async def get_file(world: World, p: dict[str, Any]) -> dict[str, Any]:
    stored = world.files.get(str(p["file_id"]))
    if stored.file_size > MAX_DOWNLOAD:
        raise ApiError(400, "Bad Request: file is too big")
    return stored.as_file()
