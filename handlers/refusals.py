"""One mapping from the domain errors services raise to what the user is told.

A handler catches a `DomainError`, calls `refuse` with where it happened (a
`Place`), and adds only what is its own (asking the question again, a fresh list
of times, a keyboard taken away). The answer is found here along the error's
class hierarchy, so a new error gets its answer in one place, and a test checks
that every error in `bot.errors` has one.

How it reaches the reader: on a typed message, always a reply; under a button, a
notice on the button (an alert where the reader must read it), or a message
where the place answers in the chat; "register first" always comes with the
Register button. A message under a button leaves the button's spinner to the
caller, who may have stopped it before the work began.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from telegram import Update

from bot.errors import (
    AlreadyBooked,
    AlreadyClaimed,
    AlreadyRegistered,
    AlreadySent,
    AlreadyStaff,
    DayLimit,
    DomainError,
    InvalidAnswer,
    InvalidInvite,
    LastManager,
    MeetingError,
    MeetingOverlap,
    MoveNeedsRequest,
    NotFairDay,
    NothingToRevoke,
    NotManager,
    NotRegistered,
    NotStaff,
    OutcomeRecorded,
    RequestAnswered,
    RequestClosed,
    SlotTaken,
    StaleAction,
    ThreadOpen,
    UnknownExhibitor,
)
from bot.i18n import Translator
from bot.services.product_cards import localized
from handlers.access import offer_registration
from handlers.context import FairContext
from handlers.refusal_texts import HINTS, INVITE_REFUSALS, REGISTER_FIRST, Place
from handlers.replies import STALE_BUTTON, answer, send


class How(StrEnum):
    """How a refusal reaches the reader."""

    ALERT = "alert"  # a pop-up on the button, to be read and closed
    NOTICE = "notice"  # a passing notice on the button
    MESSAGE = "message"  # a message in the chat
    REGISTER = "register"  # a message in the chat with the Register button


@dataclass(frozen=True)
class Where:
    """Where the error happened, and whether under a button or on a typed message."""

    place: Place | None
    on_button: bool


@dataclass(frozen=True)
class Refusal:
    text: str
    how: How


E = TypeVar("E", bound=DomainError)
Answer = Callable[[Translator, Any, Where], Refusal]
ANSWERS: dict[type[DomainError], Answer] = {}


def _answers(
    kind: type[E],
) -> Callable[[Callable[[Translator, E, Where], Refusal]], Answer]:
    def register(answer_for: Callable[[Translator, E, Where], Refusal]) -> Answer:
        ANSWERS[kind] = answer_for
        return answer_for

    return register


def refusal(
    t: Translator, error: DomainError, place: Place | None = None, on_button: bool = False
) -> Refusal:
    """What to tell the reader about `error` at `place`, in `t`'s language."""
    where = Where(place, on_button)
    for kind in type(error).__mro__:
        if kind in ANSWERS:
            return ANSWERS[kind](t, error, where)
    raise LookupError(f"no answer for {type(error).__name__}")


async def refuse(
    update: Update, context: FairContext, error: DomainError, place: Place | None = None
) -> None:
    """Tell the reader of `update` why nothing happened (see the module's docstring)."""
    query = update.callback_query
    found = refusal(context.t, error, place, on_button=query is not None)
    if found.how == How.REGISTER:
        await offer_registration(update, context, found.text)
    elif query is not None and found.how != How.MESSAGE:
        await answer(query, found.text, alert=found.how == How.ALERT)
    else:
        await send(update, context, found.text)


def _stale_button(t: Translator) -> Refusal:
    return Refusal(t.gettext(STALE_BUTTON), How.ALERT)


@_answers(StaleAction)
def _stale(t: Translator, error: StaleAction, where: Where) -> Refusal:
    if where.place in (Place.TALK, Place.PRODUCT):
        how = How.ALERT if where.place == Place.PRODUCT else How.MESSAGE
        return Refusal(t.gettext("This product is no longer in the catalog."), how)
    if where.place == Place.REPLY:
        return Refusal(
            t.gettext("That conversation is closed or not yours. Send /inbox to see yours."),
            How.MESSAGE,
        )
    if where.on_button:
        return _stale_button(t)
    if where.place == Place.BROADCAST:
        return Refusal(t.gettext("That step is over. Send /broadcast to go on."), How.MESSAGE)
    return Refusal(t.gettext("That step is over. Send /start to see where you are."), How.MESSAGE)


@_answers(InvalidAnswer)
def _invalid(t: Translator, error: InvalidAnswer, where: Where) -> Refusal:
    hints = HINTS.get(where.place or Place.REGISTRATION, HINTS[Place.REGISTRATION])
    text = t.counted(
        hints.get(error.reason, hints["use_buttons"]),
        error.limit or 0,
        limit=t.number(error.limit or 0),
        error=error.detail or "",
    )
    return Refusal(text, How.ALERT)


@_answers(NotRegistered)
def _not_registered(t: Translator, error: NotRegistered, where: Where) -> Refusal:
    if where.place == Place.REGISTRATION:  # a profile button after /forget
        return _stale_button(t)
    return Refusal(
        t.gettext(
            REGISTER_FIRST.get(where.place or Place.MEETINGS, REGISTER_FIRST[Place.MEETINGS])
        ),
        How.REGISTER,
    )


@_answers(AlreadyRegistered)
def _registered(t: Translator, error: AlreadyRegistered, where: Where) -> Refusal:
    if where.on_button or error.buyer_code is None:
        return Refusal(t.gettext("You are already registered."), How.NOTICE)
    text = t.format(
        "You are already registered. Your buyer ID is {code}. Send /badge to see your "
        "e-badge, or /profile to change your details.",
        code=error.buyer_code,
    )
    return Refusal(text, How.MESSAGE)


@_answers(UnknownExhibitor)
def _unknown_exhibitor(t: Translator, error: UnknownExhibitor, where: Where) -> Refusal:
    text = t.format(
        "There is no exhibitor with the ID {id} in the catalog.", id=error.exhibitor_id
    )
    return Refusal(text, How.MESSAGE)


@_answers(InvalidInvite)
def _invalid_invite(t: Translator, error: InvalidInvite, where: Where) -> Refusal:
    return Refusal(t.gettext(INVITE_REFUSALS[error.reason]), How.MESSAGE)


@_answers(AlreadyStaff)
def _already_staff(t: Translator, error: AlreadyStaff, where: Where) -> Refusal:
    text = t.format(
        "You are already staff of {exhibitor}. Send /unlink first to change.",
        exhibitor=localized(error.exhibitor_names, t.code, "?"),
    )
    return Refusal(text, How.MESSAGE)


@_answers(NotStaff)
def _not_staff(t: Translator, error: NotStaff, where: Where) -> Refusal:
    """Under a button: it was a member's (their link ended since). A typed staff command
    from someone never linked: what they would need."""
    if where.on_button:
        return _stale_button(t)
    return Refusal(
        t.gettext(
            "This command is for exhibitor staff. Ask the fair's organizers for an invitation."
        ),
        How.MESSAGE,
    )


@_answers(NotManager)
def _not_manager(t: Translator, error: NotManager, where: Where) -> Refusal:
    text = t.gettext("Only your exhibitor's managers can do this.")
    return Refusal(text, How.ALERT if where.on_button else How.MESSAGE)


@_answers(LastManager)
def _last_manager(t: Translator, error: LastManager, where: Where) -> Refusal:
    text = t.gettext(
        "You are your exhibitor's last manager, so you cannot leave its team: no one would be "
        "left to invite or remove its staff. Ask the fair's organizers to invite another "
        "manager first."
    )
    return Refusal(text, How.ALERT if where.on_button else How.MESSAGE)


@_answers(ThreadOpen)
def _thread_open(t: Translator, error: ThreadOpen, where: Where) -> Refusal:
    text = t.format(
        "You already have an open conversation with {exhibitor} about {product}. "
        "Send /end to close it first.",
        exhibitor=localized(error.exhibitor_names, t.code, "?"),
        product=localized(error.product_names, t.code, "?"),
    )
    return Refusal(text, How.MESSAGE)


@_answers(AlreadyClaimed)
def _claimed(t: Translator, error: AlreadyClaimed, where: Where) -> Refusal:
    if error.mine:
        return Refusal(t.gettext("You have this conversation already."), How.NOTICE)
    return Refusal(t.gettext("Already claimed by a colleague."), How.ALERT)


@_answers(NothingToRevoke)
def _revoked(t: Translator, error: NothingToRevoke, where: Where) -> Refusal:
    if where.place == Place.TEAM:
        text = t.gettext("This person is no longer on your team.")
    elif error.reason == "closed":
        text = t.gettext("This invitation is no longer open: it has been used or has expired.")
    else:
        text = t.gettext("Already revoked.")
    return Refusal(text, How.ALERT)


@_answers(AlreadySent)
def _sent(t: Translator, error: AlreadySent, where: Where) -> Refusal:
    return Refusal(t.gettext("This announcement is already being sent."), How.NOTICE)


@_answers(NotFairDay)
def _not_fair_day(t: Translator, error: NotFairDay, where: Where) -> Refusal:
    return Refusal(t.gettext("Check-in is open on fair days only."), How.MESSAGE)


@_answers(MeetingError)
def _meeting(t: Translator, error: MeetingError, where: Where) -> Refusal:
    """A slot that went away: the text heads a fresh list of times (see handlers.meetings);
    staff proposing it pick another from their list."""
    if error.exhibitor_id is None:
        return _stale_button(t)
    text = t.gettext("Sorry, this time is no longer available.")
    return Refusal(text, How.ALERT if where.place == Place.REQUESTS else How.MESSAGE)


@_answers(SlotTaken)
def _taken(t: Translator, error: SlotTaken, where: Where) -> Refusal:
    if error.exhibitor_id is None:
        return _stale_button(t)
    text = t.gettext("Sorry, this time was just taken by another buyer.")
    return Refusal(text, How.ALERT if where.place == Place.REQUESTS else How.MESSAGE)


@_answers(AlreadyBooked)
def _booked(t: Translator, error: AlreadyBooked, where: Where) -> Refusal:
    return Refusal(t.gettext("You have already booked this meeting. See /meetings."), How.ALERT)


@_answers(MoveNeedsRequest)
def _move_needs_request(t: Translator, error: MoveNeedsRequest, where: Where) -> Refusal:
    text = t.gettext(
        "This exhibitor confirms every meeting, so it cannot be moved here. Cancel it and "
        "request another time from one of their products."
    )
    return Refusal(text, How.ALERT)


@_answers(MeetingOverlap)
def _overlap(t: Translator, error: MeetingOverlap, where: Where) -> Refusal:
    if where.place == Place.REQUESTS:
        return Refusal(
            t.gettext("The buyer has another meeting at that time. Please pick another."),
            How.ALERT,
        )
    return Refusal(
        t.gettext("You already have another meeting at that time. See /meetings."), How.ALERT
    )


@_answers(DayLimit)
def _day_limit(t: Translator, error: DayLimit, where: Where) -> Refusal:
    if where.place == Place.REQUESTS:
        text = t.gettext(
            "The buyer has as many meetings on that fair day as one buyer may have. "
            "Please pick a time on another day."
        )
        return Refusal(text, How.ALERT)
    text = t.nformat(
        "You have {n} meeting or request on that fair day, the most one buyer may have. "
        "Please pick another day, or cancel one in /meetings.",
        "You have {n} meetings or requests on that fair day, the most one buyer may have. "
        "Please pick another day, or cancel one in /meetings.",
        error.limit,
        n=t.number(error.limit),
    )
    return Refusal(text, How.ALERT)


@_answers(RequestClosed)
def _request_closed(t: Translator, error: RequestClosed, where: Where) -> Refusal:
    if where.place == Place.REQUESTS:
        text = t.gettext(
            "This request is no longer open: the buyer withdrew it, it was declined, "
            "or it lapsed unanswered."
        )
    else:
        text = t.gettext("This proposal is no longer open. See /meetings.")
    return Refusal(text, How.ALERT)


@_answers(OutcomeRecorded)
def _outcome_recorded(t: Translator, error: OutcomeRecorded, where: Where) -> Refusal:
    if error.attended:
        return Refusal(t.gettext("Already recorded: the buyer came."), How.ALERT)
    return Refusal(t.gettext("Already recorded: the buyer did not come."), How.ALERT)


@_answers(RequestAnswered)
def _request_answered(t: Translator, error: RequestAnswered, where: Where) -> Refusal:
    if error.mine:
        return Refusal(t.gettext("You have answered this already."), How.NOTICE)
    return Refusal(t.gettext("A colleague has answered this request already."), How.ALERT)
