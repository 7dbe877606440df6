"""The shared field views: the desktop history and the Secretariat merge use one module."""

from __future__ import annotations

from focalpoint import fields
from focalpoint.storage import history


def test_history_uses_the_shared_field_functions() -> None:
    assert history.diff is fields.diff
    assert history.flatten_response is fields.flatten_response
    assert history.unflatten_response is fields.unflatten_response


def test_flatten_round_trip_and_diff_per_entry_field() -> None:
    response = {
        "period": "2026",
        "goal_setting": "Goals",
        "task_entries": [
            {"task_code": "III.10.2", "status": "ongoing", "comment": "a"},
            {"task_code": "IV.3.1", "status": "done"},
        ],
    }
    flat = fields.flatten_response(response)
    assert flat["task_entries/III.10.2/comment"] == "a"
    assert fields.unflatten_response(flat) == response
    changed = {**flat, "task_entries/III.10.2/comment": "b"}
    assert fields.diff(flat, changed) == {"task_entries/III.10.2/comment": ["a", "b"]}


def test_activity_changes_ignores_task_order() -> None:
    old = {"id": "x", "title": "T", "task_codes": ["III.1", "IV.2"]}
    assert fields.activity_changes(old, {**old, "task_codes": ["IV.2", "III.1"]}) == {}
    assert fields.activity_changes(old, {**old, "title": "U"}) == {"title": ["T", "U"]}
