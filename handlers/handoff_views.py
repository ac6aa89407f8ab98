"""What each side of a live talk reads: lead alerts, relayed messages, the staff inbox.

Pure functions of a Translator and the service's dataclasses, so the texts for
the other side are built in that reader's language. Buttons are plain (label,
callback data) rows: what the outbox stores for the other side, and what the
handler turns into a keyboard for the reader at hand. Contact details appear only
through `buyer_lines`, which shows them only when the buyer consented.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from bot.i18n import Translator
from bot.services.handoff import BuyerCard, Inbox, Said, Thread
from bot.services.outbox import Buttons
from bot.services.payment_warning import mentions_payment_change
from bot.services.talk_hours import Presence
from bot.services.talk_records import RATINGS
from handlers.callbacks import pack
from handlers.replies import TEXT_LIMIT, shown_length

BUTTON_CHARS = 40

View = tuple[str, Buttons | None]
# A message for the other side of a thread, built once its reader's language is known.
Render = Callable[[Translator], View]


def buyer_label(t: Translator, card: BuyerCard) -> str:
    """The buyer's name when they consented to share it, else their buyer number (plain text)."""
    if card.full_name:
        return card.full_name
    return t.plain("Buyer {code}", code=card.buyer_code)


def buyer_lines(t: Translator, card: BuyerCard) -> list[str]:
    if not card.shared:
        return [
            t.format("Buyer number: {code}", code=card.buyer_code),
            t.gettext("(The buyer did not agree to share their contact details.)"),
            t.format("Country: {country}", country=t.country(card.country)),
        ]
    lines = [
        t.format("Buyer: {name}, {company}", name=card.full_name, company=card.company),
        t.format("Country: {country}", country=t.country(card.country)),
        t.format("E-mail: {email}", email=card.email),
    ]
    if card.phone:
        lines.append(t.format("Phone: {phone}", phone=card.phone))
    return lines


def lead(t: Translator, said: Said, text: str) -> View:
    """The alert every staff member of the exhibitor gets for a buyer's first message."""
    thread = said.thread
    assert said.buyer is not None
    lines = [
        "<b>"
        + t.format("New conversation for {exhibitor}", exhibitor=thread.exhibitor(t.code))
        + "</b>",
        t.format("Product: {product}", product=thread.product(t.code)),
        *buyer_lines(t, said.buyer),
        "",
        t.format("Message: {text}", text=text),
    ]
    # Translators: the button a staff member taps to take a waiting buyer's conversation
    # and answer it.
    return "\n".join(lines), [[(t.gettext("✋ Claim"), pack("h.claim", str(thread.id)))]]


def to_staff(t: Translator, said: Said, text: str) -> View:
    """A buyer's message as the owner reads it: who, about what, then the text."""
    assert said.buyer is not None
    buyer, product = buyer_label(t, said.buyer), said.thread.product(t.code)
    return f"<b>{t.value(buyer)} · {t.value(product)}</b>\n{t.value(text)}", None


def to_buyer(t: Translator, thread: Thread, text: str) -> View:
    """A staff member's message as the buyer reads it, under the exhibitor's name; with the
    fair's anti-fraud warning when it speaks of new or changed payment details."""
    letter = f"<b>{t.value(thread.exhibitor(t.code))}</b>\n{t.value(text)}"
    if mentions_payment_change(text):
        letter += "\n\n" + t.gettext(
            "⚠️ <b>Be careful with payment details.</b> This message mentions a new or "
            "changed bank account. Scammers pose as suppliers to divert payments. Before "
            "paying, confirm the details with the exhibitor by phone or video, on a number "
            "you already know, never only in this chat."
        )
    return letter, None


def away(
    t: Translator, thread: Thread, here: Presence, zone: tzinfo, book: str
) -> tuple[str, Buttons]:
    """Told at once when a talk opens and no one can answer: when they are back, and what
    the buyer can do meanwhile."""
    exhibitor = thread.exhibitor(t.code)
    if here.back_at is not None:
        text = t.format(
            "The staff of {exhibitor} are away now: their desk opens at {time} your time. "
            "Leave your message here and they will see it when they are back, or book a "
            "meeting.",
            exhibitor=exhibitor,
            time=t.datetime(here.back_at, zone, "short"),
        )
    else:
        text = t.format(
            "No one from {exhibitor} is at the desk right now. Leave your message here and the "
            "first one back will see it, or book a meeting.",
            exhibitor=exhibitor,
        )
    return text, [[(t.gettext("📅 Book a meeting"), book)]]


def overdue_to_staff(t: Translator, thread: Thread, minutes: int, manager: bool) -> View:
    """A talk past the first-response target, offered again to a staff member; a manager
    is asked to see that someone takes it."""
    values = {"n": t.number(minutes), "product": thread.product(t.code)}
    if manager:
        text = t.nformat(
            "⏰ No one has answered a buyer for {n} minute ({product}). As a manager, please "
            "make sure someone takes it, or take it yourself.",
            "⏰ No one has answered a buyer for {n} minutes ({product}). As a manager, please "
            "make sure someone takes it, or take it yourself.",
            minutes,
            **values,
        )
    else:
        text = t.nformat(
            "⏰ A buyer has waited {n} minute for an answer about {product}. Please take it.",
            "⏰ A buyer has waited {n} minutes for an answer about {product}. Please take it.",
            minutes,
            **values,
        )
    return text, [[(t.gettext("✋ Claim"), pack("h.claim", str(thread.id)))]]


def overdue_to_buyer(t: Translator, thread: Thread, book: str) -> View:
    """The buyer's honest word on the wait, with a meeting as the other way to talk."""
    text = t.format(
        "The staff of {exhibitor} have not answered yet, sorry for the wait. We have reminded "
        "them, and their answer will come here. Meanwhile, you can book a meeting.",
        exhibitor=thread.exhibitor(t.code),
    )
    return text, [[(t.gettext("📅 Book a meeting"), book)]]


def joined(t: Translator, thread: Thread) -> View:
    text = t.format(
        "The staff of {exhibitor} have joined your conversation about {product}. "
        "You can talk now.",
        exhibitor=thread.exhibitor(t.code),
        product=thread.product(t.code),
    )
    return text, None


def closing(t: Translator, thread_id: int, buyer: bool) -> Buttons:
    """For the buyer: a 1-5 rating, then the transcript; for staff, the transcript."""
    rows: Buttons = []
    if buyer:
        rows.append([(f"{t.number(n)}⭐", pack("h.rate", f"{thread_id}:{n}")) for n in RATINGS])
    rows.append([(t.gettext("📄 Transcript"), pack("h.log", str(thread_id)))])
    return rows


def closed_by_staff(t: Translator, thread: Thread) -> View:
    text = t.format(
        "{exhibitor} closed the conversation about {product}.",
        exhibitor=thread.exhibitor(t.code),
        product=thread.product(t.code),
    )
    text += "\n" + t.gettext("How was it? Rate the conversation, 1 to 5.")
    return text, closing(t, thread.id, buyer=True)


def closed_by_buyer(t: Translator, thread: Thread) -> View:
    text = t.format(
        "The buyer closed the conversation about {product}.", product=thread.product(t.code)
    )
    return text, closing(t, thread.id, buyer=False)


def taken(t: Translator, thread: Thread, buyer: BuyerCard, history: list[str]) -> str:
    """What the claimer reads: the buyer, the product, and the messages kept so far.

    It is one message, so it holds the newest messages that fit Telegram's limit and
    says how many earlier ones it leaves out (the newest is shortened if even it
    alone does not fit).
    """
    head = [
        t.format(
            "You took the conversation with {buyer} about {product}. What you type now "
            "goes to the buyer (or reply to one of their messages); /end closes it.",
            buyer=buyer_label(t, buyer),
            product=thread.product(t.code),
        ),
        "",
        *buyer_lines(t, buyer),
    ]
    if not history:
        return "\n".join(head)
    head += ["", "<b>" + t.gettext("Messages so far:") + "</b>"]
    room = TEXT_LIMIT - shown_length(t, "\n".join(head))
    items = [_said(t, text) for text in history]
    kept = _newest_fitting(t, items, room)
    if kept == len(items):
        return "\n".join([*head, *items])
    room -= shown_length(t, _earlier(t, len(items))) + 1
    kept = _newest_fitting(t, items, room)
    shown = items[len(items) - kept :] if kept else [_shortened(t, history[-1], room - 1)]
    return "\n".join([*head, _earlier(t, len(items) - len(shown)), *shown])


def _said(t: Translator, text: str) -> str:
    return f"• {t.value(text)}"


def _earlier(t: Translator, count: int) -> str:
    return "<i>" + t.format("Earlier messages not shown: {count}", count=t.number(count)) + "</i>"


def _newest_fitting(t: Translator, items: list[str], room: int) -> int:
    """How many of the newest items fit in `room`, each on a line of its own."""
    kept = 0
    for item in reversed(items):
        room -= shown_length(t, item) + 1
        if room < 0:
            break
        kept += 1
    return kept


def _shortened(t: Translator, text: str, room: int) -> str:
    """One message cut, with an ellipsis, to fit in `room`."""
    cut = room
    line = _said(t, text[:cut] + "…")
    while cut > 0 and shown_length(t, line) > room:
        cut -= max(1, shown_length(t, line) - room)
        line = _said(t, text[:cut] + "…")
    return line


INBOX_CLAIM = "h.iclaim"  # Claim in the inbox: the inbox is shown again after it


def inbox(t: Translator, exhibitor: str, box: Inbox) -> View:
    """The staff inbox: waiting threads to claim, the member's own to switch between."""
    lines = ["<b>" + t.format("Conversations of {exhibitor}", exhibitor=exhibitor) + "</b>"]
    rows: Buttons = []
    if not box.waiting and not box.mine:
        lines.append(t.gettext("No conversation is waiting and you have none open."))
        return "\n".join(lines), None
    lines.append(t.format("Waiting: {count}", count=t.number(len(box.waiting))))
    for thread in box.waiting:
        rows.append([("✋ " + _short(thread, t), pack(INBOX_CLAIM, str(thread.id)))])
    lines.append(t.format("Yours: {count}", count=t.number(len(box.mine))))
    for thread in box.mine:
        mark = "▶️ " if thread.id == box.active_id else "💬 "
        rows.append([(mark + _short(thread, t), pack("h.switch", str(thread.id)))])
    if box.mine:
        lines.append(t.gettext("▶️ marks the conversation your messages go to."))
    return "\n".join(lines), rows


def _short(thread: Thread, t: Translator) -> str:
    product = thread.product(t.code)
    if len(product) > BUTTON_CHARS:
        product = product[: BUTTON_CHARS - 1] + "…"
    return f"{product} · {thread.buyer_code}"
