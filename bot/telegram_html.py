"""Telegram's HTML parse mode: a port of tdlib's ``parse_html`` (td/telegram/MessageEntity.cpp).

Why: the real server refuses markup that a browser would happily render (an unknown tag,
a stray ``<``, a missing end tag) with a 400 "can't parse entities: ..." naming a *byte*
offset, and it turns the accepted markup into plain text plus entities with UTF-16
offsets. A bot that only ever met a lenient fake would break in production on the first
``a < b``; so this follows tdlib's scanner step by step, on UTF-8 bytes, including its quirks:
unknown ``&name;`` entities and lone ``&`` are kept as literal text, ``</>`` closes any tag,
and attribute values without quotes must be name tokens.

Production code checks its own markup with it (a broadcast is refused before it is
queued, a reply is measured as Telegram counts it) and the Bot API double refuses bad
markup with it as Telegram would: both import it from here, so the bot never imports
the double.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

TAGS = frozenset({
    "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
    "tg-emoji", "tg-time", "span", "pre", "code", "blockquote",
})  # fmt: skip
_SIMPLE = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough",
    "del": "strikethrough", "tg-spoiler": "spoiler",
}  # fmt: skip
_SPACE = frozenset(b" \t\r\n\x0b\x0c")

#: tdlib's order of entities that start and end together (lower sorts first).
ENTITY_PRIORITY = {
    "blockquote": 0, "expandable_blockquote": 0, "pre": 11, "code": 20, "text_link": 49,
    "text_mention": 49, "bold": 90, "italic": 91, "underline": 92, "strikethrough": 93,
    "spoiler": 94, "custom_emoji": 99,
}  # fmt: skip


class HtmlParseError(ValueError):
    """tdlib's message; the server sends it as "Bad Request: can't parse entities: <msg>"."""


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what entity offsets count)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def sort_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """tdlib's order: by offset, longer first, then by type priority."""
    return sorted(
        entities, key=lambda e: (e["offset"], -e["length"], ENTITY_PRIORITY.get(e["type"], 50))
    )


def normalize_url(url: str) -> str | None:
    """tdlib-like check of a link target: add ``http://`` and a root path; None if invalid."""
    url = url.strip()
    if not url:
        return None
    if url.startswith("tg://"):
        return url
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https", "ton", "tonsite") or not host:
        return None
    if "." not in host and host != "localhost":
        return None
    if not parts.path:
        url = parts._replace(path="/").geturl()
    return url


@dataclass
class _Open:
    tag: str
    argument: str
    offset: int  # UTF-16 offset in the result where the entity starts
    out_pos: int  # byte position in the result where the entity starts


def _decode_entity(b: bytes, pos: int) -> tuple[int, int]:
    """Decode an HTML entity at ``b[pos] == '&'``: (code point or 0, position after it)."""
    end = pos + 1
    res = 0
    if _at(b, end) == 0x23:  # '#'
        end += 1
        if _at(b, end) == 0x78:  # 'x'
            end += 1
            while chr(_at(b, end)) in "0123456789abcdefABCDEF" and _at(b, end):
                res = res * 16 + int(chr(b[end]), 16)
                end += 1
        else:
            while 0x30 <= _at(b, end) <= 0x39:
                res = res * 10 + b[end] - 0x30
                end += 1
        if res == 0 or res >= 0x10FFFF or end - pos >= 10:
            return 0, pos
    else:
        while chr(_at(b, end)).isascii() and chr(_at(b, end)).isalpha():
            end += 1
        res = {b"lt": 0x3C, b"gt": 0x3E, b"amp": 0x26, b"quot": 0x22}.get(b[pos + 1 : end], 0)
        if res == 0:
            return 0, pos
    if _at(b, end) == 0x3B:  # ';'
        end += 1
    return res, end


def _at(b: bytes, i: int) -> int:
    return b[i] if i < len(b) else 0


def _u16(cp: int) -> int:
    return 2 if cp > 0xFFFF else 1


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram HTML into (plain text, Bot API entities). Raises ``HtmlParseError``."""
    b = text.encode("utf-8", "surrogatepass")
    out = bytearray()
    entities: list[dict[str, Any]] = []
    stack: list[_Open] = []
    utf16 = 0
    surrogates = False
    i = 0
    while i < len(b):
        c = b[i]
        if c == 0x26:  # '&'
            cp, after = _decode_entity(b, i)
            if cp:
                surrogates |= 0xD800 <= cp <= 0xDFFF
                out += chr(cp).encode("utf-8", "surrogatepass")
                utf16 += _u16(cp)
                i = after
                continue
        if c != 0x3C:  # '<'
            if c & 0xC0 != 0x80:  # first byte of a UTF-8 character
                utf16 += 2 if c >= 0xF0 else 1
            out.append(c)
            i += 1
            continue
        begin = i
        i += 1
        if _at(b, i) != 0x2F:  # start tag
            i, opened = _start_tag(b, i, begin, utf16, len(out))
            stack.append(opened)
            continue
        if not stack:
            raise HtmlParseError(f"Unexpected end tag at byte offset {begin}")
        while _at(b, i) and _at(b, i) not in _SPACE and _at(b, i) != 0x3E:
            i += 1
        end_name = b[begin + 2 : i].decode("utf-8", "replace").lower()
        while _at(b, i) in _SPACE and _at(b, i):
            i += 1
        if _at(b, i) != 0x3E:
            raise HtmlParseError(f"Unclosed end tag at byte offset {begin}")
        i += 1
        top = stack.pop()
        if end_name and end_name != top.tag:
            raise HtmlParseError(
                f'Unmatched end tag at byte offset {begin}, expected "</{top.tag}>", '
                f'found "</{end_name}>"'
            )
        if utf16 > top.offset:
            _close(top, utf16, out, entities)
    if stack:
        raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    result = bytes(out).decode("utf-8", "surrogatepass")
    if surrogates:
        try:
            result.encode("utf-8")
        except UnicodeEncodeError:
            raise HtmlParseError(
                "Text contains invalid Unicode characters after decoding HTML entities, "
                "check for unmatched surrogate code units"
            ) from None
    return result, sort_entities(_drop_nested_in_code(entities))


def _start_tag(b: bytes, i: int, begin: int, utf16: int, out_len: int) -> tuple[int, _Open]:
    """Scan ``<tag attr=value ...>`` starting right after '<'; return (next index, entry)."""
    while _at(b, i) and _at(b, i) not in _SPACE and _at(b, i) != 0x3E:
        i += 1
    if not _at(b, i):
        raise HtmlParseError(f"Unclosed start tag at byte offset {begin}")
    tag = b[begin + 1 : i].decode("utf-8", "replace").lower()
    if tag not in TAGS:
        raise HtmlParseError(f'Unsupported start tag "{tag}" at byte offset {begin}')
    argument = ""
    while _at(b, i) != 0x3E:
        while _at(b, i) and _at(b, i) in _SPACE:
            i += 1
        if _at(b, i) == 0x3E:
            break
        attr_begin = i
        while _at(b, i) and _at(b, i) not in _SPACE and _at(b, i) not in (0x3D, 0x3E):
            i += 1
        attr = b[attr_begin:i].decode("utf-8", "replace").lower()
        if not attr:
            raise HtmlParseError(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        while _at(b, i) and _at(b, i) in _SPACE:
            i += 1
        if _at(b, i) != 0x3D:  # '='
            if tag == "blockquote" and attr == "expandable":
                argument = "expandable"
                continue
            raise HtmlParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {begin}"
            )
        i += 1
        while _at(b, i) and _at(b, i) in _SPACE:
            i += 1
        if not _at(b, i):
            raise HtmlParseError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        i, value = _attr_value(b, i)
        if not _at(b, i):
            raise HtmlParseError(f"Unclosed start tag at byte offset {begin}")
        if tag == "a" and attr == "href":
            argument = value
        elif tag == "code" and attr == "class" and value.startswith("language-"):
            argument = value[len("language-") :]
        elif tag == "span" and attr == "class" and value.startswith("tg-"):
            argument = value[len("tg-") :]
        elif tag == "tg-emoji" and attr == "emoji-id":
            argument = value
        elif tag == "tg-time" and attr in ("unix", "format"):
            unix, _, shown = argument.partition(" ")
            argument = f"{value} {shown}" if attr == "unix" else f"{unix} {value}"
    if tag == "span" and argument != "spoiler":
        raise HtmlParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    return i + 1, _Open(tag, argument, utf16, out_len)


def _attr_value(b: bytes, i: int) -> tuple[int, str]:
    if _at(b, i) not in (0x22, 0x27):  # a name token: letters, digits, '.', '-'
        start = i
        while _at(b, i) and (chr(b[i]).isascii() and (chr(b[i]).isalnum() or b[i] in b".-")):
            i += 1
        if _at(b, i) and _at(b, i) not in _SPACE and _at(b, i) != 0x3E:
            raise HtmlParseError(f"Unexpected end of name token at byte offset {start}")
        return i, b[start:i].decode("ascii").lower()
    quote = b[i]
    i += 1
    value = bytearray()
    while _at(b, i) and b[i] != quote:
        if b[i] == 0x26:
            cp, after = _decode_entity(b, i)
            if cp:
                value += chr(cp).encode("utf-8", "surrogatepass")
                i = after
                continue
        value.append(b[i])
        i += 1
    if _at(b, i) == quote:
        i += 1
    return i, bytes(value).decode("utf-8", "replace")


def _close(top: _Open, utf16: int, out: bytearray, entities: list[dict[str, Any]]) -> None:
    """Turn a closed tag into its Bot API entity (merging <pre><code class=...>)."""
    offset, length = top.offset, utf16 - top.offset
    base: dict[str, Any] = {"offset": offset, "length": length}
    if top.tag in _SIMPLE:
        entities.append({"type": _SIMPLE[top.tag], **base})
    elif top.tag == "span":
        entities.append({"type": "spoiler", **base})
    elif top.tag == "blockquote":
        kind = "expandable_blockquote" if top.argument == "expandable" else "blockquote"
        entities.append({"type": kind, **base})
    elif top.tag == "tg-time":  # <tg-time unix="1700000000" format="wDT">...</tg-time>
        unix, _, shown = top.argument.partition(" ")
        if not unix.isdigit():
            raise HtmlParseError("Invalid Unix time specified")
        entities.append(
            {"type": "date_time", **base, "unix_time": int(unix),
             **({"date_time_format": shown} if shown else {})}
        )  # fmt: skip
    elif top.tag == "tg-emoji":
        if not top.argument.isdigit() or int(top.argument) == 0:
            raise HtmlParseError("Invalid custom emoji identifier specified")
        entities.append({"type": "custom_emoji", **base, "custom_emoji_id": top.argument})
    elif top.tag == "a":
        url = top.argument or bytes(out[top.out_pos :]).decode("utf-8", "replace")
        checked = normalize_url(url)
        if checked:
            entities.append({"type": "text_link", **base, "url": checked})
    elif top.tag == "pre":
        last = entities[-1] if entities else None
        if (
            last
            and last["type"] == "code"
            and (last["offset"], last["length"])
            == (
                offset,
                length,
            )
        ):
            lang = last.pop("_language", "")
            last.update({"type": "pre", **({"language": lang} if lang else {})})
        else:
            entities.append({"type": "pre", **base})
    elif top.tag == "code":
        last = entities[-1] if entities else None
        same_pre = (
            last is not None
            and (last["offset"], last["length"]) == (offset, length)
            and last["type"] == "pre"
        )
        if same_pre and top.argument:
            assert last is not None
            last["language"] = top.argument
        elif not same_pre:
            entities.append({"type": "code", **base, "_language": top.argument})


def _drop_nested_in_code(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Remove helper keys, and a ``code`` lying inside a ``pre`` (the pre already says it)."""
    for e in entities:
        e.pop("_language", None)
    pres = [e for e in entities if e["type"] == "pre"]
    return [
        e
        for e in entities
        if e["type"] != "code"
        or not any(
            p["offset"] <= e["offset"] and e["offset"] + e["length"] <= p["offset"] + p["length"]
            for p in pres
        )
    ]
