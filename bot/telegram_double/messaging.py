"""Bot API methods that put messages into chats or change them.

Why: this is where a bot meets most of Telegram's rules: the chat must exist and must not
have blocked the bot, texts are parsed and limited, edits must change something, deletes
and callback answers must refer to something still there. Each method here records the
result in the shared ``World`` so the user side sees exactly what the bot got back.
"""

from __future__ import annotations

import time
from typing import Any

from bot.telegram_double.errors import (
    BLOCKED,
    CANT_DELETE,
    CANT_EDIT,
    CANT_INITIATE,
    DELETE_NOT_FOUND,
    EDIT_NOT_FOUND,
    NO_CAPTION_TO_EDIT,
    NO_TEXT_TO_EDIT,
    NOT_MODIFIED,
    QUERY_TOO_OLD,
    WRONG_FILE,
    ApiError,
)
from bot.telegram_double.markup import check_markup, format_text
from bot.telegram_double.media import StoredFile
from bot.telegram_double.registry import api_method
from bot.telegram_double.state import CallbackAnswer, Chat, ChatMessage, World

ACTIONS = frozenset({
    "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
    "upload_document", "choose_sticker", "find_location", "record_video_note",
    "upload_video_note",
})  # fmt: skip
DELETE_WINDOW = 48 * 3600


def _target(world: World, p: dict[str, Any]) -> Chat:
    """The chat a send goes to, refusing unknown chats and users who blocked the bot."""
    chat = world.chat(p["chat_id"])
    if chat.blocked:
        raise ApiError(403, BLOCKED)
    if not chat.started:
        raise ApiError(403, CANT_INITIATE)
    return chat


def _reply_to(chat: Chat, p: dict[str, Any]) -> ChatMessage | None:
    params = p.get("reply_parameters") or {}
    message_id = params.get("message_id") if isinstance(params, dict) else None
    if message_id is None:
        message_id = p.get("reply_to_message_id")
    if message_id is None:
        return None
    target = chat.messages.get(message_id)
    if target is None or target.deleted:
        if params.get("allow_sending_without_reply") or p.get("allow_sending_without_reply"):
            return None
        raise ApiError(400, "Bad Request: message to be replied not found")
    return target


def _send(
    world: World, chat: Chat, p: dict[str, Any], markup: dict[str, Any] | None, **fields: Any
) -> dict[str, Any]:
    message = world.add_message(
        chat, True, reply_markup=markup, reply_to=_reply_to(chat, p), **fields
    )
    if markup and "keyboard" in markup:
        chat.reply_keyboard = markup
    elif markup and markup.get("remove_keyboard"):
        chat.reply_keyboard = None
    return message.to_api()


@api_method("sendMessage")
async def send_message(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat = _target(world, p)
    text, html, entities = format_text(p.get("text"), p.get("parse_mode"), p.get("entities"))
    markup = check_markup(p.get("reply_markup"))
    return _send(world, chat, p, markup, kind="text", text=text, html=html, entities=entities)


async def _media(world: World, kind: str, value: Any) -> StoredFile:
    """An uploaded file (``Upload``) or a string reference (file_id / URL) as a stored file.

    A URL is downloaded before the message exists, so a failed download sends nothing.
    """
    if isinstance(value, str):
        stored = await world.files.reference(kind, value)
        if kind == "photo" and stored.kind != "photo":
            raise ApiError(400, WRONG_FILE)
        return stored
    return world.files.add(kind, value.data, value.filename, value.content_type)


async def _send_media(
    world: World, p: dict[str, Any], kind: str
) -> tuple[Chat, StoredFile, dict[str, Any]]:
    """What sendPhoto and sendDocument share: the chat, the stored file, the caption fields."""
    chat = _target(world, p)
    caption, html, entities = format_text(
        p.get("caption"), p.get("parse_mode"), p.get("caption_entities"), caption=True
    )
    fields = {"markup": check_markup(p.get("reply_markup")), "kind": kind, "text": caption,
              "html": html, "entities": entities}  # fmt: skip
    return chat, await _media(world, kind, p[kind]), fields


@api_method("sendPhoto")
async def send_photo(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat, stored, fields = await _send_media(world, p, "photo")
    markup = fields.pop("markup")
    return _send(
        world, chat, p, markup, photo=stored.data, media={"photo": stored.sizes}, **fields
    )


@api_method("sendDocument")
async def send_document(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat, stored, fields = await _send_media(world, p, "document")
    markup = fields.pop("markup")
    return _send(
        world, chat, p, markup, document=stored.data, document_name=stored.file_name,
        mime_type=stored.mime_type, media={"document": stored.as_document()}, **fields,
    )  # fmt: skip


def _editable(world: World, p: dict[str, Any]) -> tuple[Chat, ChatMessage]:
    if p.get("inline_message_id"):
        raise ApiError(400, "Bad Request: MESSAGE_ID_INVALID")  # inline messages: not modelled
    if p.get("chat_id") in (None, ""):
        raise ApiError(400, "Bad Request: chat_id is empty")
    if p.get("message_id") is None:
        raise ApiError(400, "Bad Request: message identifier is not specified")
    chat = world.chat(p["chat_id"])
    message = chat.messages.get(p["message_id"])
    if message is None or message.deleted:
        raise ApiError(400, EDIT_NOT_FOUND)
    if not message.from_bot:
        raise ApiError(400, CANT_EDIT)
    return chat, message


def _inline(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    return markup if markup and markup.get("inline_keyboard") else None


def _apply_edit(
    world: World,
    chat: Chat,
    message: ChatMessage,
    text: str,
    html: str,
    entities: list[dict[str, Any]],
    markup: dict[str, Any] | None,
) -> dict[str, Any]:
    """Refuse a no-op edit; else keep the old version in history and log an edit event."""
    same_markup = _inline(markup) == _inline(message.reply_markup)
    if text == message.text and entities == message.entities and same_markup:
        raise ApiError(400, NOT_MODIFIED)
    message.history.append(message.snapshot())
    message.text, message.html, message.entities = text, html, entities
    if markup is not None or _inline(message.reply_markup):
        message.reply_markup = markup
    message.edit_date = world.now()
    world.emit(chat, "edit", message)
    return message.to_api()


@api_method("editMessageText")
async def edit_message_text(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat, message = _editable(world, p)
    if message.kind != "text":
        raise ApiError(400, NO_TEXT_TO_EDIT)
    text, html, entities = format_text(p.get("text"), p.get("parse_mode"), p.get("entities"))
    markup = check_markup(p.get("reply_markup"), inline_only=True)
    return _apply_edit(world, chat, message, text, html, entities, markup)


@api_method("editMessageCaption")
async def edit_message_caption(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat, message = _editable(world, p)
    if message.kind not in ("photo", "document"):
        raise ApiError(400, NO_CAPTION_TO_EDIT)
    caption, html, entities = format_text(
        p.get("caption"), p.get("parse_mode"), p.get("caption_entities"), caption=True
    )
    markup = check_markup(p.get("reply_markup"), inline_only=True)
    return _apply_edit(world, chat, message, caption, html, entities, markup)


@api_method("editMessageReplyMarkup")
async def edit_message_reply_markup(world: World, p: dict[str, Any]) -> dict[str, Any]:
    chat, message = _editable(world, p)
    markup = check_markup(p.get("reply_markup"), inline_only=True)
    return _apply_edit(world, chat, message, message.text, message.html, message.entities, markup)


@api_method("deleteMessage")
async def delete_message(world: World, p: dict[str, Any]) -> bool:
    chat = world.chat(p["chat_id"])
    message = chat.messages.get(p["message_id"])
    if message is None or message.deleted:
        raise ApiError(400, DELETE_NOT_FOUND)
    if world.now() - message.date > DELETE_WINDOW:
        raise ApiError(400, CANT_DELETE)
    message.deleted = True
    world.emit(chat, "delete", message)
    return True


@api_method("answerCallbackQuery")
async def answer_callback_query(world: World, p: dict[str, Any]) -> bool:
    """Answer once, within ``world.callback_timeout`` seconds of the press."""
    query_id = str(p["callback_query_id"])
    record = world.callbacks.get(query_id)
    expired = record is not None and time.monotonic() - record.created > world.callback_timeout
    if record is None or record.answer is not None or expired:
        raise ApiError(400, QUERY_TOO_OLD)
    text = p.get("text")
    if text is not None and len(str(text)) > 200:
        raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
    record.answer = CallbackAnswer(
        query_id=query_id,
        text=text,
        show_alert=bool(p.get("show_alert")),
        url=p.get("url"),
        cache_time=int(p.get("cache_time") or 0),
    )
    chat = world.chats.get(record.chat_id)
    if chat is not None:
        world.emit(chat, "callback_answer", None, query_id=query_id, answer=record.answer)
    return True


@api_method("sendChatAction")
async def send_chat_action(world: World, p: dict[str, Any]) -> bool:
    chat = _target(world, p)
    if p["action"] not in ACTIONS:
        raise ApiError(400, "Bad Request: wrong parameter action in request")
    world.emit(chat, "action", None, action=p["action"])
    return True
