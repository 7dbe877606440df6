"""Field names and stored values in words, for every place that shows a field's versions:
the History tabs (activity, questionnaire) and the Conflicts view.

Why one module: a conflict's "this device / the other device" columns must name and show
a field exactly as the History tab does, so a person recognises it. Fields are the ones of
:mod:`focalpoint.fields`: an activity's top-level fields, a questionnaire response's Part 1
fields and Part 2 entry fields (``task_entries/III.12.1/comment``), the mission profile's.
The translation contexts stay those of the panels that first showed these words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from focalpoint import questionnaire_text as words
from focalpoint.fields import ENTRY_PREFIX
from focalpoint.ui.labels import label_for
from focalpoint.ui.numbers import format_amount
from focalpoint.vocabularies import (
    ActivityStatus,
    ActivityType,
    FundingSource,
    ImplementationStatus,
    Recurrence,
    ResponseStatus,
    TargetAudience,
    TraffickingForm,
)

translate = QCoreApplication.translate

ACTIVITY_VOCABULARIES: dict[str, Any] = {
    "activity_type": ActivityType,
    "status": ActivityStatus,
    "recurrence": Recurrence,
    "audiences": TargetAudience,
    "forms": TraffickingForm,
}


def _plain(field: str) -> str:
    return field.replace("_", " ").capitalize()


def field_name(entity_type: str, field: str) -> str:
    """"Title", "1.2 Priorities", "III.11.1 — Challenges", "Focal point's name"."""
    if entity_type == "response":
        return _response_field(field)
    if entity_type == "mission":
        return _mission_field(field)
    return _activity_field(field)


def value_text(entity_type: str, field: str, value: Any) -> str:
    """A stored value as the forms show it ("—" for nothing)."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if entity_type == "response":
        return _response_value(field, value)
    if entity_type == "mission" and isinstance(value, bool):
        return translate("FieldText", "Yes") if value else translate("FieldText", "No")
    return _activity_value(field, value)


def _activity_field(field: str) -> str:
    names = {
        "title": translate("HistoryPanel", "Title"),
        "activity_type": translate("HistoryPanel", "Type"),
        "status": translate("HistoryPanel", "Status"),
        "recurrence": translate("HistoryPanel", "Recurrence"),
        "start_date": translate("HistoryPanel", "Start date"),
        "end_date": translate("HistoryPanel", "End date"),
        "locations": translate("HistoryPanel", "Locations"),
        "partners": translate("HistoryPanel", "Partners"),
        "audiences": translate("HistoryPanel", "Audiences"),
        "forms": translate("HistoryPanel", "Forms of trafficking"),
        "description": translate("HistoryPanel", "Description"),
        "funding": translate("HistoryPanel", "Funding"),
        "outcome": translate("HistoryPanel", "Evaluation / outcome"),
        "task_codes": translate("HistoryPanel", "Action Plan tasks"),
        "people_reached": translate("HistoryPanel", "People reached"),
        "outcome_indicators": translate("HistoryPanel", "Outcome indicators"),
        "evaluation": translate("HistoryPanel", "Evaluation"),
        "sustainability": translate("HistoryPanel", "Sustainability"),
    }
    return names.get(field, _plain(field))


def _activity_value(field: str, value: Any) -> str:
    vocabulary = ACTIVITY_VOCABULARIES.get(field)
    if field == "funding" and isinstance(value, list):
        lines = []
        for line in value:
            source = label_for(FundingSource, str(line.get("source", "")))
            parts = [source, line.get("donor") or "", line.get("amount") or "",
                     line.get("currency") or ""]
            lines.append(" ".join(str(p) for p in parts if p))
        return "\n".join(lines)
    if isinstance(value, dict):  # e.g. people reached, evaluation
        return "; ".join(f"{key.replace('_', ' ')}: {_activity_value(key, item)}"
                         for key, item in value.items() if item not in (None, "", [], {}))
    if isinstance(value, list):
        items = [_activity_value(field, v) if isinstance(v, dict)
                 else label_for(vocabulary, str(v)) if vocabulary else str(v)
                 for v in value]
        return ", ".join(items)
    if vocabulary is not None:
        return label_for(vocabulary, str(value))
    return str(value)


def _response_field(field: str) -> str:
    if field.startswith(ENTRY_PREFIX):
        code, _, part = field[len(ENTRY_PREFIX):].rpartition("/")
        entry = {
            "status": translate("ResponseHistoryPanel", "Implementation status"),
            "comment": translate("ResponseHistoryPanel", "How the mission implemented the task"),
            "challenges": translate("ResponseHistoryPanel", "Challenges"),
        }.get(part, part.replace("_", " "))
        return translate("ResponseHistoryPanel", "%1 — %2").replace("%1", code).replace(
            "%2", entry)
    names = {q.field: translate(words.CONTEXT, q.title) for q in words.NARRATIVE}
    names.update({
        "staff_posts": translate(words.CONTEXT, words.STAFF_TITLE),
        "budget_lines": translate(words.CONTEXT, words.BUDGET_TITLE),
        "respondent_name": translate("ResponseHistoryPanel", "Respondent name"),
        "respondent_post": translate("ResponseHistoryPanel", "Respondent post"),
        "status": translate("ResponseHistoryPanel", "Status"),
        "submitted_at": translate("ResponseHistoryPanel", "Submitted"),
        "period_start": translate("ResponseHistoryPanel", "Period start"),
        "period_end": translate("ResponseHistoryPanel", "Period end"),
        "revises": translate("ResponseHistoryPanel", "Revises the returned response"),
    })
    return names.get(field, _plain(field))


def _response_value(field: str, value: Any) -> str:
    if field.endswith("/status") or field == "status":
        vocabulary = ImplementationStatus if field.startswith(ENTRY_PREFIX) else ResponseStatus
        return label_for(vocabulary, str(value))
    if field in ("staff_posts", "budget_lines") and isinstance(value, list):
        return "\n".join(_line(field, line) for line in value if isinstance(line, dict))
    return _activity_value(field, value)


def _line(field: str, line: dict[str, Any]) -> str:
    source = label_for(FundingSource, str(line.get("source", "")))
    if field == "staff_posts":
        parts = [str(line.get("year", "")), source, str(line.get("post", "")),
                 "× " + format_amount(str(line.get("count", "")))]
    else:
        parts = [str(line.get("year", "")), source, str(line.get("description", "")),
                 format_amount(str(line.get("amount", ""))), str(line.get("currency", ""))]
    return " ".join(p for p in parts if p.strip())


def _mission_field(field: str) -> str:
    names = {
        "code": translate("FieldText", "Mission code"),
        "name": translate("FieldText", "Mission name"),
        "focal_point_name": translate("FieldText", "Focal point's name"),
        "focal_point_post": translate("FieldText", "Focal point's post"),
        "is_field_operation": translate("FieldText", "Field operation"),
    }
    return names.get(field, _plain(field))
