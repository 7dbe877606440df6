"""An activity's results (people reached, indicators, evaluation, sustainability) in words.

One wording for every place that prints the results of one activity — the questionnaire
PDF's Annex and the Secretariat's activity page — so the two never disagree about what an
activity recorded. Only what is recorded becomes a line: the results are optional (an
activity from an older client has none), and a page of "not recorded" under every
activity would hide the few that matter. Evaluation "none" and rating "unknown" are the
defaults, indistinguishable from "not asked", so they are left out too; a caller whose
list comes back empty says "not recorded" once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from focalpoint.analysis.charts import FACTORS
from focalpoint.domain import Evaluation, OutcomeIndicator, PeopleReached, Sustainability
from focalpoint.vocabularies import EvaluationKind, Rating

#: What a page says, once, for an activity whose results list is empty.
NOT_RECORDED = "Not recorded"

Fact = tuple[str, str]


def count(value: int) -> str:
    return f"{value:,}"


def people_text(people: PeopleReached) -> str:
    """``120: 40 women, 60 men, 20 not recorded`` — or ``120 (no split by sex recorded)``."""
    if people.total is None:
        return ""
    parts = [f"{count(n)} {word}" for n, word in ((people.women, "women"),
                                                 (people.men, "men"),
                                                 (people.not_recorded, "not recorded"))
             if n is not None]
    if not parts:
        return f"{count(people.total)} (no split by sex recorded)"
    return f"{count(people.total)}: {', '.join(parts)}"


def results_facts(people: PeopleReached, indicators: list[OutcomeIndicator],
                  evaluation: Evaluation, sustainability: Sustainability) -> list[Fact]:
    """``(label, text)`` for each recorded result, in the editor's order."""
    facts: list[Fact] = []
    if people.recorded:
        facts.append(("People reached", people_text(people)))
    if indicators:
        facts.append(("Outcome indicators", "; ".join(
            f"{indicator.name}: {count(indicator.value)}" for indicator in indicators)))
    if evaluation.kind != EvaluationKind.NONE:
        when = f", {evaluation.date.isoformat()}" if evaluation.date else ""
        facts.append(("Evaluation", f"{evaluation.kind.label}{when}"))
        if evaluation.finding.strip():
            facts.append(("Main finding", evaluation.finding.strip()))
    for name, label in FACTORS:  # recommendation 8's order, as the Analysis names them
        factor = sustainability.factor(name)
        note = factor.note.strip()
        if factor.rating == Rating.UNKNOWN and not note:
            continue
        facts.append((label, f"{factor.rating.label} — {note}" if note else factor.rating.label))
    return facts


def activity_results(activity: Any) -> list[Fact]:
    """:func:`results_facts` of a domain :class:`~focalpoint.domain.Activity`."""
    return results_facts(activity.people_reached, activity.outcome_indicators,
                         activity.evaluation, activity.sustainability)


def record_results(record: Mapping[str, Any]) -> list[Fact]:
    """:func:`results_facts` of an activity as JSON (what the Secretariat received).

    A part that is absent (an older client) counts as not recorded; a part that does not
    read as this version's model is shown as received rather than dropped, so nothing a
    mission sent is hidden from the Secretariat.
    """
    facts: list[Fact] = []
    raw: list[Fact] = []
    parts: dict[str, Any] = {}
    models: tuple[tuple[str, str, Any], ...] = (
        ("people_reached", "People reached", PeopleReached),
        ("evaluation", "Evaluation", Evaluation),
        ("sustainability", "Sustainability", Sustainability),
    )
    for key, label, model in models:
        value = record.get(key)
        try:
            parts[key] = model.model_validate(value or {})
        except ValidationError:
            parts[key] = model()
            raw.append((label, str(value)))
    indicators: list[OutcomeIndicator] = []
    try:
        indicators = [OutcomeIndicator.model_validate(item)
                      for item in record.get("outcome_indicators") or []]
    except (ValidationError, TypeError):
        raw.append(("Outcome indicators", str(record.get("outcome_indicators"))))
    facts = results_facts(parts["people_reached"], indicators, parts["evaluation"],
                          parts["sustainability"])
    return facts + raw
