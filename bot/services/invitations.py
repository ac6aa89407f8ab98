"""Calendar invitations: a booked meeting as an .ics file (RFC 5545) any calendar imports.

The first invitation is METHOD:PUBLISH: the file goes into the buyer's own
calendar and there is no organizer address to answer it by e-mail. Times are
written in UTC, as the catalog holds them; every calendar shows them on the
reader's own clock.

A meeting keeps one UID for life. Moved by the buyer, it is the same event with a
higher SEQUENCE (the meeting's own count) and METHOD:REQUEST, an update that a
calendar applies to the event it holds instead of adding a second one. Cancelled,
it is the same event once more with METHOD:CANCEL, STATUS:CANCELLED and the next
SEQUENCE: a calendar that imported the invitation removes the event.
"""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event

PRODID = "-//Fair Concierge//Meetings//EN"


def uid(meeting_id: int, booked_at: datetime) -> str:
    """The event's UID for the meeting's whole life; the booking instant keeps it unique
    when a database is rebuilt and its ids start again."""
    return f"meeting-{meeting_id}-{int(booked_at.timestamp())}@fair-concierge"


def ics(
    uid: str,
    starts_at: datetime,
    ends_at: datetime,
    summary: str,
    description: str,
    now: datetime,
    sequence: int = 0,
    cancelled: bool = False,
) -> bytes:
    """One event in one calendar; `uid` must stay the same for the same booking, so that
    an update (`sequence` above 0) or `cancelled` finds what was sent before, and
    `sequence` must grow with each file after the first."""
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
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
    method = "CANCEL" if cancelled else "REQUEST" if sequence else "PUBLISH"
    calendar.add("method", method)
    calendar.add_component(event)
    return calendar.to_ical()
