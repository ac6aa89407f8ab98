"""The domain errors services raise and handlers translate.

DomainError
 ├── InvalidAnswer     an answer a flow step cannot take (carries a reason code)
 ├── StaleAction       a button or step that no longer applies
 ├── NotRegistered     the action needs a registered buyer
 ├── AlreadyRegistered registration asked for by a buyer who has a badge
 └── NotFairDay        a check-in on a date that is no fair day
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


class NotFairDay(DomainError):
    """Check-in asked for on a date (on the fair's clock) that is no fair day."""
