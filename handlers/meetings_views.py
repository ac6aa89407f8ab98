"""What the meeting screens say: slot lists, confirmations, bookings, /meetings.

Every time is shown on the buyer's clock (their registered zone) and, for
reference, on the fair's clock, both formatted by Babel for the reader's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup

from bot.domain import MeetingStatus
from bot.i18n import Translator
from bot.services.meetings import Booking, FreeSlot, Host, MeetingState, Offer
from bot.services.timezones import timezone_label
from handlers.callbacks import pack
from handlers.replies import inline


@dataclass(frozen=True)
class Clocks:
    """The two clocks every time is shown on, with labels such as "Madrid (UTC+02:00)"."""

    buyer: tzinfo
    buyer_label: str
    fair: tzinfo
    fair_label: str


def clocks_for(t: Translator, zone: str, fair: ZoneInfo, now: datetime) -> Clocks:
    """The clocks of a buyer in `zone` and of the fair, labelled in `t`'s language."""
    return Clocks(
        buyer=ZoneInfo(zone),
        buyer_label=timezone_label(zone, t.code, now),
        fair=fair,
        fair_label=timezone_label(str(fair), t.code, now),
    )


def when(t: Translator, start: datetime, end: datetime, zone: tzinfo) -> str:
    """Weekday, date and start-end time on one clock, as plain text (fit for a button)."""
    # Translators: a weekday with its date, then a time range: "Thu, Oct 15, 9:00-9:30 AM".
    return t.plain("{day}, {time}", day=t.day(start, zone), time=t.time_range(start, end, zone))


def slot_ref(action: str, first: str, product_id: str | None) -> str:
    """Callback data `first:product` when it fits 64 bytes, else `first` alone.

    Feed ids never hold ":", so the split is unambiguous; the product is only
    what the meeting is about, so a button too long for it still books.
    """
    if product_id:
        try:
            return pack(action, f"{first}:{product_id}")
        except ValueError:
            pass
    return pack(action, first)


def slot_list(
    t: Translator, clocks: Clocks, host: Host, slots: Sequence[FreeSlot], product_id: str | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The exhibitor's free times as buttons, each also listed with its fair time."""
    name = host.name(t.code)
    if not host.takes_meetings:
        return t.format("{exhibitor} does not take meeting bookings in this chat.",
                        exhibitor=name), None  # fmt: skip
    if not slots:
        return t.format(
            "{exhibitor} has no free meeting times at the moment. Please look again later.",
            exhibitor=name,
        ), None
    lines = [
        "<b>" + t.format("Book a meeting with {exhibitor}", exhibitor=name) + "</b>",
        t.format("Free times in your time zone, {zone}:", zone=clocks.buyer_label),
        "",
    ]
    for slot in slots:
        lines.append(
            t.format(
                "• {when} (fair time: {fair_when})",
                when=when(t, slot.starts_at, slot.ends_at, clocks.buyer),
                fair_when=when(t, slot.starts_at, slot.ends_at, clocks.fair),
            )
        )
    lines += ["", t.format("Fair time is {zone}. Tap a time to book it.", zone=clocks.fair_label)]
    buttons = [
        [("📅 " + when(t, slot.starts_at, slot.ends_at, clocks.buyer),
          slot_ref("mt.pick", slot.id, product_id))]
        for slot in slots
    ]  # fmt: skip
    return "\n".join(lines), inline(buttons)


def details(
    t: Translator,
    clocks: Clocks,
    exhibitor: str,
    product: str | None,
    start: datetime,
    end: datetime,
) -> list[str]:
    """Exhibitor, product, and the time on the buyer's clock and on the fair's."""
    lines = [t.format("Exhibitor: {name}", name=exhibitor)]
    if product:
        lines.append(t.format("Product: {name}", name=product))
    lines.append(
        t.format(
            "Your time: {when} ({zone})",
            when=when(t, start, end, clocks.buyer), zone=clocks.buyer_label,
        )
    )  # fmt: skip
    lines.append(
        t.format(
            "Fair time: {when} ({zone})",
            when=when(t, start, end, clocks.fair), zone=clocks.fair_label,
        ) + day_mark(t, start, clocks.fair, clocks.buyer)
    )  # fmt: skip
    return lines


def day_mark(t: Translator, instant: datetime, shown: tzinfo, reader: tzinfo) -> str:
    """ " (+1 day)" where `instant` falls on another date on the clock `shown` than on the
    reader's own clock: the other side's 9:00 may be the reader's evening before."""
    days = (instant.astimezone(shown).date() - instant.astimezone(reader).date()).days
    if days > 0:
        # Translators: after a time on one clock, when that clock's date is later than the
        # reader's own: the meeting falls on the next day there.
        return " " + t.nformat("(+{n} day)", "(+{n} days)", days, n=t.number(days))
    if days < 0:
        return " " + t.nformat("(-{n} day)", "(-{n} days)", -days, n=t.number(-days))
    return ""


def staff_times(t: Translator, clocks: Clocks, start: datetime, end: datetime) -> list[str]:
    """A meeting's time as staff read it: on the fair's clock, then on the buyer's, marked
    where the buyer's date differs."""
    return [
        t.format(
            "Fair time: {when} ({zone})",
            when=when(t, start, end, clocks.fair), zone=clocks.fair_label,
        ),
        t.format(
            "Buyer's time: {when} ({zone})",
            when=when(t, start, end, clocks.buyer), zone=clocks.buyer_label,
        ) + day_mark(t, start, clocks.buyer, clocks.fair),
    ]  # fmt: skip


def staff_reminder(t: Translator, clocks: Clocks, booking: Booking, buyer: str, place: str) -> str:
    """A staff member's reminder: whom they meet, about what, and when on both clocks."""
    lines = [
        "<b>" + t.gettext("⏰ Meeting reminder") + "</b>",
        t.format("Buyer: {buyer}", buyer=buyer),
    ]
    product = booking.product(t.code)
    if product:
        lines.append(t.format("Product: {name}", name=product))
    lines += staff_times(t, clocks, booking.starts_at, booking.ends_at)
    if place:
        lines.append(place)
    return "\n".join(lines)


def confirmation(t: Translator, clocks: Clocks, offer: Offer) -> tuple[str, InlineKeyboardMarkup]:
    slot, product_id = offer.slot, offer.product_id
    lines = [
        "<b>" + t.gettext("Book this meeting?") + "</b>",
        *details(t, clocks, offer.host.name(t.code), offer.product(t.code),
                 slot.starts_at, slot.ends_at),
    ]  # fmt: skip
    confirm = t.gettext("✅ Confirm")
    if offer.by_request:
        lines += ["", t.gettext(
            "This exhibitor confirms each meeting: your request holds this time for you "
            "until their staff answer."
        )]  # fmt: skip
        confirm = t.gettext("📨 Send request")
    markup = inline(
        [
            [(confirm, slot_ref("mt.book", slot.id, product_id))],
            [(t.gettext("« Back"), slot_ref("mt.back", offer.host.id, product_id))],
        ]
    )
    return "\n".join(lines), markup


def booked(t: Translator, clocks: Clocks, booking: Booking) -> str:
    return summary(
        t, clocks, booking, t.gettext("Meeting booked."),
        t.gettext("Your calendar invitation follows. See all your meetings with /meetings."),
    )  # fmt: skip


def reminder(t: Translator, clocks: Clocks, booking: Booking, place: str) -> str:
    """A reminder of a meeting: with whom, about what, when on both clocks, and where the
    exhibitor's booth is."""
    footer = t.gettext("See all your meetings with /meetings.")
    return summary(
        t,
        clocks,
        booking,
        t.gettext("⏰ Meeting reminder"),
        f"{place}\n{footer}" if place else footer,
    )


def booth(t: Translator, hall: str | None, stand: str | None) -> str:
    """The exhibitor's hall and booth, or nothing when the catalog has neither."""
    if not hall and not stand:
        return ""
    return t.format("Hall {hall}, booth {booth}", hall=hall or "-", booth=stand or "-")


def requested(t: Translator, clocks: Clocks, booking: Booking) -> str:
    """A request sent: what it is for, and until when the time is held."""
    assert booking.expires_at is not None
    return summary(
        t, clocks, booking, t.gettext("Request sent."),
        t.format(
            "The time is held for you until the exhibitor answers, at the latest {deadline}. "
            "I will tell you their answer.",
            deadline=t.datetime(booking.expires_at, clocks.buyer, "short"),
        ),
    )  # fmt: skip


def summary(t: Translator, clocks: Clocks, booking: Booking, title: str, footer: str) -> str:
    """A bold `title`, the meeting's details on both clocks, and `footer`."""
    lines = [
        "<b>" + title + "</b>",
        *details(t, clocks, booking.exhibitor(t.code), booking.product(t.code),
                 booking.starts_at, booking.ends_at),
        "",
        footer,
    ]  # fmt: skip
    return "\n".join(lines)


def proposal_declined(t: Translator, clocks: Clocks, booking: Booking) -> str:
    return t.format(
        "You declined the time {exhibitor} proposed, {when}. Open one of their products to "
        "pick another time.",
        exhibitor=booking.exhibitor(t.code),
        when=when(t, booking.starts_at, booking.ends_at, clocks.buyer),
    )


def listing(
    t: Translator, clocks: Clocks, bookings: Sequence[Booking]
) -> tuple[str, InlineKeyboardMarkup | None]:
    """/meetings: each upcoming meeting with its state, and a Cancel button for each (and
    Move unless its time left the catalog, Accept for a time the exhibitor proposed)."""
    if not bookings:
        return t.gettext(
            "You have no upcoming meetings. Open a product and tap “📅 Book a meeting”."
        ), None
    lines = [
        "<b>" + t.gettext("Your meetings") + "</b>",
        t.format("Times in your time zone, {zone}.", zone=clocks.buyer_label),
    ]
    buttons = []
    for number, booking in enumerate(bookings, 1):
        # Translators: a numbered line of a list of meetings; {when} is a weekday, a date
        # and a time range, {exhibitor} a company's name.
        lines += ["", f"{number}. " + t.format(
            "{when} with {exhibitor}",
            when=when(t, booking.starts_at, booking.ends_at, clocks.buyer),
            exhibitor=booking.exhibitor(t.code),
        )]  # fmt: skip
        product = booking.product(t.code)
        if product:
            lines.append("    " + t.format("Product: {name}", name=product))
        lines.append(
            "    " + t.format(
                "Fair time: {when} ({zone})",
                when=when(t, booking.starts_at, booking.ends_at, clocks.fair),
                zone=clocks.fair_label,
            )
        )  # fmt: skip
        if booking.status != MeetingStatus.CONFIRMED and booking.expires_at is not None:
            deadline = t.datetime(booking.expires_at, clocks.buyer, "short")
            if booking.status == MeetingStatus.REQUESTED:
                waiting = t.format(
                    "Waiting for the exhibitor to confirm (until {deadline}).",
                    deadline=deadline,
                )
            else:
                waiting = t.format(
                    "Proposed by the exhibitor: accept or decline it in their message "
                    "(until {deadline}).",
                    deadline=deadline,
                )
            lines.append("    ⏳ " + waiting)
        if booking.state == MeetingState.MOVED:
            lines.append("    ⚠️ " + t.format(
                "Changed by the exhibitor: it was booked for {when}.",
                when=when(t, booking.booked_starts_at, booking.booked_ends_at, clocks.buyer),
            ))  # fmt: skip
        elif booking.state == MeetingState.WITHDRAWN:
            lines.append("    ⚠️ " + t.gettext(
                "Changed by the exhibitor: this time is no longer offered. Cancel it to "
                "remove it from your list, and book another time."
            ))  # fmt: skip
        if booking.status == MeetingStatus.PROPOSED:
            take = t.plain("✅ Accept the proposed time {number}", number=t.number(number))
            buttons.append([(take, pack("mt.take", str(booking.id)))])
        if booking.state != MeetingState.WITHDRAWN:
            move = t.plain("🔁 Move meeting {number}", number=t.number(number))
            buttons.append([(move, pack("mt.move", str(booking.id)))])
        label = t.plain("❌ Cancel meeting {number}", number=t.number(number))
        buttons.append([(label, pack("mt.drop", str(booking.id)))])
    return "\n".join(lines), inline(buttons)


def move_list(
    t: Translator, clocks: Clocks, booking: Booking, slots: Sequence[FreeSlot]
) -> tuple[str, InlineKeyboardMarkup]:
    """The exhibitor's free times a meeting can move to, on the buyer's clock; a slot whose
    id is too long for a button with the meeting's (over 64 bytes) is left out."""
    exhibitor = booking.exhibitor(t.code)
    lines = [
        "<b>" + t.format("Move your meeting with {exhibitor}", exhibitor=exhibitor) + "</b>",
        t.format(
            "Now: {when} ({zone})",
            when=when(t, booking.starts_at, booking.ends_at, clocks.buyer),
            zone=clocks.buyer_label,
        ),
        "",
    ]
    buttons = []
    for slot in slots:
        try:
            data = pack("mt.moveto", f"{booking.id}:{slot.id}")
        except ValueError:
            continue
        buttons.append([("🔁 " + when(t, slot.starts_at, slot.ends_at, clocks.buyer), data)])
    if buttons:
        lines.append(t.format("Free times in your time zone, {zone}:", zone=clocks.buyer_label))
        lines.append(t.gettext("Tap a time to move the meeting there."))
    else:
        lines.append(
            t.format(
                "{exhibitor} has no other free meeting times at the moment.", exhibitor=exhibitor
            )
        )
    buttons.append([(t.gettext("« Back"), pack("mt.list"))])
    return "\n".join(lines), inline(buttons)


def moved(t: Translator, clocks: Clocks, booking: Booking) -> str:
    return summary(
        t, clocks, booking, "🔁 " + t.gettext("Meeting moved."),
        t.gettext("The previous time is free again. The calendar file that follows updates "
                  "the meeting in your calendar."),
    )  # fmt: skip


def cancel_question(
    t: Translator, clocks: Clocks, booking: Booking
) -> tuple[str, InlineKeyboardMarkup]:
    text = t.format(
        "Cancel your meeting with {exhibitor} on {when}?",
        exhibitor=booking.exhibitor(t.code),
        when=when(t, booking.starts_at, booking.ends_at, clocks.buyer),
    )
    markup = inline(
        [
            [(t.gettext("Yes, cancel it"), pack("mt.dropok", str(booking.id)))],
            [(t.gettext("No, keep the meeting"), pack("mt.list"))],
        ]
    )
    return text, markup


def cancelled(t: Translator, clocks: Clocks, booking: Booking) -> str:
    return t.format(
        "Your meeting with {exhibitor} on {when} is cancelled. The time is free again.",
        exhibitor=booking.exhibitor(t.code),
        when=when(t, booking.starts_at, booking.ends_at, clocks.buyer),
    )
