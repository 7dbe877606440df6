"""Validation messages name the field and say what is wrong, in words."""

from __future__ import annotations

from typing import Any

import pytest

from focalpoint.catalogue import load_catalogue
from focalpoint.domain import Activity, QuestionnaireResponse
from focalpoint.validation import InvalidRecord, validate_activity, validate_response

CATALOGUE = load_catalogue()


def activity(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "Training for border police on victim identification",
        "activity_type": "training",
        "task_codes": ["III.12.1"],
    }
    data.update(changes)
    return data


def problems(**changes: Any) -> dict[str, str]:
    with pytest.raises(InvalidRecord) as caught:
        validate_activity(activity(**changes), CATALOGUE)
    return {p.field: p.message for p in caught.value.problems}


def test_valid_activity_gets_a_uuid_and_canonical_task_codes() -> None:
    result = validate_activity(activity(task_codes=["7.2", "VI.15.1", "IV.7.2"]), CATALOGUE)
    assert result.task_codes == ["IV.7.2", "V.15.1"]
    assert len(result.id) == 36


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"title": "   "}, "title", "must not be empty"),
        ({"title": "x" * 301}, "title", "longer than 300 characters"),
        ({"description": "x" * 20_001}, "description", "longer than 20000 characters"),
        ({"task_codes": []}, "task_codes", "at least one entry"),
        ({"task_codes": ["III.99.9"]}, "task_codes[0]", "unknown Action Plan task code 'III.99.9'"),
        ({"activity_type": "picnic"}, "activity_type", "'picnic' is not one of"),
        ({"start_date": "2005-13-01"}, "start_date", "not a valid date"),
        (
            {"start_date": "2005-06-01", "end_date": "2005-05-31"},
            "end_date",
            "2005-05-31 is before the start date 2005-06-01",
        ),
        (
            {"funding": [{"source": "extrabudgetary", "amount": "-5", "currency": "EUR"}]},
            "funding[0].amount",
            "must not be negative",
        ),
        (
            {"funding": [{"source": "extrabudgetary", "amount": "5", "currency": "euro"}]},
            "funding[0].currency",
            "expected form",
        ),
        ({"colour": "red"}, "colour", "not a known field"),
        ({"id": "not-a-uuid"}, "id", "must be a UUID"),
        ({"audiences": ["police", "aliens"]}, "audiences[1]", "'aliens' is not one of"),
    ],
)
def test_problem_names_field_and_says_what_is_wrong(
    changes: dict[str, Any], field: str, words: str
) -> None:
    found = problems(**changes)
    assert field in found, found
    assert words in found[field]


def test_every_problem_is_reported_at_once() -> None:
    found = problems(title="", activity_type="picnic", task_codes=["nope"])
    assert {"title", "activity_type"} <= set(found)


def test_record_label_prefixes_message() -> None:
    with pytest.raises(InvalidRecord) as caught:
        validate_activity(activity(title=""), CATALOGUE, record="record 17")
    assert str(caught.value) == "record 17: title: must not be empty"


def test_tags_are_trimmed_and_deduplicated_case_insensitively() -> None:
    result = Activity.model_validate(activity(partners=[" IOM ", "iom", "La Strada"]))
    assert result.partners == ["IOM", "La Strada"]


def test_questionnaire_period_and_task_entries_are_checked() -> None:
    base = {"period_start": "2006-01-01", "period_end": "2005-12-31"}
    with pytest.raises(InvalidRecord) as caught:
        validate_response(base, CATALOGUE)
    assert caught.value.problems[0].field == "period_end"
    entries = {
        "period_start": "2005-01-01",
        "period_end": "2005-12-31",
        "task_entries": [{"task_code": "X.1.1"}],
    }
    with pytest.raises(InvalidRecord, match=r"task_entries\[0\].task_code: unknown"):
        validate_response(entries, CATALOGUE)
    twice = {
        "period_start": "2005-01-01",
        "period_end": "2005-12-31",
        "task_entries": [{"task_code": "III.9.1"}, {"task_code": "III.9.1"}],
    }
    with pytest.raises(InvalidRecord, match="task_entries: more than one entry"):
        validate_response(twice, CATALOGUE)


def test_budget_line_amount_cannot_be_negative() -> None:
    data = {
        "period_start": "2005-01-01",
        "period_end": "2005-12-31",
        "budget_lines": [
            {"year": 2005, "source": "unified_budget", "description": "Training", "amount": "-1"}
        ],
    }
    with pytest.raises(InvalidRecord, match=r"budget_lines\[0\].amount: must not be negative"):
        validate_response(data, CATALOGUE)
    assert QuestionnaireResponse.model_validate({**data, "budget_lines": []})
