"""Questionnaire responses: drafts that autosave, and submitted immutable snapshots.

A submitted response is frozen twice: the repository refuses to change it, and SQLite
triggers refuse any UPDATE or DELETE of a submitted row, so no code path can alter what was
sent to the Secretariat. The snapshot taken at submission holds the response and the full
activities of its period as they were at that moment.
"""

from __future__ import annotations

import builtins
import json
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from focalpoint.catalogue import Catalogue
from focalpoint.domain import QuestionnaireResponse, new_id
from focalpoint.storage.activities import ActivityFilter, ActivityRepository, NotFound
from focalpoint.storage.database import utc_now
from focalpoint.storage.history import (
    Author,
    History,
    Version,
    diff,
    flatten_response,
    remote_author,
    unflatten_response,
)
from focalpoint.storage.outbox import delete_with_change, record_change
from focalpoint.validation import parse, validate_response
from focalpoint.vocabularies import ResponseStatus


class ResponseLocked(ValueError):
    """The response was submitted and can no longer change."""


class ResponseRepository:
    def __init__(
        self, db: sqlite_utils.Database, catalogue: Catalogue, activities: ActivityRepository
    ) -> None:
        self.db = db
        self.catalogue = catalogue
        self.activities = activities
        self.history = History(db)

    def list(self) -> builtins.list[QuestionnaireResponse]:
        rows = self.db.query("SELECT data FROM responses ORDER BY period_start DESC, id")
        return [QuestionnaireResponse.model_validate_json(row["data"]) for row in rows]

    def get(self, response_id: str) -> QuestionnaireResponse:
        row = self.db.execute("SELECT data FROM responses WHERE id = ?", [response_id]).fetchone()
        if row is None:
            raise NotFound(f"no questionnaire response with id {response_id}")
        return QuestionnaireResponse.model_validate_json(row[0])

    def latest(self) -> QuestionnaireResponse | None:
        row = self.db.execute(
            # rowid last: a draft reopened from a returned response in the same second as
            # its submission is still the newer one.
            "SELECT data FROM responses ORDER BY period_end DESC, updated_at DESC, rowid DESC "
            "LIMIT 1"
        ).fetchone()
        return QuestionnaireResponse.model_validate_json(row[0]) if row else None

    def snapshot(self, response_id: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT snapshot FROM responses WHERE id = ?", [response_id]
        ).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def save_draft(self, data: QuestionnaireResponse | dict[str, Any]) -> QuestionnaireResponse:
        """Create or update a draft. Refuses to touch a submitted response."""
        response = validate_response(data, self.catalogue)
        if response.status != ResponseStatus.DRAFT:
            raise ResponseLocked("only a draft can be saved; use submit() to submit it")
        with self.db.atomic():
            self._refuse_if_submitted(response.id)
            self._write(response, snapshot=None)
        return response

    def submit(self, response_id: str, when: datetime | None = None) -> QuestionnaireResponse:
        """Freeze the response with a snapshot of its period's activities, and queue it."""
        with self.db.atomic():
            draft = self.get(response_id)
            self._refuse_if_submitted(response_id)
            submitted = draft.model_copy(
                update={
                    "status": ResponseStatus.SUBMITTED,
                    "submitted_at": (when or datetime.now(UTC)).replace(microsecond=0),
                }
            )
            period = ActivityFilter(
                period_start=submitted.period_start.isoformat(),
                period_end=submitted.period_end.isoformat(),
            )
            snapshot = {
                "response": submitted.model_dump(mode="json"),
                "activities": [a.model_dump(mode="json") for a in self.activities.list(period)],
                "catalogue_version": self.catalogue.version,
            }
            self._write(submitted, snapshot=snapshot)
        return submitted

    def versions(self, response_id: str) -> builtins.list[Version]:
        """The response's recorded versions (Part 1 fields, Part 2 entries), newest first."""
        return self.history.versions("response", response_id)

    def restore_version(self, response_id: str, version_id: int) -> QuestionnaireResponse:
        """Make the draft what it was right after ``version_id`` (0: before its oldest
        recorded version): a normal save, with its outbox row and a version of its own
        (so the restore itself can be undone). A submitted response is refused."""
        with self.db.atomic():
            self._refuse_if_submitted(response_id)
            current = self._stored(response_id)
            if current is None:
                raise NotFound(f"no questionnaire response with id {response_id}")
            versions = self.history.versions("response", response_id)
            if version_id and version_id not in {v.id for v in versions}:
                raise NotFound(f"questionnaire response {response_id} has no version "
                               f"{version_id}")
            state = unflatten_response(
                self.history.state_after(flatten_response(current), versions, version_id))
            state.update(id=response_id, status=ResponseStatus.DRAFT, submitted_at=None)
            response = validate_response(state, self.catalogue)
            self._write(response, snapshot=None, restored_from=version_id)
        return response

    def revision_of(self, response_id: str) -> QuestionnaireResponse | None:
        """The response that revises ``response_id`` (its next version), if any."""
        row = self.db.execute(
            "SELECT data FROM responses WHERE json_extract(data, '$.revises') = ? "
            "ORDER BY rowid DESC LIMIT 1", [response_id]).fetchone()
        return QuestionnaireResponse.model_validate_json(row[0]) if row else None

    def reopen(self, response_id: str) -> QuestionnaireResponse | None:
        """A new draft derived from the snapshot of a returned response (which stays as it
        is); None if the response is unknown, not submitted, or already reopened."""
        with self.db.atomic():
            snapshot = self.snapshot(response_id)
            row = self.db.execute("SELECT status FROM responses WHERE id = ?",
                                  [response_id]).fetchone()
            if snapshot is None or row is None or row[0] != ResponseStatus.SUBMITTED:
                return None
            if self.revision_of(response_id) is not None:
                return None
            submitted = QuestionnaireResponse.model_validate(snapshot["response"])
            draft = submitted.model_copy(update={
                "id": new_id(), "status": ResponseStatus.DRAFT, "submitted_at": None,
                "revises": response_id})
            return self.save_draft(draft.model_dump(mode="json"))

    def delete_draft(self, response_id: str) -> None:
        with self.db.atomic():
            self._refuse_if_submitted(response_id)
            old = self._stored(response_id)
            if old is not None:
                self.history.record(
                    "response", [(response_id, "delete", diff(flatten_response(old), None))]
                )
            if not delete_with_change(
                self.db, "responses", "response", response_id, self.catalogue.version
            ):
                raise NotFound(f"no questionnaire response with id {response_id}")

    def _refuse_if_submitted(self, response_id: str) -> None:
        row = self.db.execute("SELECT status FROM responses WHERE id = ?", [response_id]).fetchone()
        if row and row[0] == ResponseStatus.SUBMITTED:
            raise ResponseLocked("this questionnaire response was submitted and cannot be changed")

    def _stored(self, response_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT data FROM responses WHERE id = ?", [response_id]).fetchone()
        return json.loads(row[0]) if row else None

    def apply_remote(self, payload: dict[str, Any], device_id: str) -> bool:
        """Take a response as the service holds it (``{"response": ...}``, or the snapshot
        of a submitted one); no outbox row. A response submitted here stays as it is
        (False). Caller holds the transaction (one per feed page)."""
        response = parse(QuestionnaireResponse, payload.get("response"))
        row = self.db.execute("SELECT status FROM responses WHERE id = ?",
                              [response.id]).fetchone()
        if row and row[0] == ResponseStatus.SUBMITTED:
            return False
        snapshot = payload if response.status == ResponseStatus.SUBMITTED else None
        self._write(response, snapshot=snapshot, remote=remote_author(device_id))
        return True

    def remove_remote(self, response_id: str, device_id: str) -> bool:
        """Delete a draft another device deleted (no outbox row); False if absent or
        submitted here."""
        old = self._stored(response_id)
        if old is None or old.get("status") == ResponseStatus.SUBMITTED:
            return False
        self.history.record("response", [(response_id, "delete",
                                          diff(flatten_response(old), None))],
                            who=remote_author(device_id))
        self.db.execute("DELETE FROM responses WHERE id = ?", [response_id])
        return True

    def _write(self, response: QuestionnaireResponse, snapshot: dict[str, Any] | None,
               remote: Author | None = None, restored_from: int | None = None) -> None:
        data = response.model_dump(mode="json")
        old = self._stored(response.id)
        self.history.record(
            "response",
            [
                (
                    response.id,
                    "create" if old is None else "update" if restored_from is None
                    else "restore",
                    {} if old is None else diff(flatten_response(old), flatten_response(data)),
                )
            ],
            # a draft's autosave (not a submission, another device's state or a restore)
            coalesce=snapshot is None and remote is None and restored_from is None,
            who=remote,
            restored_from=restored_from,
        )
        snapshot_text = json.dumps(snapshot, ensure_ascii=False) if snapshot else None
        self.db.execute(
            "INSERT INTO responses (id, period_start, period_end, status, submitted_at, data, "
            "snapshot, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET period_start = excluded.period_start, "
            "period_end = excluded.period_end, status = excluded.status, "
            "submitted_at = excluded.submitted_at, data = excluded.data, "
            "snapshot = excluded.snapshot, updated_at = excluded.updated_at",
            [
                response.id,
                data["period_start"],
                data["period_end"],
                data["status"],
                data["submitted_at"],
                json.dumps(data, ensure_ascii=False),
                snapshot_text,
                utc_now(),
            ],
        )
        if remote is not None:
            return
        payload = snapshot if snapshot is not None else {"response": data}
        record_change(self.db, "response", response.id, "upsert", payload, self.catalogue.version)
