"""The domain errors services raise and handlers translate.

DomainError
 ├── InvalidAnswer     an answer a flow step cannot take (carries a reason code)
 ├── StaleAction       a button or step that no longer applies
 ├── NotRegistered     the action needs a registered buyer
 ├── AlreadyRegistered registration asked for by a buyer who has a badge
 ├── UnknownExhibitor  an exhibitor id the catalog does not have
 ├── InvalidInvite     a staff invitation that is unknown, used or expired
 ├── AlreadyStaff      a staff link asked for by someone linked already
 ├── NotStaff          a staff action by someone who is not linked to an exhibitor
 │    └── NotManager   a manager's action by an agent
 ├── LastManager       the one manager an exhibitor has left leaving its team
 ├── ThreadOpen        a buyer opening a thread while another is not closed
 ├── AlreadyClaimed    a claim on a thread someone owns already
 ├── NothingToRevoke   a staff link or invitation revoked already, used or expired
 ├── AlreadySent       a broadcast confirmed a second time (a double tap)
 ├── NotFairDay        a check-in on a date that is no fair day
 ├── RequestClosed     a meeting request withdrawn, declined or lapsed: nothing to answer
 ├── RequestAnswered   a meeting request a colleague (or the same member) answered first
 ├── OutcomeRecorded   a meeting's outcome that staff recorded already
 └── MeetingError      a meeting that cannot be booked as asked
      ├── SlotTaken        another buyer holds the slot (a lost race, an old list)
      ├── SlotUnavailable  the slot is gone, has started, or takes no bookings
      ├── AlreadyBooked    the buyer holds this slot already (a second Confirm)
      ├── MeetingOverlap   the buyer has another meeting at that time
      ├── DayLimit         the buyer holds as many meetings that fair day as allowed
      └── MoveNeedsRequest a move asked of an exhibitor who confirms every meeting
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a handler is expected to turn into a translated answer."""


class InvalidAnswer(DomainError):
    """The answer cannot be taken; `reason` says why, `limit` and `detail` qualify it."""

    def __init__(self, reason: str, limit: int | None = None, detail: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.limit = limit
        self.detail = detail


class StaleAction(DomainError):
    """A button from an older message, or a step the flow has already left."""


class NotRegistered(DomainError):
    """The buyer has no registration (never had one, or used /forget)."""


class AlreadyRegistered(DomainError):
    """The buyer is registered already: a second registration is refused.

    `buyer_code` is theirs, where the service read it (not after a lost race).
    """

    def __init__(self, buyer_code: str | None = None) -> None:
        super().__init__(buyer_code)
        self.buyer_code = buyer_code


class UnknownExhibitor(DomainError):
    """No exhibitor with this id in the catalog."""

    def __init__(self, exhibitor_id: str) -> None:
        super().__init__(exhibitor_id)
        self.exhibitor_id = exhibitor_id


class InvalidInvite(DomainError):
    """The invitation code cannot link anyone; `reason` is unknown, used or expired."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AlreadyStaff(DomainError):
    """The user is staff of an exhibitor already (`exhibitor_names`: its names by language)."""

    def __init__(self, exhibitor_names: dict[str, str]) -> None:
        super().__init__("already staff")
        self.exhibitor_names = exhibitor_names


class NotStaff(DomainError):
    """The action is for exhibitor staff, and this user is not linked to an exhibitor."""


class NotManager(NotStaff):
    """The action is for the exhibitor's managers, and this member is an agent."""


class LastManager(DomainError):
    """The manager asked to leave their team and is its last manager: without them no one
    could invite or remove its staff. (Only a manager removes members, so the last manager
    can only be asked to remove themself.)"""


class ThreadOpen(DomainError):
    """The buyer has a thread that is not closed: with this exhibitor, about this product."""

    def __init__(self, exhibitor_names: dict[str, str], product_names: dict[str, str]) -> None:
        super().__init__("thread open")
        self.exhibitor_names = exhibitor_names
        self.product_names = product_names


class AlreadyClaimed(DomainError):
    """Someone owns the thread already; `mine` when it is the claimer themself."""

    def __init__(self, mine: bool) -> None:
        super().__init__("already claimed")
        self.mine = mine


class NothingToRevoke(DomainError):
    """No such staff link or open invitation (any more).

    `reason` is "revoked" (gone: revoked already, ended with /unlink, or never
    there) or "closed" (an invitation that was used or has expired since).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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


class DayLimit(MeetingError):
    """The buyer holds `limit` meetings and requests on the slot's fair day already."""

    def __init__(self, exhibitor_id: str, limit: int) -> None:
        super().__init__(exhibitor_id)
        self.limit = limit


class MoveNeedsRequest(MeetingError):
    """The buyer asked to move a meeting with an exhibitor who confirms bookings: its staff
    agreed to the time they hold, so the buyer cancels and requests another instead."""


class RequestClosed(DomainError):
    """The meeting request (or proposal) is no longer open: the buyer withdrew it, it was
    declined, or it lapsed unanswered."""


class RequestAnswered(DomainError):
    """The request was answered already (accepted, or another time proposed); `mine` when
    by the same member (a double tap)."""

    def __init__(self, mine: bool) -> None:
        super().__init__("answered")
        self.mine = mine


class OutcomeRecorded(DomainError):
    """Staff recorded what became of the meeting already (`attended` says what)."""

    def __init__(self, attended: bool) -> None:
        super().__init__("recorded")
        self.attended = attended


class AlreadySent(DomainError):
    """The draft was confirmed already: its broadcast exists and is not sent twice."""


class NotFairDay(DomainError):
    """Check-in asked for on a date (on the fair's clock) that is no fair day."""
