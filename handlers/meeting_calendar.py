"""A meeting's calendar file as its reader gets it: the .ics, its file name and caption.

The same event for the meeting's whole life (`invitations.uid`): the first file
adds it, a move (its sequence) updates it, a cancellation takes it out. The
buyer's own taps send it at once; a move or cancel by the exhibitor's staff
queues it with the notice (`handlers.meeting_requests.composer`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from telegram.error import TelegramError

from bot.i18n import Translator
from bot.services import invitations
from bot.services.meetings import Booking
from handlers.context import FairContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CalendarFile:
    name: str
    data: bytes
    caption: str


def calendar_file(
    t: Translator, booking: Booking, now: datetime, cancelled: bool = False
) -> CalendarFile:
    """The .ics of `booking` as it is now, or (`cancelled`) its cancellation, which takes
    the event out of a calendar that imported it: one sequence past the meeting's last."""
    product = booking.product(t.code)
    data = invitations.ics(
        uid=invitations.uid(booking.id, booking.booked_at),
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        summary=t.plain("Meeting with {exhibitor}", exhibitor=booking.exhibitor(t.code)),
        description=t.plain("Product: {name}", name=product) if product else "",
        now=now,
        sequence=booking.sequence + 1 if cancelled else booking.sequence,
        cancelled=cancelled,
    )
    if cancelled:
        return CalendarFile(
            f"meeting-{booking.id}-cancelled.ics", data,
            t.gettext("Open this file to take the meeting out of your calendar."),
        )  # fmt: skip
    if booking.sequence:
        return CalendarFile(
            f"meeting-{booking.id}-{booking.sequence}.ics", data,
            t.gettext("Open this file to move the meeting in your calendar."),
        )  # fmt: skip
    return CalendarFile(
        f"meeting-{booking.id}.ics", data, t.gettext("Add this meeting to your calendar.")
    )


async def send_calendar_file(
    context: FairContext, chat_id: int, booking: Booking, cancelled: bool = False
) -> None:
    """The .ics document (or its cancellation) in reply to the reader's own tap; a server
    without sendDocument loses only the file (logged)."""
    t = context.t
    made = calendar_file(t, booking, context.deps.clock.now(), cancelled)
    try:
        await context.bot.send_document(
            chat_id, made.data, filename=made.name, caption=t.paragraphs(made.caption)
        )
    except TelegramError as error:
        log.warning("sendDocument failed, the meeting has no .ics invitation: %s", error)
