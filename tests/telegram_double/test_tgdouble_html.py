"""Telegram HTML parsing (vectors from tdlib's own tests) and entity helpers."""

from __future__ import annotations

import pytest

from bot.telegram_double.entities import entities_to_html, entity_text, finish_text
from bot.telegram_html import HtmlParseError, parse_html, utf16_len


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("🏟 🏟&lt;<abacaba", "Unclosed start tag at byte offset 13"),
        ("🏟 🏟&lt;<abac aba>", 'Unsupported start tag "abac" at byte offset 13'),
        ("Hello<foo>", 'Unsupported start tag "foo" at byte offset 5'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("🏟 🏟&lt;<i   =aba>", 'Empty attribute name in the tag "i" at byte offset 13'),
        (
            "🏟 🏟&lt;<i    aba>",
            'Expected equal sign in declaration of an attribute of the tag "i" at byte offset 13',
        ),
        ("🏟 🏟&lt;<i    aba  =  ", 'Unclosed start tag "i" at byte offset 13'),
        ("🏟 🏟&lt;<i    aba  =  190azAz-.,", "Unexpected end of name token at byte offset 27"),
        ("🏟 🏟&lt;</", "Unexpected end tag at byte offset 13"),
        ("🏟 🏟&lt;<b></b></", "Unexpected end tag at byte offset 20"),
        ("🏟 🏟&lt;<i>a</i   ", "Unclosed end tag at byte offset 17"),
        (
            "🏟 🏟&lt;<i>a</em   >",
            'Unmatched end tag at byte offset 17, expected "</i>", found "</em>"',
        ),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("&#57311;", "Text contains invalid Unicode characters"),
    ],
)
def test_rejected_html(source: str, error: str) -> None:
    with pytest.raises(HtmlParseError) as info:
        parse_html(source)
    assert str(info.value).startswith(error)


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        ("➡️ ➡️<b>➡️ ➡️</b>", "➡️ ➡️➡️ ➡️", [("bold", 5, 5)]),
        ("🏟 🏟<i>🏟 &lt🏟</i>", "🏟 🏟🏟 <🏟", [("italic", 5, 6)]),
        ("&lt;&gt;&amp;&quot;&laquo;&#12345678;", '<>&"&laquo;&#12345678;', []),
        ("Tom & Jerry", "Tom & Jerry", []),
        (
            "<s>a</s><u>b</u><ins>c</ins><del>d</del><tg-spoiler>e</tg-spoiler>",
            "abcde",
            [
                ("strikethrough", 0, 1),
                ("underline", 1, 1),
                ("underline", 2, 1),
                ("strikethrough", 3, 1),
                ("spoiler", 4, 1),
            ],
        ),
        ("<i><b>x</b>y</i>", "xy", [("italic", 0, 2), ("bold", 0, 1)]),
        (
            "<blockquote expandable>q</blockquote><blockquote>r</blockquote>",
            "qr",
            [("expandable_blockquote", 0, 1), ("blockquote", 1, 1)],
        ),
        ("🏟 🏟&lt;<i    aba  =  '&lt;&gt;&quot;'>a</>", "🏟 🏟<a", [("italic", 6, 1)]),
        ("&#x1F600;!", "😀!", []),
    ],
)
def test_accepted_html(source: str, text: str, entities: list[tuple[str, int, int]]) -> None:
    parsed_text, parsed = parse_html(source)
    assert parsed_text == text
    assert [(e["type"], e["offset"], e["length"]) for e in parsed] == entities


def test_links_code_and_emoji_entities() -> None:
    text, entities = parse_html(
        '<a href="example.com">site</a> <pre><code class="language-python">x = 1</code></pre>'
        ' <code>c</code> <tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>'
    )
    assert text == "site x = 1 c 👍"
    assert entities[0] == {
        "type": "text_link",
        "offset": 0,
        "length": 4,
        "url": "http://example.com/",
    }
    assert entities[1] == {"type": "pre", "offset": 5, "length": 5, "language": "python"}
    assert entities[2] == {"type": "code", "offset": 11, "length": 1}
    assert entities[3]["type"] == "custom_emoji"
    assert entities[3]["custom_emoji_id"] == "5368324170671202286"
    with pytest.raises(HtmlParseError, match="Invalid custom emoji identifier"):
        parse_html('<tg-emoji emoji-id="abc">x</tg-emoji>')


def test_finish_text_trims_and_detects_like_the_server() -> None:
    text, entities = finish_text("  \n hi /help @someone #tag https://example.com. a@b.org  ", [])
    assert text == "hi /help @someone #tag https://example.com. a@b.org"
    kinds = {e["type"]: entity_text(text, e) for e in entities}
    assert kinds == {
        "bot_command": "/help",
        "mention": "@someone",
        "hashtag": "#tag",
        "url": "https://example.com",
        "email": "a@b.org",
    }


def test_utf16_offsets_and_html_rendering() -> None:
    assert utf16_len("😀a") == 3
    text, entities = parse_html("😀 <b>bold &amp; <i>both</i></b>")
    assert entities == [
        {"type": "bold", "offset": 3, "length": 11},
        {"type": "italic", "offset": 10, "length": 4},
    ]
    assert entity_text(text, entities[1]) == "both"
    assert entities_to_html(text, entities) == "😀 <b>bold &amp; <i>both</i></b>"


def test_a_date_time_tag_after_an_emoji_is_counted_in_utf16() -> None:
    text, entities = parse_html(
        '😀 <tg-time unix="1700000000" format="wDT">Tue 10:00</tg-time> <b>ok</b>'
    )
    assert text == "😀 Tue 10:00 ok"
    assert entities == [
        {"type": "date_time", "offset": 3, "length": 9, "unix_time": 1700000000,
         "date_time_format": "wDT"},
        {"type": "bold", "offset": 13, "length": 2},
    ]  # fmt: skip
    with pytest.raises(HtmlParseError, match="Invalid Unix time"):
        parse_html("<tg-time>soon</tg-time>")
