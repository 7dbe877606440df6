"""Field-level views of synced entities, shared by the desktop store and the Secretariat.

Why a module of its own: the desktop's edit history (:mod:`focalpoint.storage.history`),
the Secretariat's history of received versions and the three-way merge of sync protocol 3
(:mod:`focalpoint.merge`) must agree exactly on what "a field" of an activity or of a
questionnaire response is. A response is compared per Part 1 field and per Part 2 entry
field (``task_entries/III.12.1/comment``), an activity per top-level field. Plain Python,
no store and no Qt, so both sides import it.
"""

from __future__ import annotations

from typing import Any

from focalpoint import questionnaire_text

Changes = dict[str, list[Any]]  # field -> [old, new]

ENTRY_PREFIX = "task_entries/"


def diff(old: dict[str, Any] | None, new: dict[str, Any] | None) -> Changes:
    """The fields whose values differ, ``{field: [old, new]}`` (absent = None)."""
    old, new = old or {}, new or {}
    changes: Changes = {}
    for key in sorted(set(old) | set(new)):
        if key == "id":
            continue
        before, after = old.get(key), new.get(key)
        if before != after:
            changes[key] = [before, after]
    return changes


def activity_changes(old: dict[str, Any], new: dict[str, Any]) -> Changes:
    """:func:`diff` of two activities; the same tasks in another order are no change."""
    if sorted(old.get("task_codes") or []) == sorted(new.get("task_codes") or []):
        new = {**new, "task_codes": old.get("task_codes")}
    return diff(old, new)


def flatten_response(data: dict[str, Any] | None) -> dict[str, Any]:
    """A response as flat fields: Part 1 as they are, each Part 2 entry's fields under
    ``task_entries/<task code>/<field>``, so a version names the entry that changed."""
    if not data:
        return {}
    flat = {key: value for key, value in data.items() if key != "task_entries"}
    for entry in data.get("task_entries") or []:
        code = entry.get("task_code", "")
        for key, value in entry.items():
            if key != "task_code":
                flat[f"{ENTRY_PREFIX}{code}/{key}"] = value
    return flat


def unflatten_response(flat: dict[str, Any]) -> dict[str, Any]:
    """The inverse of :func:`flatten_response` (entries in task-code order)."""
    data: dict[str, Any] = {}
    entries: dict[str, dict[str, Any]] = {}
    for key, value in flat.items():
        if key.startswith(ENTRY_PREFIX):
            code, _, field = key[len(ENTRY_PREFIX) :].rpartition("/")
            if value is not None:
                entries.setdefault(code, {"task_code": code})[field] = value
        elif value is not None:
            data[key] = value
    data["task_entries"] = [entries[code] for code in sorted(entries)]
    return data


#: An activity's fields in English, as the Secretariat's activity page names them in "As
#: received" (its history uses them; the desktop words its own in ``ui/field_text.py``).
ACTIVITY_LABELS = {
    "title": "Title", "activity_type": "Type", "status": "Status",
    "recurrence": "Recurrence", "start_date": "Start date", "end_date": "End date",
    "locations": "Locations", "partners": "Partners", "audiences": "Target audiences",
    "forms": "Forms of trafficking", "description": "Description", "funding": "Funding",
    "outcome": "Outcome / evaluation", "task_codes": "Action Plan tasks",
    "people_reached": "People reached", "outcome_indicators": "Outcome indicators",
    "evaluation": "Evaluation", "sustainability": "Sustainability",
}
#: A questionnaire response's Part 1 fields (the questions' titles as the PDF prints them).
RESPONSE_LABELS = {
    **{question.field: question.title for question in questionnaire_text.NARRATIVE},
    "staff_posts": questionnaire_text.STAFF_TITLE,
    "budget_lines": questionnaire_text.BUDGET_TITLE,
    "respondent_name": "Respondent name", "respondent_post": "Respondent post",
    "status": "Status", "submitted_at": "Submitted", "period_start": "Period start",
    "period_end": "Period end", "revises": "Revises the returned response",
}
#: A Part 2 entry's fields (``task_entries/<code>/<field>``).
ENTRY_LABELS = {"status": "Implementation status",
                "comment": "How the mission implemented the task",
                "challenges": "Challenges"}
#: Fields that hold a moment (ISO 8601), shown as the pages show times.
TIME_FIELDS = frozenset({"submitted_at"})


def _plain(name: str) -> str:
    return name.replace("_", " ").capitalize()


def activity_label(name: str) -> str:
    """``start_date`` as "Start date"; an unknown field in plain words."""
    return ACTIVITY_LABELS.get(name, _plain(name))


def response_label(name: str) -> str:
    """``task_entries/III.10.2/comment`` as "III.10.2 — How the mission implemented the
    task", ``goal_setting`` as "1.1 Goal setting"."""
    if name.startswith(ENTRY_PREFIX):
        code, _, field = name[len(ENTRY_PREFIX):].rpartition("/")
        return f"{code} — {ENTRY_LABELS.get(field, field.replace('_', ' '))}"
    return RESPONSE_LABELS.get(name, _plain(name))
