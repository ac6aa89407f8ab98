"""Calendar invitations: a booked meeting as an .ics file (RFC 5545) any calendar imports.

METHOD:PUBLISH rather than REQUEST: the file goes into the buyer's own calendar
and there is no organizer address to answer an invitation by e-mail. Times are
written in UTC, as the catalog holds them; every calendar shows them on the
reader's own clock.

A meeting cancelled is the same event (the same UID) once more, with METHOD:CANCEL,
STATUS:CANCELLED and a higher SEQUENCE: a calendar that imported the invitation
removes the event when it imports that file.
"""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event

PRODID = "-//Fair Concierge//Meetings//EN"


def ics(
    uid: str,
    starts_at: datetime,
    ends_at: datetime,
    summary: str,
    description: str,
    now: datetime,
    cancelled: bool = False,
) -> bytes:
    """One event in one calendar; `uid` must stay the same for the same booking, so
    that `cancelled` (the cancellation of what was sent before) finds it."""
    event = Event()
    event.add("uid", uid)
    event.add("sequence", 1 if cancelled else 0)
    event.add("dtstamp", now)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if cancelled:
        event.add("status", "CANCELLED")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()
