"""The named values of the fair's records: roles, states and kinds.

Plain StrEnums, kept apart from the tables that store them (`bot.db`), so that the
handlers and views that show or compare them need not import SQLAlchemy's models.
"""

from __future__ import annotations

from enum import StrEnum


class BookingMode(StrEnum):
    """Instant: a booking is a meeting, staff are told. Confirm: it is a request staff answer."""

    INSTANT = "instant"
    CONFIRM = "confirm"


class AlertMode(StrEnum):
    """Lead alerts as each lead comes, or gathered into a digest."""

    INSTANT = "instant"
    DIGEST = "digest"


class ThreadStatus(StrEnum):
    """Where a live talk is (see `bot.db.handoff`); stored as its value, "new" and so on."""

    NEW = "new"
    WAITING = "waiting"
    OPEN = "open"
    CLOSED = "closed"


class StaffRole(StrEnum):
    """An agent answers buyers; a manager also invites and removes the exhibitor's agents."""

    AGENT = "agent"
    MANAGER = "manager"


class InterestKind(StrEnum):
    """What a buyer did that shows interest in an exhibitor."""

    VIEWED = "viewed"  # opened one of its product cards
    SAVED = "saved"  # saved one of its products
    MEETING = "meeting"  # requested or booked a meeting
    TALK = "talk"  # started a talk with its staff
    MESSAGE = "message"  # left a message in that talk
    SEARCHED = "searched"  # a search whose first page showed its products


class LeadLevel(StrEnum):
    """How warm a lead is; a buyer whose score is 0 is no lead (level NULL)."""

    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class LeadAlert(StrEnum):
    """The alert a lead is waiting for: it became a lead, or it turned hot."""

    NEW = "new"
    HOT = "hot"


class MeetingStatus(StrEnum):
    """A request staff must answer, their proposal of another time, or a meeting."""

    REQUESTED = "requested"
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"


class MeetingOutcome(StrEnum):
    """What the exhibitor's staff say became of a meeting once it was over."""

    ATTENDED = "attended"
    NO_SHOW = "no_show"
