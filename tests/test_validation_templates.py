"""Problems keep their wording apart from their values; the English text is unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from focalpoint.catalogue import load_catalogue
from focalpoint.domain import MissionProfile, RuleError
from focalpoint.validation import (
    TEMPLATES,
    InvalidRecord,
    Problem,
    parse,
    validate_activity,
    validate_response,
)

CATALOGUE = load_catalogue()
BASE = {"title": "T", "activity_type": "training", "task_codes": ["III.12.1"]}
LINE = {"source": "extrabudgetary", "amount": "5"}


def _activity_problems(**changes: Any) -> list[Problem]:
    with pytest.raises(InvalidRecord) as caught:
        validate_activity({**BASE, **changes}, CATALOGUE)
    return caught.value.problems


def _response_problems(**changes: Any) -> list[Problem]:
    data = {"period_start": "2025-01-01", "period_end": "2025-12-31", **changes}
    with pytest.raises(InvalidRecord) as caught:
        validate_response(data, CATALOGUE)
    return caught.value.problems


# (field, exact English message) as the CLI and the Secretariat have always shown them.
ACTIVITY_CASES: list[tuple[dict[str, Any], str, str]] = [
    ({"title": "   "}, "title", "must not be empty"),
    ({"title": "x" * 301}, "title", "is longer than 300 characters"),
    ({"task_codes": []}, "task_codes", "needs at least one entry"),
    ({"task_codes": ["x"] * 101}, "task_codes", "has more than 100 entries"),
    ({"task_codes": ["III.99.9"]}, "task_codes[0]", "unknown Action Plan task code 'III.99.9'"),
    ({"funding": [{**LINE, "source": "x"}]}, "funding[0].source",
     "'x' is not one of: 'unified_budget' or 'extrabudgetary'"),
    ({"start_date": "2005-13-01"}, "start_date",
     "'2005-13-01' is not a valid date (use YYYY-MM-DD)"),
    ({"start_date": "2005-06-01", "end_date": "2005-05-31"}, "end_date",
     "2005-05-31 is before the start date 2005-06-01"),
    ({"colour": "red"}, "colour", "is not a known field"),
    ({"id": "nope"}, "id", "must be a UUID such as 3f2b8c1e-..."),
    ({"title": 5}, "title", "must be text, not int"),
    ({"locations": "abc"}, "locations", "must be a list, not str"),
    ({"funding": ["abc"]}, "funding[0]", "must be an object, not str"),
    ({"funding": [{**LINE, "amount": "-5"}]}, "funding[0].amount",
     "must not be negative (got -5)"),
    ({"funding": [{**LINE, "amount": "lots"}]}, "funding[0].amount", "'lots' is not a number"),
    ({"funding": [{**LINE, "amount": "1.234"}]}, "funding[0].amount",
     "'1.234' has too many digits (at most 2 decimals)"),
    ({"funding": [{**LINE, "currency": "euro"}]}, "funding[0].currency",
     "'EURO' does not have the expected form (^[A-Z]{3}$)"),
    ({"funding": [{"amount": "5"}]}, "funding[0].source", "is required"),
    ({"people_reached": {"total": 3, "women": 2, "men": 2}}, "people_reached",
     "women, men and not recorded add up to 4, more than the total 3"),
    ({"people_reached": {"men": 2}}, "people_reached.total",
     "is required when women, men or not recorded are given"),
    ({"outcome_indicators": [{"name": "cases", "value": 1}, {"name": "cases", "value": 2}]},
     "outcome_indicators[1].name", "'cases' appears more than once"),
    ({"evaluation": {"date": "2005-01-01"}}, "evaluation.kind",
     "is 'none' but a date or main finding is given (choose internal or external)"),
]


@pytest.mark.parametrize(("changes", "field", "message"), ACTIVITY_CASES)
def test_english_messages_are_unchanged(changes: dict[str, Any], field: str,
                                        message: str) -> None:
    found = {p.field: p for p in _activity_problems(**changes)}
    assert found[field].message == message
    assert str(found[field]) == f"{field}: {message}"


def _all_problems() -> list[Problem]:
    problems = [p for changes, _, _ in ACTIVITY_CASES for p in _activity_problems(**changes)]
    problems += _response_problems(period_end="2024-01-01")
    problems += _response_problems(task_entries=[{"task_code": "III.12.1"}] * 2)
    problems += _response_problems(task_entries=[{"task_code": "Z"}])
    problems += _response_problems(staff_posts=[
        {"year": 1980, "source": "unified_budget", "post": "x", "count": "20000"}])
    return problems


def test_every_problem_has_a_listed_template_that_gives_its_message() -> None:
    problems = _all_problems()
    for problem in problems:
        assert problem.template in TEMPLATES, problem
        assert problem.template.format(**problem.values) == problem.message
    assert {p.template for p in problems} >= set(TEMPLATES) - {
        "needs at least {min_length} entries", "must have at least {min_length} characters",
        "must be greater than {limit}", "must be less than {limit}"}


def test_cross_field_and_range_messages_are_unchanged() -> None:
    found = {str(p) for p in _all_problems()}
    assert "period_end: 2024-01-01 is before the period start 2025-01-01" in found
    assert "task_entries: more than one entry for the same task" in found
    assert "task_entries[0].task_code: unknown Action Plan task code 'Z'" in found
    assert "staff_posts[0].year: must be greater than or equal to 1990" in found
    assert "staff_posts[0].count: must be less than or equal to 10000" in found


def test_problems_compare_by_field_and_message() -> None:
    built = Problem.of("title", "must not be empty")
    assert built == Problem("title", "must not be empty")
    assert hash(built) == hash(Problem("title", "must not be empty"))
    assert Problem("x", "free text").template == ""


def test_rule_error_reads_as_before() -> None:
    error = RuleError("{end} is before the start date {start}", "end_date",
                      end="2005-05-31", start="2005-06-01")
    assert str(error) == "end_date: 2005-05-31 is before the start date 2005-06-01"
    assert isinstance(error, ValueError)


def test_mission_profile_problems_keep_their_wording() -> None:
    with pytest.raises(InvalidRecord) as caught:
        parse(MissionProfile, {"code": "a", "name": ""})
    assert [str(p) for p in caught.value.problems] == [
        "code: 'A' does not have the expected form (^[A-Z0-9][A-Z0-9_-]{1,31}$)",
        "name: must not be empty",
    ]
