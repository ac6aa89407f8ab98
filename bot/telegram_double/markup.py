"""Checking what a bot puts into a message: text/caption formatting and reply markup.

Why: these are the refusals a bot meets most in production (an HTML slip, a text over 4096
characters, ``callback_data`` over 64 bytes, a keyboard button with no action), so the
double applies them on every send and edit, with Telegram's wording.
"""

from __future__ import annotations

import copy
from typing import Any

from bot.telegram_double.entities import check_entities, entities_to_html, finish_text
from bot.telegram_double.errors import (
    BUTTON_DATA_INVALID,
    CAPTION_TOO_LONG,
    TEXT_EMPTY,
    TEXT_TOO_LONG,
    ApiError,
)
from bot.telegram_double.spec import load_spec
from bot.telegram_html import HtmlParseError, normalize_url, parse_html

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
_NOT_ACTIONS = frozenset({"text", "icon_custom_emoji_id", "style"})
_MARKUP_JSON = "Bad Request: can't parse reply keyboard markup JSON object"


def format_text(
    text: Any, parse_mode: Any, entities: Any, *, caption: bool = False
) -> tuple[str, str, list[dict[str, Any]]]:
    """Parse a text/caption like Telegram: (plain text, html as sent/rendered, entities)."""
    text = "" if text is None else str(text)
    mode = str(parse_mode or "").lower()
    html: str | None = None
    if mode == "html":
        try:
            plain, ents = parse_html(text)
        except HtmlParseError as exc:
            raise ApiError(400, f"Bad Request: can't parse entities: {exc}") from None
        html = text
    elif mode in ("markdown", "markdownv2"):
        raise ApiError(
            400,
            f"Bad Request: parse_mode {parse_mode} is not implemented by the "
            "Bot API double; use HTML",
        )
    elif mode:
        raise ApiError(400, f'Bad Request: unsupported parse_mode "{parse_mode}"')
    else:
        try:
            plain, ents = text, (check_entities(text, entities) if entities is not None else [])
        except ValueError as exc:
            raise ApiError(400, f"Bad Request: {exc}") from None
    plain, ents = finish_text(plain, ents)
    if caption:
        if len(plain) > CAPTION_LIMIT:
            raise ApiError(400, CAPTION_TOO_LONG)
    else:
        if not plain:
            raise ApiError(400, TEXT_EMPTY)
        if len(plain) > TEXT_LIMIT:
            raise ApiError(400, TEXT_TOO_LONG)
    return plain, (html if html is not None else entities_to_html(plain, ents)), ents


def check_markup(markup: Any, *, inline_only: bool = False) -> dict[str, Any] | None:
    """Validate a ``reply_markup`` parameter and return it normalised (spec fields only)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, _MARKUP_JSON)
    if "inline_keyboard" in markup:
        return {"inline_keyboard": _inline_rows(markup["inline_keyboard"])}
    if inline_only:
        raise ApiError(400, "Bad Request: can't parse inline keyboard markup JSON object")
    if "keyboard" in markup:
        rows = markup["keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise ApiError(
                400,
                'Bad Request: field "keyboard" of the ReplyKeyboardMarkup '
                "should be an Array of Arrays",
            )
        out = _known_fields("ReplyKeyboardMarkup", markup)
        out["keyboard"] = [[_keyboard_button(b) for b in row] for row in rows]
        return out
    if markup.get("remove_keyboard") is True or markup.get("force_reply") is True:
        return copy.deepcopy(markup)
    raise ApiError(400, _MARKUP_JSON)


def _inline_rows(rows: Any) -> list[list[dict[str, Any]]]:
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise ApiError(
            400,
            'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup '
            "should be an Array of Arrays",
        )
    return [[_inline_button(b) for b in row] for row in rows]


def _inline_button(button: Any) -> dict[str, Any]:
    if not isinstance(button, dict):
        raise ApiError(
            400,
            "Bad Request: can't parse inline keyboard button: "
            "InlineKeyboardButton must be an Object",
        )
    if not isinstance(button.get("text"), str):
        raise ApiError(
            400, "Bad Request: can't parse inline keyboard button: Can't find field \"text\""
        )
    out = _known_fields("InlineKeyboardButton", button)
    actions = [k for k in out if k not in _NOT_ACTIONS]
    if not actions:
        raise ApiError(
            400,
            "Bad Request: can't parse inline keyboard button: "
            "Text buttons are unallowed in the inline keyboard",
        )
    if len(actions) > 1:
        raise ApiError(
            400,
            "Bad Request: can't parse inline keyboard button: exactly one of "
            f"the optional fields must be used, found {', '.join(actions)}",
        )
    if "callback_data" in out:
        data = out["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise ApiError(400, BUTTON_DATA_INVALID)
    if "url" in out and (not isinstance(out["url"], str) or not _url_ok(out["url"])):
        raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
    return out


def _url_ok(url: str) -> bool:
    return url.startswith("tg://") or normalize_url(url) is not None


def _keyboard_button(button: Any) -> dict[str, Any]:
    if isinstance(button, str):
        return {"text": button}
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise ApiError(400, "Bad Request: can't parse keyboard button: Can't find field \"text\"")
    return _known_fields("KeyboardButton", button)


def _known_fields(type_name: str, value: dict[str, Any]) -> dict[str, Any]:
    """Keep the fields the spec knows for ``type_name`` (Telegram ignores the rest)."""
    names = {f["name"] for f in load_spec().types[type_name]["fields"]}
    return {k: copy.deepcopy(v) for k, v in value.items() if k in names and v is not None}


def button_labels(markup: dict[str, Any] | None) -> list[str]:
    """Texts of the buttons of a reply keyboard (what a user can tap to send)."""
    if not markup or "keyboard" not in markup:
        return []
    return [b["text"] for row in markup["keyboard"] for b in row]
