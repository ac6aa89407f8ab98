"""Calendar invitations: a booked meeting as an .ics file (RFC 5545) any calendar imports.

METHOD:PUBLISH rather than REQUEST: the file goes into the buyer's own calendar
and there is no organizer address to answer an invitation by e-mail. Times are
written in UTC, as the catalog holds them; every calendar shows them on the
reader's own clock.
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
) -> bytes:
    """One event in one calendar; `uid` must stay the same for the same booking."""
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()
