"""An activity's history at the Secretariat: the versions received and its open conflicts.

Plain Python over the store (the activity page and its tests call it). A deleted activity
keeps its page: its versions are still stored, so the page says when and by which device
it was deleted and shows the last state received before (:meth:`ActivityHistory.record`).
Each version is shown as what changed against the one before it, field by field, with the same
:func:`focalpoint.fields.activity_changes` the desktop's History tab uses — so the two
sides describe one edit the same way (the same tasks in another order are no change).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from focalpoint.fields import TIME_FIELDS, Changes, activity_changes, activity_label
from focalpoint.secretariat.browsing import NotFoundError
from focalpoint.secretariat.store import ServiceStore, browse
from focalpoint.secretariat.store import versions as version_queries
from focalpoint.secretariat.store.versions import ConflictRow, VersionRow
from focalpoint.secretariat.timestamps import when

#: A value longer than this is cut on the page (the full text is in "As received").
SHOWN_LENGTH = 240
#: How much unchanged text is kept on each side of a difference in a long text.
CONTEXT_LENGTH = 60

#: A field's name as the page shows it ("start_date" → "Start date").
Labeller = Callable[[str], str]


@dataclass(frozen=True)
class FieldChange:
    """``summary``: for a list (partners, locations, tasks), what was added and removed —
    easier to read than two long lists. ``label``: the field as staff read it."""

    field: str
    old: str
    new: str
    summary: str = ""
    label: str = ""


def field_change(name: str, old: Any, new: Any, label: Labeller = activity_label) -> FieldChange:
    """The change of one field in words. Two long texts are shown around what differs
    (:func:`around_difference`): cut at the same length they would read the same."""
    summary = ""
    if isinstance(old, list | None) and isinstance(new, list) and all(
            isinstance(v, str) for v in [*(old or []), *new]):
        added = [v for v in new if v not in (old or [])]
        removed = [v for v in old or [] if v not in new]
        parts = ([f"added {'; '.join(added)}"] if added else []) + (
            [f"removed {'; '.join(removed)}"] if removed else [])
        summary = shown(", ".join(parts)) if parts else ""
    if name in TIME_FIELDS:
        before, after = when(old), when(new)
    else:
        before, after = around_difference(text_of(old), text_of(new))
    return FieldChange(name, before, after, summary, label(name))


def around_difference(old: str, new: str, limit: int = SHOWN_LENGTH,
                      context: int = CONTEXT_LENGTH) -> tuple[str, str]:
    """Two texts as the page shows them: as they are when both are short, else only what
    differs with ``context`` characters around it (cut at a space), "…" where cut."""
    if len(old) <= limit and len(new) <= limit:
        return old, new
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(old), len(new)) - prefix
           and old[-1 - suffix] == new[-1 - suffix]):
        suffix += 1
    start = max(0, prefix - context)
    if start > 0:
        space = old.find(" ", start, prefix)
        start = space + 1 if space != -1 else start

    def cut(text: str) -> str:
        end = len(text) - suffix
        stop = min(len(text), end + context)
        if stop < len(text):
            space = text.rfind(" ", end, stop)
            stop = space if space != -1 else stop
        middle, tail = text[start:stop], stop < len(text)
        if len(middle) > limit:
            middle, tail = middle[:limit - 1], True
        return ("…" if start > 0 else "") + middle + ("…" if tail else "")

    return cut(old), cut(new)


@dataclass(frozen=True)
class HistoryEntry:
    """One version as the page lists it; ``what``: created, changed, deleted, restored
    (a change after a delete brought it back) or unchanged (a merge that kept it all)."""

    version: int
    received_at: str
    device_id: str
    what: str
    changes: tuple[FieldChange, ...]
    imported: bool  # made by revision 0005 from what the store held before versions
    #: The fields (or "deleted") of a conflict this version opened.
    conflict: str = ""


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    opened_version: int
    opened_at: str
    deleted_by_device_id: str
    values: tuple[dict[str, Any], ...]


def text_of(value: Any) -> str:
    """A field value as text, whole: lists joined, objects as compact JSON, None as a dash."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def shown(value: Any) -> str:
    """:func:`text_of`, cut at ``SHOWN_LENGTH`` characters."""
    text = text_of(value)
    return text if len(text) <= SHOWN_LENGTH else text[:SHOWN_LENGTH - 1] + "…"


#: What changed between two states of an entity, field by field: ``{field: (old, new)}``.
Differ = Callable[[dict[str, Any], dict[str, Any]], Changes]


def entries(rows: Sequence[VersionRow], conflicts: Sequence[ConflictRow] = (),
            differ: Differ = activity_changes,
            label: Labeller = activity_label) -> list[HistoryEntry]:
    """The versions (oldest first) as history entries, newest first; ``differ`` compares
    two states (an activity's fields by default; a response's flattened fields) and
    ``label`` names their fields."""
    opened = {c.opened_version: ("deleted on one device" if c.kind == "delete" else
                                 ", ".join(label(v.get("field", "")) for v in c.values))
              for c in conflicts}
    found: list[HistoryEntry] = []
    previous: dict[str, Any] | None = None
    for row in rows:
        state = row.state
        changes: tuple[FieldChange, ...] = ()
        if state is None:
            what = "deleted"
        else:
            what = "created" if row.version == 1 else (
                "restored" if previous is None else "changed")
            diff = differ(previous or {}, state) if previous is not None else {}
            changes = tuple(field_change(name, old, new, label)
                            for name, (old, new) in diff.items())
            if what == "changed" and not changes:
                what = "unchanged"
        found.append(HistoryEntry(row.version, row.received_at, row.device_id, what, changes,
                                  imported=row.change_id is None,
                                  conflict=opened.get(row.version, "")))
        previous = state
    return list(reversed(found))


def conflict_view(row: ConflictRow) -> ConflictView:
    values = tuple({"field": activity_label(v.get("field", "")), "base": shown(v.get("base")),
                    "current": shown(v.get("current")),
                    "current_device_id": v.get("current_device_id", ""),
                    "incoming": shown(v.get("incoming")),
                    "incoming_device_id": v.get("incoming_device_id", "")}
                   for v in row.values)
    return ConflictView(row.id, row.kind, row.opened_version, row.opened_at,
                        row.deleted_by_device_id, values)


@dataclass(frozen=True)
class Deletion:
    """The version that deleted the activity: when it was received, from which device."""

    version: int
    received_at: str
    device_id: str


@dataclass(frozen=True)
class DeletedActivity:
    """A line of the mission page's deleted activities: its title before the deletion."""

    id: str
    title: str
    deletion: Deletion


@dataclass(frozen=True)
class ActivityRecord:
    """What the activity page shows. ``activity``: the stored activity, or for a deleted
    one the last state received before the deletion (``{"id"}`` alone if none was)."""

    activity: dict[str, Any]
    deleted: Deletion | None
    history: list[HistoryEntry]
    conflicts: list[ConflictView]


class ActivityHistory:
    def __init__(self, store: ServiceStore) -> None:
        self.store = store

    def deleted(self, code: str) -> list[DeletedActivity]:
        """The mission's deleted activities, newest deletion first (their pages keep their
        history)."""
        with self.store.read() as db:
            found = version_queries.deletions(db, code, "activity")
        return [DeletedActivity(row.entity_id, str((before or {}).get("title") or ""),
                                Deletion(row.version, row.received_at, row.device_id))
                for row, before in found]

    def record(self, code: str, activity_id: str) -> ActivityRecord:
        """The activity with its history, also after a deletion; NotFoundError only for
        an activity the mission never sent."""
        with self.store.read() as db:
            current = browse.activity(db, code, activity_id)
            rows = version_queries.history(db, code, "activity", activity_id)
            conflicts = version_queries.conflicts_of(db, code, "activity", activity_id)
        deleted = None
        if current is None:
            if not rows:
                raise NotFoundError(f"mission {code} has no activity {activity_id}")
            last = rows[-1]
            if last.state is None:
                deleted = Deletion(last.version, last.received_at, last.device_id)
            current = next((r.state for r in reversed(rows) if r.state is not None),
                           None) or {"id": activity_id}
        return ActivityRecord(current, deleted, entries(rows, conflicts),
                              [conflict_view(r) for r in conflicts if r.status == "open"])
