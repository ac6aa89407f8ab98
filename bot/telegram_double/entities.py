"""Message entities: UTF-16 arithmetic, auto-detected entities, trimming and HTML rendering.

Why: Bot API entity offsets count UTF-16 code units (an emoji outside the BMP is 2), which
is easy to get wrong; the real server also finds ``bot_command``/``url``/``mention``/
``hashtag``/``email`` entities in every text by itself (python-telegram-bot's
``CommandHandler`` relies on the ``bot_command`` one) and trims surrounding whitespace.
The double does the same so handlers see the updates and answers they would in production.
"""

from __future__ import annotations

import html as std_html
import re
from typing import Any

from bot.telegram_html import ENTITY_PRIORITY, sort_entities, utf16_len

KNOWN_TYPES = frozenset(ENTITY_PRIORITY) | {
    "mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number",
    "date_time",
}  # fmt: skip
_TRIM = " \t\n\r\x0b\x0c"
_TLDS = (
    "com|org|net|io|me|ru|de|uk|info|app|dev|co|ai|ly|gg|tv|eu|us|ca|fr|it|es|nl|cn|jp|in|br"
    "|au|ch|se|no|pl|tr|cz|ua|kz|tech|online|site|xyz|store|shop|biz|edu|gov|top|pro|news"
)
_DETECTORS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"(?<![\w.])[\w.+-]+@(?:[\w-]+\.)+[a-zA-Z]{2,24}\b")),
    (
        "url",
        re.compile(
            r"(?<![\w@/.])(?:https?://[\w.-]+(?::\d+)?|(?:[\w-]+\.)+(?:" + _TLDS + r")\b)"
            r"(?:/[^\s<>\"]*)?"
        ),
    ),
    ("bot_command", re.compile(r"(?<![\w/])/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,32})?(?!\w)")),
    ("mention", re.compile(r"(?<![\w@])@[a-zA-Z0-9_]{4,32}(?!\w)")),
    ("hashtag", re.compile(r"(?<![\w#])#\w*[^\W\d]\w*")),
)


def utf16_to_index(text: str, offset: int) -> int:
    """The Python string index that a UTF-16 offset points to."""
    units = 0
    for index, ch in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def entity_text(text: str, entity: dict[str, Any]) -> str:
    """The piece of ``text`` an entity covers."""
    start = utf16_to_index(text, entity["offset"])
    end = utf16_to_index(text, entity["offset"] + entity["length"])
    return text[start:end]


def detect_entities(text: str, existing: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities the server finds by itself, skipping spans that overlap ``existing`` ones."""
    taken = [(e["offset"], e["offset"] + e["length"]) for e in existing]
    found: list[dict[str, Any]] = []
    for kind, pattern in _DETECTORS:
        for m in pattern.finditer(text):
            matched = m.group(0)
            if kind == "url":
                matched = matched.rstrip(".,:;!?)'\"")
            start = utf16_len(text[: m.start()])
            end = start + utf16_len(matched)
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            found.append({"type": kind, "offset": start, "length": end - start})
    return found


def finish_text(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Trim surrounding whitespace (shifting entities), add detected entities, sort."""
    stripped_left = text.lstrip(_TRIM)
    shift = utf16_len(text) - utf16_len(stripped_left)
    stripped = stripped_left.rstrip(_TRIM)
    limit = utf16_len(stripped)
    kept: list[dict[str, Any]] = []
    for e in entities:
        start = max(e["offset"] - shift, 0)
        end = min(e["offset"] + e["length"] - shift, limit)
        if end > start:
            kept.append({**e, "offset": start, "length": end - start})
    kept += detect_entities(stripped, kept)
    return stripped, sort_entities(kept)


def check_entities(text: str, entities: Any) -> list[dict[str, Any]]:
    """Validate an ``entities`` parameter; raise ValueError with Telegram-ish wording."""
    if not isinstance(entities, list):
        raise ValueError("can't parse entities JSON object")
    limit = utf16_len(text)
    out = []
    for e in entities:
        if not isinstance(e, dict) or e.get("type") not in KNOWN_TYPES:
            raise ValueError("can't parse MessageEntity: unsupported entity type")
        offset, length = e.get("offset"), e.get("length")
        if not isinstance(offset, int) or not isinstance(length, int) or offset < 0:
            raise ValueError("can't parse MessageEntity: offset and length must be integers")
        if length > 0 and offset < limit:
            out.append({**e, "length": min(length, limit - offset)})
    return out


_HTML_OPEN = {
    "bold": "<b>", "italic": "<i>", "underline": "<u>", "strikethrough": "<s>",
    "spoiler": "<tg-spoiler>", "code": "<code>", "blockquote": "<blockquote>",
    "expandable_blockquote": "<blockquote expandable>",
}  # fmt: skip


def entities_to_html(text: str, entities: list[dict[str, Any]]) -> str:
    """Render text + entities as Telegram HTML (what a web chat shows for the message)."""
    units = text.encode("utf-16-le", "surrogatepass")
    events: list[tuple[int, int, int, str]] = []  # (utf16 position, is_open, order, markup)
    for n, e in enumerate(sort_entities(entities)):
        open_tag, close_tag = _tags(e)
        if open_tag:
            events.append((e["offset"], 1, n, open_tag))
            events.append((e["offset"] + e["length"], 0, -n, close_tag))
    events.sort()  # closes before opens; inner closes first; outer opens first
    out: list[str] = []
    pos = 0
    for at, _, _, markup in events:
        chunk = units[pos * 2 : at * 2].decode("utf-16-le", "surrogatepass")
        out.append(std_html.escape(chunk, quote=False))
        out.append(markup)
        pos = at
    out.append(std_html.escape(units[pos * 2 :].decode("utf-16-le", "surrogatepass"), False))
    return "".join(out)


def _tags(e: dict[str, Any]) -> tuple[str, str]:
    kind = e["type"]
    if kind in _HTML_OPEN:
        opening = _HTML_OPEN[kind]
        return opening, "</" + opening[1:].split(" ")[0].rstrip(">") + ">"
    if kind == "pre":
        lang = e.get("language")
        if lang:
            return f'<pre><code class="language-{std_html.escape(lang)}">', "</code></pre>"
        return "<pre>", "</pre>"
    if kind == "text_link":
        return f'<a href="{std_html.escape(e["url"])}">', "</a>"
    if kind == "custom_emoji":
        return f'<tg-emoji emoji-id="{e["custom_emoji_id"]}">', "</tg-emoji>"
    return "", ""
