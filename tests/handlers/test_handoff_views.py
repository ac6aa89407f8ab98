"""What the claimer reads fits one Telegram message, in every language, whatever was said."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import ThreadStatus
from bot.i18n import I18n
from bot.services.handoff import MAX_TEXT, BuyerCard, Thread
from bot.telegram_double.markup import format_text
from handlers import handoff_views as views
from handlers.replies import TEXT_LIMIT, shown_length

THREAD = Thread(
    id=1, buyer_id=2, exhibitor_id="EX0001", exhibitor_names={"en": "E" * 200}, product_id="P1",
    product_names={"en": "Product " * 30}, status=ThreadStatus.OPEN, owner_id=3,
    created_at=datetime(2026, 10, 15, tzinfo=UTC), buyer_code="CF-000001",
)  # fmt: skip
CARD = BuyerCard("CF-000001", "BR", "N" * 120, "C" * 200, "e" * 120 + "@example.com", "+55 11 9")
# Every kind of character that is longer in HTML or in UTF-16 than it looks.
SAID = ("<b>&amp;</b> 😀 é " * 400)[:MAX_TEXT]


@pytest.mark.parametrize("code", ["en", "zh_Hans", "es", "fr", "ru", "ar", "pt", "ja"])
def test_the_newest_messages_that_fit_and_a_count_of_the_rest(i18n: I18n, code: str) -> None:
    t = i18n.translator(code)
    history = [f"m{n} {SAID[:1800]}" for n in range(3)] + ["short one", "short two"]
    text = views.taken(t, THREAD, CARD, history)
    plain, _, _ = format_text(t.paragraphs(text), "HTML", None)  # the double's own check
    assert shown_length(t, text) <= TEXT_LIMIT and "short one" in plain and "short two" in plain
    earlier = t.format("Earlier messages not shown: {count}", count=t.number(2))
    assert earlier in text and "m2 " in plain and "m1 " not in plain


@pytest.mark.parametrize("code", ["en", "ar"])
def test_a_newest_message_too_long_for_what_is_left_is_shortened(i18n: I18n, code: str) -> None:
    t = i18n.translator(code)
    text = views.taken(t, THREAD, CARD, ["first", SAID])
    plain, _, _ = format_text(t.paragraphs(text), "HTML", None)
    assert shown_length(t, text) <= TEXT_LIMIT and plain.rstrip("\u2069").endswith("…")
    assert t.format("Earlier messages not shown: {count}", count=t.number(1)) in text


def test_a_short_history_is_shown_whole(i18n: I18n) -> None:
    t = i18n.translator("en")
    text = views.taken(t, THREAD, CARD, ["a < b", "c & d"])
    assert "• a &lt; b\n• c &amp; d" in text and "Earlier messages" not in text
