"""The domain errors services raise and handlers translate.

DomainError
 ├── InvalidAnswer     an answer a flow step cannot take (carries a reason code)
 ├── StaleAction       a button or step that no longer applies
 ├── NotRegistered     the action needs a registered buyer
 ├── AlreadyRegistered registration asked for by a buyer who has a badge
 └── MeetingError      a meeting that cannot be booked as asked
      ├── SlotTaken        another buyer holds the slot (a lost race, an old list)
      ├── SlotUnavailable  the slot is gone, has started, or takes no bookings
      ├── AlreadyBooked    the buyer holds this slot already (a second Confirm)
      └── MeetingOverlap   the buyer has another meeting at that time
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a handler is expected to turn into a translated answer."""


class InvalidAnswer(DomainError):
    """The answer cannot be taken; `reason` says why, `limit` qualifies it."""

    def __init__(self, reason: str, limit: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.limit = limit


class StaleAction(DomainError):
    """A button from an older message, or a step the flow has already left."""


class NotRegistered(DomainError):
    """The buyer has no registration (never had one, or used /forget)."""


class AlreadyRegistered(DomainError):
    """The buyer is registered already: a second registration is refused."""


class MeetingError(DomainError):
    """A booking refused; `exhibitor_id` (when known) lets the handler offer fresh times."""

    def __init__(self, exhibitor_id: str | None = None) -> None:
        super().__init__(exhibitor_id)
        self.exhibitor_id = exhibitor_id


class SlotTaken(MeetingError):
    """Another buyer booked the slot first: the database's unique constraint said so."""


class SlotUnavailable(MeetingError):
    """The slot left the catalog, has started, or its exhibitor takes no meetings."""


class AlreadyBooked(MeetingError):
    """The buyer already holds this very slot; `meeting_id` is their booking."""

    def __init__(self, exhibitor_id: str, meeting_id: int) -> None:
        super().__init__(exhibitor_id)
        self.meeting_id = meeting_id


class MeetingOverlap(MeetingError):
    """The buyer's meeting `meeting_id` overlaps the slot asked for."""

    def __init__(self, exhibitor_id: str, meeting_id: int) -> None:
        super().__init__(exhibitor_id)
        self.meeting_id = meeting_id
