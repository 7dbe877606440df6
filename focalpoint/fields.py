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
