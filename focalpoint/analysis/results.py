"""Question 4: one-off or recurring, evaluated or not, and recommendation 8's factors.

The 2006 report found most programmes were one-off events whose impact nobody measured;
its recommendation 8 asks that activities be evaluated and judged by their adequacy to
needs, national ownership and the infrastructure that sustains the benefit after donor
funding. Each factor is counted per rating (``unknown`` when the focal point did not say).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from focalpoint.analysis.figures import Tally, tallies, tally
from focalpoint.domain import Activity, Sustainability
from focalpoint.vocabularies import EvaluationKind, Rating, Recurrence


@dataclass(frozen=True)
class Results:
    recurrence: tuple[Tally, ...]
    """``one_off`` and ``recurring``."""
    evaluation: tuple[Tally, ...]
    """``none``, ``internal``, ``external``."""
    evaluated: Tally
    """Internal or external."""
    not_evaluated: Tally
    sustainability: dict[str, tuple[Tally, ...]]
    """Factor name -> one tally per rating (yes, partly, no, unknown)."""

    def to_json(self) -> dict[str, Any]:
        return {"recurrence": [t.to_json() for t in self.recurrence],
                "evaluation": [t.to_json() for t in self.evaluation],
                "evaluated": self.evaluated.to_json(),
                "not_evaluated": self.not_evaluated.to_json(),
                "sustainability": {name: [t.to_json() for t in values]
                                   for name, values in self.sustainability.items()}}


def results(activities: Sequence[Activity]) -> Results:
    recurrence: dict[str, set[str]] = {}
    evaluation: dict[str, set[str]] = {}
    factors: dict[str, dict[str, set[str]]] = {name: {} for name in Sustainability.FACTORS}
    for activity in activities:
        recurrence.setdefault(str(activity.recurrence), set()).add(activity.id)
        evaluation.setdefault(str(activity.evaluation.kind), set()).add(activity.id)
        for name in Sustainability.FACTORS:
            rating = str(activity.sustainability.factor(name).rating)
            factors[name].setdefault(rating, set()).add(activity.id)
    evaluated = [a.id for a in activities if a.evaluation.kind != EvaluationKind.NONE]
    ratings = [r.value for r in Rating]
    return Results(
        recurrence=tallies([r.value for r in Recurrence], recurrence),
        evaluation=tallies([k.value for k in EvaluationKind], evaluation),
        evaluated=tally("evaluated", evaluated),
        not_evaluated=tally("not_evaluated", evaluation.get(EvaluationKind.NONE.value, set())),
        sustainability={name: tallies(ratings, factors[name]) for name in factors},
    )
