"""Every domain error has an answer, at every place, in every language, placeholders filled."""

from __future__ import annotations

import pytest

from bot import errors
from bot.errors import DomainError
from bot.i18n import I18n
from handlers.refusals import HINTS, How, Place, refusal

NAMES = {"en": "Shenzhen Bright Lighting Co., Ltd.", "zh_Hans": "深圳明亮照明有限公司"}
SAMPLES: list[DomainError] = [
    errors.InvalidAnswer("too_long", limit=4096, detail="unclosed <b>"),
    errors.InvalidAnswer("a reason no table knows"),
    errors.StaleAction(),
    errors.NotRegistered(),
    errors.AlreadyRegistered("CF-000042"),
    errors.AlreadyRegistered(),
    errors.UnknownExhibitor("EX9999"),
    *(errors.InvalidInvite(reason) for reason in ("unknown", "used", "expired")),
    errors.AlreadyStaff(NAMES),
    errors.NotStaff(),
    errors.NotManager(),
    errors.LastManager(),
    errors.ThreadOpen(NAMES, {"en": "LED strip"}),
    errors.AlreadyClaimed(mine=True),
    errors.AlreadyClaimed(mine=False),
    errors.NothingToRevoke("revoked"),
    errors.NothingToRevoke("closed"),
    errors.AlreadySent(),
    errors.NotFairDay(),
    errors.MeetingError(),
    errors.SlotTaken("EX0001"),
    errors.SlotTaken(),
    errors.SlotUnavailable("EX0001"),
    errors.AlreadyBooked("EX0001", 7),
    errors.MeetingOverlap("EX0001", 7),
    errors.DayLimit("EX0001", 5),
    errors.MoveNeedsRequest("EX0001"),
    errors.RequestClosed(),
    errors.RequestAnswered(mine=True),
    errors.RequestAnswered(mine=False),
    errors.OutcomeRecorded(attended=True),
    errors.OutcomeRecorded(attended=False),
]
PLACES: list[Place | None] = [None, *Place]


def _subclasses(kind: type[DomainError]) -> set[type[DomainError]]:
    found = set(kind.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_domain_error_is_sampled_so_none_goes_unanswered() -> None:
    declared = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, DomainError) and value is not DomainError
    }
    assert declared == _subclasses(DomainError)
    assert declared == {type(sample) for sample in SAMPLES}


@pytest.mark.parametrize("error", SAMPLES, ids=lambda error: type(error).__name__)
def test_an_answer_everywhere_in_every_language(i18n: I18n, error: DomainError) -> None:
    for code in i18n.codes:
        t = i18n.translator(code)
        for place in PLACES:
            for on_button in (False, True):
                found = refusal(t, error, place, on_button)
                assert found.text.strip(), (code, place, on_button)
                assert "{" not in found.text and "}" not in found.text, found.text


def test_what_each_error_says_where(i18n: I18n) -> None:
    t = i18n.translator("en")
    stale = refusal(t, errors.StaleAction(), Place.REGISTRATION, on_button=True)
    assert stale == refusal(t, errors.NotStaff(), None, on_button=True)
    assert stale.how == How.ALERT and "older message" in stale.text
    typed_by_a_stranger = refusal(t, errors.NotStaff(), Place.LEADS, on_button=False)
    assert (
        typed_by_a_stranger.how == How.MESSAGE
        and "for exhibitor staff" in typed_by_a_stranger.text
    )
    bad_delta = refusal(t, errors.InvalidAnswer("bad_delta", limit=20), Place.LEADS)
    assert "a number up to 20" in bad_delta.text
    typed = refusal(t, errors.StaleAction(), Place.BROADCAST, on_button=False)
    assert typed.how == How.MESSAGE and "/broadcast" in typed.text
    offer = refusal(t, errors.NotRegistered(), Place.BADGE, on_button=True)
    assert offer.how == How.REGISTER and "e-badge" in offer.text
    code = refusal(t, errors.AlreadyRegistered("CF-000042"), Place.REGISTRATION)
    assert code.how == How.MESSAGE and "CF-000042" in code.text
    taken = refusal(t, errors.SlotTaken("EX0001"), Place.MEETINGS, on_button=True)
    assert taken.how == How.MESSAGE and "taken by another buyer" in taken.text
    agent = refusal(t, errors.NotManager(), None, on_button=True)
    assert agent.how == How.ALERT and "managers" in agent.text and agent != stale
    last = refusal(t, errors.LastManager(), None, on_button=False)
    assert last.how == How.MESSAGE and "last manager" in last.text
    gone = refusal(t, errors.NothingToRevoke("revoked"), Place.TEAM, on_button=True)
    assert gone.how == How.ALERT and "no longer on your team" in gone.text
    for_staff = refusal(t, errors.MeetingOverlap("EX0001", 7), Place.REQUESTS, on_button=True)
    assert for_staff.how == How.ALERT and "The buyer has another meeting" in for_staff.text
    limit = refusal(t, errors.DayLimit("EX0001", 5), Place.MEETINGS, on_button=True)
    assert limit.how == How.ALERT and "You have 5 meetings or requests" in limit.text
    staff_limit = refusal(t, errors.DayLimit("EX0001", 5), Place.REQUESTS, on_button=True)
    assert "The buyer has as many meetings" in staff_limit.text
    late = refusal(t, errors.RequestClosed(), Place.REQUESTS, on_button=True)
    assert "no longer open" in late.text and "withdrew" in late.text
    assert refusal(t, errors.RequestAnswered(mine=False), Place.REQUESTS).how == How.ALERT


@pytest.mark.parametrize("place", list(HINTS))
def test_every_hint_reads_with_its_limit_in_every_language(i18n: I18n, place: Place) -> None:
    for code in i18n.codes:
        t = i18n.translator(code)
        for reason in HINTS[place]:
            text = refusal(t, errors.InvalidAnswer(reason, limit=4096), place).text
            assert text.strip() and "{" not in text
            if reason == "too_long":
                assert t.number(4096) in text
