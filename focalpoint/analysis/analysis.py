"""The six questions together, for one period (or all time), as one value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from focalpoint.analysis.coverage import TaskCoverage, task_coverage
from focalpoint.analysis.figures import Period, Tally, tally
from focalpoint.analysis.funding import Funding, funding
from focalpoint.analysis.partners import PartnerRules, Partners, partners
from focalpoint.analysis.reach import Audiences, Forms, audiences, forms
from focalpoint.analysis.results import Results, results
from focalpoint.catalogue import Catalogue
from focalpoint.domain import Activity

#: The keys of :meth:`Analysis.to_json` that answer a question, in the issue's order.
QUESTIONS = ("tasks", "forms", "audiences", "results", "funding", "partners")


@dataclass(frozen=True)
class Analysis:
    period: Period | None
    activities: Tally
    """Every activity of the period (the population all other figures count from)."""
    tasks: TaskCoverage
    forms: Forms
    audiences: Audiences
    results: Results
    funding: Funding
    partners: Partners

    def to_json(self) -> dict[str, Any]:
        """One key per question (:data:`QUESTIONS`), plus the period and the population."""
        return {
            "period": self.period.to_json() if self.period else None,
            "activities": self.activities.to_json(),
            "tasks": self.tasks.to_json(),
            "forms": self.forms.to_json(),
            "audiences": self.audiences.to_json(),
            "results": self.results.to_json(),
            "funding": self.funding.to_json(),
            "partners": self.partners.to_json(),
        }


def analyse(activities: Iterable[Activity], catalogue: Catalogue, *,
            period: Period | None = None, field_operation: bool = True,
            partner_rules: PartnerRules | None = None) -> Analysis:
    """Answer the six questions over the activities of ``period`` (all when None).

    ``field_operation`` chooses which tasks apply (see :mod:`focalpoint.analysis.coverage`).
    Activities are deduplicated by id, so a caller may pass the same activity twice (e.g.
    once per task it is mapped to) and it still counts once.
    """
    unique: dict[str, Activity] = {}
    for activity in activities:
        if period is None or period.contains(activity):
            unique.setdefault(activity.id, activity)
    chosen = sorted(unique.values(), key=lambda a: a.id)
    return Analysis(
        period=period,
        activities=tally("activities", unique),
        tasks=task_coverage(chosen, catalogue, field_operation),
        forms=forms(chosen),
        audiences=audiences(chosen),
        results=results(chosen),
        funding=funding(chosen),
        partners=partners(chosen, catalogue, partner_rules),
    )
