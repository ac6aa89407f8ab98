"""A closed talk's transcript as a text file, on the reader's clock."""

from __future__ import annotations

from datetime import tzinfo

from bot.i18n import Translator
from bot.services.talk_records import Transcript
from handlers.handoff_views import buyer_label


def transcript(t: Translator, record: Transcript, zone: tzinfo) -> tuple[str, bytes]:
    """The file's name and its UTF-8 text: who, when (on the reader's clock), what."""
    thread = record.thread
    exhibitor, product = thread.exhibitor(t.code), thread.product(t.code)
    buyer = buyer_label(t, record.buyer) if record.for_staff else t.plain("You")
    lines = [
        t.plain("Conversation with {exhibitor} about {product}", exhibitor=exhibitor,
                product=product),
        t.plain("Buyer: {buyer}", buyer=buyer_label(t, record.buyer)),
        "",
    ]  # fmt: skip
    for line in record.lines:
        who = exhibitor if line.from_staff else buyer
        lines.append(f"[{t.datetime(line.at, zone, 'short')}] {who}: {line.text}")
    name = f"conversation-{thread.id}.txt"
    return name, ("\n".join(lines) + "\n").encode("utf-8")
