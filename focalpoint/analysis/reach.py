"""Questions 2 and 3: forms of trafficking addressed, audiences reached, people reached.

The 2006 report found that awareness-raising addressed almost only sexual exploitation;
question 2 therefore counts the forms for every activity and again for awareness-raising
activities alone (activity type ``awareness_campaign``). "Not recorded" counts the
activities that name no form (or no audience), so the bars add up to what was looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from focalpoint.analysis.figures import Tally, tallies, tally
from focalpoint.domain import Activity
from focalpoint.vocabularies import ActivityType, TargetAudience, TraffickingForm

NOT_RECORDED = "not_recorded"
AWARENESS_TYPES = frozenset({ActivityType.AWARENESS_CAMPAIGN})


@dataclass(frozen=True)
class FormsBreakdown:
    activities: Tally
    """The activities looked at (all of the period, or its awareness-raising ones)."""
    forms: tuple[Tally, ...]
    """One tally per form in vocabulary order, then ``not_recorded``."""

    def to_json(self) -> dict[str, Any]:
        return {"activities": self.activities.to_json(),
                "by_form": [f.to_json() for f in self.forms]}


@dataclass(frozen=True)
class Forms:
    overall: FormsBreakdown
    awareness: FormsBreakdown

    def to_json(self) -> dict[str, Any]:
        return {"overall": self.overall.to_json(), "awareness_raising": self.awareness.to_json()}


def _forms(key: str, activities: Sequence[Activity]) -> FormsBreakdown:
    ids: dict[str, set[str]] = {}
    for activity in activities:
        for form in [str(f) for f in activity.forms] or [NOT_RECORDED]:
            ids.setdefault(form, set()).add(activity.id)
    keys = [*(f.value for f in TraffickingForm), NOT_RECORDED]
    return FormsBreakdown(tally(key, (a.id for a in activities)), tallies(keys, ids))


def forms(activities: Sequence[Activity]) -> Forms:
    awareness = [a for a in activities if a.activity_type in AWARENESS_TYPES]
    return Forms(_forms("all", activities), _forms("awareness_raising", awareness))


@dataclass(frozen=True)
class PeopleReached:
    """Sums over the activities that recorded a total; the split where it was recorded."""

    recorded: Tally
    """Activities with a participant total."""
    missing: Tally
    """Activities without one."""
    total: int
    women: int
    men: int
    not_recorded: int
    """Participants recorded as "not recorded", plus any part of a total the split leaves."""
    split: Tally
    """Activities that recorded women or men."""

    def to_json(self) -> dict[str, Any]:
        return {"total": self.total, "women": self.women, "men": self.men,
                "not_recorded": self.not_recorded, "recorded": self.recorded.to_json(),
                "missing": self.missing.to_json(), "with_sex_split": self.split.to_json()}


@dataclass(frozen=True)
class Audiences:
    audiences: tuple[Tally, ...]
    """One tally per audience in vocabulary order, then ``not_recorded``."""
    people: PeopleReached

    def to_json(self) -> dict[str, Any]:
        return {"by_audience": [a.to_json() for a in self.audiences],
                "people_reached": self.people.to_json()}


def audiences(activities: Sequence[Activity]) -> Audiences:
    ids: dict[str, set[str]] = {}
    for activity in activities:
        for audience in [str(a) for a in activity.audiences] or [NOT_RECORDED]:
            ids.setdefault(audience, set()).add(activity.id)
    keys = [*(a.value for a in TargetAudience), NOT_RECORDED]
    return Audiences(tallies(keys, ids), _people(activities))


def _people(activities: Sequence[Activity]) -> PeopleReached:
    recorded = [a for a in activities if a.people_reached.total is not None]
    total = women = men = unknown = 0
    split: list[str] = []
    for activity in recorded:
        people = activity.people_reached
        count = people.total or 0
        w, m = people.women or 0, people.men or 0
        total += count
        women += w
        men += m
        unknown += count - w - m  # includes people.not_recorded and any unsplit rest
        if people.women is not None or people.men is not None:
            split.append(activity.id)
    missing = [a.id for a in activities if a.people_reached.total is None]
    return PeopleReached(tally("recorded", (a.id for a in recorded)), tally("missing", missing),
                         total, women, men, unknown, tally("with_sex_split", split))
