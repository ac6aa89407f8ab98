"""What the staff's list of their exhibitor's meetings says, its cancel question, and the
free times a meeting can move to.

Times on the fair's clock (staff work on it); each buyer by name when they agreed to
share it, else by buyer number (`handoff_views.buyer_label`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from bot.domain import MeetingStatus
from bot.i18n import Translator
from bot.services.meeting_notices import Request
from bot.services.meetings import FreeSlot
from bot.services.outbox import Buttons
from handlers.callbacks import pack
from handlers.handoff_views import buyer_label
from handlers.meetings_views import when


def listing(
    t: Translator, fair: tzinfo, fair_label: str, exhibitor: str, requests: Sequence[Request]
) -> tuple[str, Buttons | None]:
    """Upcoming meetings and open requests, soonest first; Move and Cancel under each
    meeting."""
    if not requests:
        text = t.format("{exhibitor} has no upcoming meetings.", exhibitor=exhibitor)
        return text, None
    lines = [
        "<b>" + t.format("Upcoming meetings of {exhibitor}", exhibitor=exhibitor) + "</b>",
        t.format("Times on the fair's clock, {zone}.", zone=fair_label),
    ]
    buttons: Buttons = []
    for number, request in enumerate(requests, 1):
        booking = request.booking
        # Translators: a numbered line of a list of meetings; {when} is a weekday, a date
        # and a time range, {buyer} a person's full name.
        lines += ["", f"{number}. " + t.format(
            "{when} with {buyer}",
            when=when(t, booking.starts_at, booking.ends_at, fair),
            buyer=buyer_label(t, request.buyer),
        )]  # fmt: skip
        product = booking.product(t.code)
        if product:
            lines.append("    " + t.format("Product: {name}", name=product))
        if booking.status == MeetingStatus.REQUESTED:
            lines.append("    ⏳ " + t.gettext("A request waiting for your answer."))
        elif booking.status == MeetingStatus.PROPOSED:
            lines.append("    ⏳ " + t.gettext("Another time proposed; waiting for the buyer."))
        else:
            shown, meeting = t.number(number), str(booking.id)
            buttons.append([
                (t.plain("🔁 Move meeting {number}", number=shown), pack("mr.mv", meeting)),
                (t.plain("❌ Cancel meeting {number}", number=shown), pack("mr.drop", meeting)),
            ])  # fmt: skip
    return "\n".join(lines), buttons or None


def cancel_question(t: Translator, fair: tzinfo, request: Request) -> tuple[str, Buttons]:
    booking = request.booking
    text = t.format(
        "Cancel the meeting with {buyer} on {when} (fair time)? The buyer is told.",
        buyer=buyer_label(t, request.buyer),
        when=when(t, booking.starts_at, booking.ends_at, fair),
    )
    buttons = [
        [(t.gettext("Yes, cancel it"), pack("mr.dropok", str(booking.id)))],
        [(t.gettext("No, keep the meeting"), pack("mr.list"))],
    ]
    return text, buttons


def cancelled(t: Translator, fair: tzinfo, request: Request) -> str:
    booking = request.booking
    return t.format(
        "The meeting with {buyer} on {when} (fair time) is cancelled. The buyer is told; "
        "the time is free again.",
        buyer=buyer_label(t, request.buyer),
        when=when(t, booking.starts_at, booking.ends_at, fair),
    )


def move_choices(
    t: Translator, fair: tzinfo, fair_label: str, request: Request, slots: Sequence[FreeSlot]
) -> tuple[str, Buttons]:
    """The exhibitor's free times the meeting can move to (fair time), and Back."""
    booking = request.booking
    lines = [
        "<b>" + t.format(
            "Move the meeting with {buyer} on {when} (fair time)",
            buyer=buyer_label(t, request.buyer),
            when=when(t, booking.starts_at, booking.ends_at, fair),
        ) + "</b>",
        "",
    ]  # fmt: skip
    buttons: Buttons = []
    for slot in slots:
        try:
            data = pack("mr.mvto", f"{booking.id}:{booking.sequence}:{slot.id}")
        except ValueError:  # a slot id too long to fit the button: not offered
            continue
        buttons.append([("🔁 " + when(t, slot.starts_at, slot.ends_at, fair), data)])
    if buttons:
        lines.append(t.format("Free times on the fair's clock, {zone}:", zone=fair_label))
        lines.append(t.gettext("The buyer is told, with a calendar update."))
    else:
        lines.append(t.gettext("There are no other free times. Add some with /addslots."))
    buttons.append([(t.gettext("« Back"), pack("mr.list"))])
    return "\n".join(lines), buttons


def moved(t: Translator, fair: tzinfo, request: Request) -> str:
    """The member's message once the meeting moved."""
    booking = request.booking
    assert request.asked is not None
    return t.format(
        "🔁 The meeting with {buyer} is moved to {when} (fair time); {was} is free again. "
        "The buyer is told.",
        buyer=buyer_label(t, request.buyer),
        when=when(t, booking.starts_at, booking.ends_at, fair),
        was=when(t, *request.asked, fair),
    )
