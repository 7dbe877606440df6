"""A questionnaire response's history at the Secretariat: every version received.

Why on the response page: the service keeps each version of a response it receives (its
drafts, merges of two devices' drafts, the submission) in ``entity_versions``, as it does
for activities; staff see what changed in each, per Part 1 field and per Part 2 entry
field (the names :func:`focalpoint.fields.flatten_response` gives them, which the merge and
the conflicts use too, in the words of :func:`focalpoint.fields.response_label`), and which
version was the submission. Plain Python over the store, like
:mod:`focalpoint.secretariat.activity_history`, whose entries it reuses.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from focalpoint.fields import Changes, diff, flatten_response, response_label
from focalpoint.secretariat.activity_history import HistoryEntry, entries
from focalpoint.secretariat.store import ServiceStore
from focalpoint.secretariat.store import versions as version_queries


def response_changes(old: dict[str, Any], new: dict[str, Any]) -> Changes:
    """What changed in the response itself (a submission's activity snapshot aside)."""
    return diff(flatten_response(old.get("response")), flatten_response(new.get("response")))


def _status(state: dict[str, Any] | None) -> str:
    return str(((state or {}).get("response") or {}).get("status") or "")


class ResponseHistory:
    def __init__(self, store: ServiceStore) -> None:
        self.store = store

    def history(self, code: str, response_id: str) -> list[HistoryEntry]:
        """The versions received, newest first; the one that submitted it says so."""
        with self.store.read() as db:
            rows = version_queries.history(db, code, "response", response_id)
            conflicts = version_queries.conflicts_of(db, code, "response", response_id)
        found = entries(rows, conflicts, differ=response_changes, label=response_label)
        statuses = [_status(row.state) for row in rows]
        submitted = {rows[i].version for i, status in enumerate(statuses)
                     if status == "submitted" and (i == 0 or statuses[i - 1] != "submitted")}
        return [replace(entry, what="submitted") if entry.version in submitted else entry
                for entry in found]
