"""The .ics invitation: a calendar app reads back the event that was booked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from icalendar import Calendar

from bot.services.invitations import ics

START = datetime(2026, 10, 15, 8, 0, tzinfo=UTC)
END = datetime(2026, 10, 15, 8, 30, tzinfo=UTC)
NOW = datetime(2026, 10, 1, 1, 0, tzinfo=UTC)


def test_the_invitation_reads_back_as_one_event_in_utc() -> None:
    summary = "Reunión con Maker 1 Co., Ltd.; «LED»"
    data = ics("meeting-7@x", START, END, summary, "Producto: A", NOW)
    calendar = Calendar.from_ical(data)
    assert str(calendar["method"]) == "PUBLISH"
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == START and event.decoded("dtend") == END
    assert str(event["summary"]) == summary
    assert str(event["uid"]) == "meeting-7@x" and str(event["description"]) == "Producto: A"
    assert b"DTSTART:20261015T080000Z" in data and data.endswith(b"\r\n")


def test_a_cancellation_is_the_same_event_cancelled_with_a_higher_sequence() -> None:
    sent = Calendar.from_ical(ics("meeting-7@x", START, END, "Meeting", "", NOW))
    gone = Calendar.from_ical(
        ics("meeting-7@x", START, END, "Meeting", "", NOW, sequence=1, cancelled=True)
    )
    assert (str(sent["method"]), str(gone["method"])) == ("PUBLISH", "CANCEL")
    (first,), (second,) = sent.walk("VEVENT"), gone.walk("VEVENT")
    assert str(first["uid"]) == str(second["uid"])
    assert (first.decoded("sequence"), second.decoded("sequence")) == (0, 1)
    assert "status" not in first and str(second["status"]) == "CANCELLED"


def test_a_move_is_the_same_event_requested_again_with_each_move_a_higher_sequence() -> None:
    later, later_end = START + timedelta(days=1), END + timedelta(days=1)
    sent = Calendar.from_ical(ics("meeting-7@x", START, END, "Meeting", "", NOW))
    files = [
        Calendar.from_ical(ics("meeting-7@x", later, later_end, "Meeting", "", NOW, sequence=n))
        for n in (1, 2)
    ]
    (original,) = sent.walk("VEVENT")
    for number, calendar in enumerate(files, 1):
        assert str(calendar["method"]) == "REQUEST"
        (event,) = calendar.walk("VEVENT")
        assert str(event["uid"]) == str(original["uid"]) == "meeting-7@x"
        assert event.decoded("sequence") == number
        assert event.decoded("dtstart") == later
        assert event.decoded("dtstart").utcoffset() == timedelta(0)
        assert "status" not in event
    assert b"DTSTART:20261016T080000Z" in ics("u", later, later_end, "M", "", NOW, sequence=1)


def test_an_empty_description_is_left_out() -> None:
    (event,) = Calendar.from_ical(ics("u", START, END, "Meeting", "", NOW)).walk("VEVENT")
    assert "description" not in event
