"""What meeting requests read like: the notices to staff and to the buyer, the staff's
list of other times, what a member sees once they answered, the meeting settings.

Pure functions of a Translator, the clocks and the service's dataclasses, so a
notice is written in its reader's language. Staff read every time on the fair's
clock and on the buyer's; the buyer on their own and the fair's. Buttons are plain
(label, callback data) rows: what the outbox stores, and what a handler turns into
a keyboard. Contact details appear only through `handoff_views.buyer_lines`.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain import BookingMode, MeetingStatus
from bot.i18n import N_, Translator
from bot.services.meeting_notices import Notice, Request
from bot.services.meetings import FreeSlot
from bot.services.outbox import Buttons
from handlers.callbacks import pack
from handlers.handoff_views import buyer_lines
from handlers.meetings_views import Clocks, details, staff_times, summary, when

Letter = tuple[str, Buttons | None]
STAFF_NOTICES = {
    Notice.REQUEST, Notice.BOOKED, Notice.TAKEN_UP, Notice.TURNED_DOWN, Notice.WITHDRAWN,
    Notice.CANCELLED, Notice.ASK_OUTCOME, Notice.MOVED,
}  # fmt: skip
STARS = "⭐"
# The buyer's notices that are one sentence about the exhibitor and the time.
ONE_LINERS = {
    Notice.CALLED_OFF: N_(
        "{exhibitor} had to cancel your meeting on {when}. We are sorry. Open one of their "
        "products to pick another time."
    ),
    Notice.DECLINED: N_(
        "{exhibitor} cannot meet you on {when} and declined your request. "
        "Open one of their products to pick another time."
    ),
}


def letter(t: Translator, clocks: Clocks, notice: Notice, request: Request) -> Letter:
    """The notice `notice` about `request`, for staff or for the buyer as it says."""
    if notice in STAFF_NOTICES:
        return _to_staff(t, clocks, notice, request)
    return _to_buyer(t, clocks, notice, request)


def staff_lines(t: Translator, clocks: Clocks, request: Request) -> list[str]:
    """Who asks, about what, and when on the fair's clock and on the buyer's."""
    booking = request.booking
    lines = buyer_lines(t, request.buyer)
    product = booking.product(t.code)
    if product:
        lines.append(t.format("Product: {name}", name=product))
    lines += staff_times(t, clocks, booking.starts_at, booking.ends_at)
    return lines


def _to_staff(t: Translator, clocks: Clocks, notice: Notice, request: Request) -> Letter:
    booking = request.booking
    exhibitor = booking.exhibitor(t.code)
    titles = {
        Notice.REQUEST: t.format("📅 Meeting request for {exhibitor}", exhibitor=exhibitor),
        Notice.BOOKED: t.format("📅 New meeting booked with {exhibitor}", exhibitor=exhibitor),
        Notice.TAKEN_UP: t.gettext("✅ The buyer accepted the time you proposed."),
        Notice.TURNED_DOWN: t.gettext(
            "The buyer declined the time you proposed; that time is free again."
        ),
        Notice.WITHDRAWN: t.gettext(
            "The buyer withdrew their meeting request; the time is free again."
        ),
        Notice.CANCELLED: t.gettext("The buyer cancelled the meeting; the time is free again."),
        Notice.ASK_OUTCOME: t.gettext("Did the buyer come to the meeting?"),
        Notice.MOVED: t.format(
            "🔁 The buyer moved their meeting with {exhibitor} to a new time; the old time is "
            "free again.",
            exhibitor=exhibitor,
        ),
    }
    title = titles[notice]
    if notice == Notice.REQUEST and request.asked is not None:
        title = t.format(
            "🔁 The buyer asks {exhibitor} for a new time instead; the old time is free again.",
            exhibitor=exhibitor,
        )
    lines = ["<b>" + title + "</b>", *staff_lines(t, clocks, request)]
    if notice in (Notice.MOVED, Notice.REQUEST, Notice.BOOKED) and request.asked is not None:
        lines.append(
            t.format(
                "Was: {when} ({zone})",
                when=when(t, *request.asked, clocks.fair), zone=clocks.fair_label,
            )
        )  # fmt: skip
    meeting = str(booking.id)
    if notice == Notice.ASK_OUTCOME:
        lines += ["", t.gettext("A buyer who does not come may book fewer meetings.")]
        buttons = [
            [(t.gettext("✅ The buyer came"), pack("mr.came", meeting)),
             (t.gettext("🚫 No-show"), pack("mr.miss", meeting))],
        ]  # fmt: skip
        return "\n".join(lines), buttons
    if notice != Notice.REQUEST:
        return "\n".join(lines), None
    assert booking.expires_at is not None
    lines += [
        "",
        t.format(
            "Please answer by {deadline} (fair time); unanswered, the request lapses and the "
            "time is free again.",
            deadline=t.datetime(booking.expires_at, clocks.fair, "short"),
        ),
    ]
    buttons = [
        [(t.gettext("✅ Accept"), pack("mr.ok", meeting)),
         (t.gettext("❌ Decline"), pack("mr.no", meeting))],
        [(t.gettext("🕒 Propose another time"), pack("mr.alt", meeting))],
    ]  # fmt: skip
    return "\n".join(lines), buttons


def _to_buyer(t: Translator, clocks: Clocks, notice: Notice, request: Request) -> Letter:
    booking = request.booking
    exhibitor = booking.exhibitor(t.code)
    mine = when(t, booking.starts_at, booking.ends_at, clocks.buyer)
    meeting = str(booking.id)
    if notice == Notice.ACCEPTED:
        text = summary(
            t, clocks, booking,
            t.format("✅ {exhibitor} accepted your meeting request.", exhibitor=exhibitor),
            t.gettext("See all your meetings with /meetings."),
        )  # fmt: skip
        return text, [[(t.gettext("📅 Calendar file"), pack("mt.ics", meeting))]]
    if notice == Notice.ASK_RATING:
        text = "\n".join([
            "<b>" + t.format("How was your meeting with {exhibitor}?", exhibitor=exhibitor)
            + "</b>",
            t.format("Your time: {when} ({zone})", when=mine, zone=clocks.buyer_label),
            "",
            t.gettext("Rate it from 1 to 5 stars: it helps the fair's organizers."),
        ])  # fmt: skip
        return text, [[(STARS * n, pack("mt.rate", f"{meeting}:{n}")) for n in range(1, 6)]]
    if notice in ONE_LINERS:
        return t.format(ONE_LINERS[notice], exhibitor=exhibitor, when=mine), None
    if notice == Notice.RESCHEDULED:
        assert request.asked is not None
        text = summary(
            t, clocks, booking,
            t.format("🔁 {exhibitor} moved your meeting to a new time.", exhibitor=exhibitor),
            t.format(
                "Was: {when} ({zone}). If the new time does not suit you, cancel it in "
                "/meetings.",
                when=when(t, *request.asked, clocks.buyer), zone=clocks.buyer_label,
            ),
        )  # fmt: skip
        return text, None
    if notice == Notice.EXPIRED:
        if booking.status == MeetingStatus.PROPOSED:
            text = t.format(
                "The time {exhibitor} proposed, {when}, was not accepted in time: the "
                "proposal has lapsed.",
                exhibitor=exhibitor, when=mine,
            )  # fmt: skip
        else:
            text = t.format(
                "Your meeting request to {exhibitor} for {when} got no answer in time and has "
                "lapsed. Open one of their products to pick another time.",
                exhibitor=exhibitor, when=mine,
            )  # fmt: skip
        return text, None
    assert notice == Notice.PROPOSED and booking.expires_at is not None
    if request.asked is None:  # staff invited a lead
        head = [
            "<b>" + t.format("{exhibitor} invites you to a meeting.", exhibitor=exhibitor) + "</b>"
        ]
    else:
        head = [
            "<b>" + t.format("{exhibitor} proposes another time for your meeting.",
                             exhibitor=exhibitor) + "</b>",
            t.format("You asked for: {when}", when=when(t, *request.asked, clocks.buyer)),
        ]  # fmt: skip
    lines = [
        *head,
        *details(t, clocks, exhibitor, booking.product(t.code), booking.starts_at,
                 booking.ends_at),
        "",
        t.format(
            "Do you accept this time? Please answer by {deadline}.",
            deadline=t.datetime(booking.expires_at, clocks.buyer, "short"),
        ),
    ]  # fmt: skip
    buttons = [
        [(t.gettext("✅ Accept this time"), pack("mt.take", meeting)),
         (t.gettext("❌ Decline"), pack("mt.pass", meeting))],
    ]  # fmt: skip
    return "\n".join(lines), buttons


def answered(t: Translator, clocks: Clocks, request: Request, outcome: str) -> str:
    """A request as the member who answered it sees it now: its details and `outcome`."""
    lines = [
        "<b>" + t.format("Meeting request for {exhibitor}",
                         exhibitor=request.booking.exhibitor(t.code)) + "</b>",
        *staff_lines(t, clocks, request),
        "",
        outcome,
    ]  # fmt: skip
    return "\n".join(lines)


def accepted(t: Translator) -> str:
    return t.gettext("✅ You accepted this meeting. The buyer is told.")


def declined(t: Translator) -> str:
    return t.gettext("❌ You declined this request. The buyer is told; the time is free again.")


def proposed(t: Translator, clocks: Clocks, request: Request) -> str:
    booking = request.booking
    assert booking.expires_at is not None
    return t.format(
        "🕒 You proposed {when} (fair time). The buyer has until {deadline} to accept it.",
        when=when(t, booking.starts_at, booking.ends_at, clocks.fair),
        deadline=t.datetime(booking.expires_at, clocks.fair, "short"),
    )


def alternatives(
    t: Translator, clocks: Clocks, request: Request, slots: Sequence[FreeSlot]
) -> Letter:
    """The exhibitor's free times to propose instead, as buttons (fair time)."""
    head = [
        "<b>" + t.gettext("Propose another time") + "</b>",
        *staff_lines(t, clocks, request),
        "",
    ]
    if not slots:
        return "\n".join([*head, t.gettext("There are no other free times to propose.")]), None
    head.append(t.format("Free times on the fair's clock, {zone}:", zone=clocks.fair_label))
    buttons = []
    for slot in slots:
        try:
            data = pack("mr.to", f"{request.booking.id}:{slot.id}")
        except ValueError:  # a slot id too long to fit the button: not offered
            continue
        buttons.append([("🕒 " + when(t, slot.starts_at, slot.ends_at, clocks.fair), data)])
    return "\n".join(head), buttons


def settings(t: Translator, exhibitor: str, mode: BookingMode) -> tuple[str, Buttons]:
    """The manager's choice of how buyers book: at once, or by request staff confirm."""
    current = {
        BookingMode.INSTANT: t.gettext(
            "Now: instant booking. A buyer who picks a free time has the meeting at once, "
            "and your staff are told."
        ),
        BookingMode.CONFIRM: t.gettext(
            "Now: by confirmation. A buyer's booking is a request that holds the time until "
            "one of your staff accepts it, declines it or proposes another time."
        ),
    }
    text = "\n".join(
        ["<b>" + t.format("Meeting bookings for {exhibitor}", exhibitor=exhibitor) + "</b>",
         "", current[mode]]
    )  # fmt: skip
    labels = {
        BookingMode.INSTANT: t.gettext("Instant booking"),
        BookingMode.CONFIRM: t.gettext("Confirm each request"),
    }
    buttons = [
        [(("✅ " if choice == mode else "") + labels[choice], pack("mr.mode", choice.value))]
        for choice in BookingMode
    ]
    return text, buttons


def outcome(t: Translator, clocks: Clocks, request: Request, attended: bool) -> str:
    """The follow-up as the member who answered it sees it now."""
    if attended:
        said = t.gettext("✅ Recorded: the buyer came. Thank you.")
    else:
        said = t.gettext("🚫 Recorded: the buyer did not come. Thank you.")
    lines = [
        "<b>" + t.gettext("Did the buyer come to the meeting?") + "</b>",
        *staff_lines(t, clocks, request),
        "",
        said,
    ]
    return "\n".join(lines)


def rated(t: Translator, stars: int) -> str:
    return t.format("Thank you for your rating: {stars}", stars=STARS * stars)
