"""How a lead is scored: the weights of each kind of interest, in one place, and the levels.

A score is the sum of each kind's points (capped, so fifty card views are not a
booked meeting) plus the staff's adjustments, never below 0. Its level follows:
hot from HOT, warm from WARM, cold above 0; at 0 the buyer is no lead. Scores are
kept with each lead, so a change of weights here applies to a lead at its next
event or adjustment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.domain import InterestKind, LeadLevel


@dataclass(frozen=True)
class Weight:
    """Points per event of a kind, counting at most `cap` events, none below `at_least`."""

    points: int
    cap: int
    at_least: int = 1


WEIGHTS: dict[InterestKind, Weight] = {  # strongest first: reasons tied on points keep it
    InterestKind.MEETING: Weight(6, cap=1),
    InterestKind.TALK: Weight(4, cap=1),
    InterestKind.SAVED: Weight(3, cap=2),
    # One search that happens to show a product is chance; three are a pattern.
    InterestKind.SEARCHED: Weight(3, cap=1, at_least=3),
    InterestKind.MESSAGE: Weight(2, cap=1),
    InterestKind.VIEWED: Weight(1, cap=3),
}
HOT, WARM = 10, 5  # the scores from which a lead is hot, warm (above 0: cold)


@dataclass(frozen=True)
class Reason:
    """One reason for a score: a kind of interest, how often, the points it gives."""

    kind: InterestKind
    count: int
    points: int


def reasons(counts: Mapping[InterestKind, int]) -> list[Reason]:
    """The kinds of interest that give points, most points first."""
    found = []
    for kind, weight in WEIGHTS.items():
        count = counts.get(kind, 0)
        if count >= weight.at_least:
            found.append(Reason(kind, count, weight.points * min(count, weight.cap)))
    return sorted(found, key=lambda reason: -reason.points)


def score_of(counts: Mapping[InterestKind, int], adjustment: int = 0) -> int:
    return max(0, sum(reason.points for reason in reasons(counts)) + adjustment)


def level_of(score: int) -> LeadLevel | None:
    if score >= HOT:
        return LeadLevel.HOT
    if score >= WARM:
        return LeadLevel.WARM
    return LeadLevel.COLD if score > 0 else None
