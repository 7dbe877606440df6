"""Applying a batch: validate each change, then record the whole batch in one transaction.

Order of work, and why:

1. Every change is validated *before* the transaction (pure work, no lock held), with the
   domain models and the catalogue version the change was made against. A bad change gets
   a rejection naming the change and the field; it never blocks the others.
2. The write transaction first takes the mission's lock (PostgreSQL: a row lock on the
   mission; SQLite: ``BEGIN IMMEDIATE``), then ``INSERT INTO batches``: the PRIMARY KEY
   ``(mission_code, batch_id)`` decides whether this post is the first one; a second post
   (a retry after a lost response, or two concurrent posts) hits the constraint and gets
   the stored acknowledgement — never a second application. Same id with different
   content is a conflict (409). Batch ids are per mission: another mission's ids are
   neither visible nor in the way.
3. Changes are applied in ``seq`` order. Per entity, the service remembers the device and
   the ``seq`` it last applied: a change with a lower or equal ``seq`` from the same device
   is a replay of something older and is acknowledged as accepted but not applied. A change
   id seen before (a restored client backup) is likewise accepted without applying. Gaps
   in ``seq`` are normal: the client coalesces edits and only the newest survives.
4. Every applied change makes a new version of its entity (``entity_versions``, protocol
   1 and 2 changes too), numbered in the mission's feed (``server_seq``). A protocol 3
   change names the version it was made on (``base_version``); :func:`focalpoint.merge.
   decide` says whether it fast-forwards or merges with another device's concurrent
   change, and what conflicts that opens. A ``patch`` is rebuilt into the full record
   from its base version before it is validated, so it meets exactly the rules an
   ``upsert`` does.
5. If no change at all could be accepted, the transaction is rolled back (nothing stored,
   not even the batch id) and the answer is 422 with the per-change reasons.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from focalpoint.domain import Activity, MissionProfile, QuestionnaireResponse
from focalpoint.merge import Decision, Head, Incoming, PatchError, apply_patch, decide, hold_back
from focalpoint.secretariat.store import ServiceStore, utc_now
from focalpoint.secretariat.store import ingest_queries as q
from focalpoint.secretariat.store import versions as vq
from focalpoint.secretariat.store.versions import VersionRow
from focalpoint.sync.protocol import Acknowledgement, Batch, Change, ChangeResult
from focalpoint.validation import InvalidRecord, parse, validate_activity, validate_response


@dataclass
class Outcome:
    """What the HTTP layer answers: a status code and either an ack or an error."""

    status_code: int
    ack: Acknowledgement | None = None
    detail: str = ""
    results: list[ChangeResult] = field(default_factory=list)
    replayed: bool = False


@dataclass
class Prepared:
    """A change after validation: the clean data to write, or why it was refused."""

    change: Change
    data: dict[str, Any] | None = None
    snapshot: dict[str, Any] | None = None
    error: str = ""

    @property
    def state(self) -> dict[str, Any] | None:
        """The entity's full state this change asks for, as a version stores it (the
        shape an ``upsert`` carries); None for a delete."""
        if self.change.op == "delete":
            return None
        if self.change.entity_type == "response":
            return self.snapshot if self.snapshot is not None else {"response": self.data}
        return self.data


class Rejected(ValueError):
    """A change that cannot be accepted; the message names change and field."""


def _label(change: Change) -> str:
    return f"change {change.seq} ({change.entity_type} {change.entity_id})"


def _check_ids(change: Change) -> None:
    try:
        canonical = str(uuid.UUID(change.entity_id))
    except ValueError:
        raise Rejected(f"{_label(change)}: entity_id: must be a UUID") from None
    if canonical != change.entity_id:
        raise Rejected(f"{_label(change)}: entity_id: must be a lower-case UUID")
    if change.op == "delete" and change.payload != {"id": change.entity_id}:
        raise Rejected(f"{_label(change)}: payload: a delete carries only {{\"id\": entity_id}}")


def _prepare(store: ServiceStore, db: Connection, mission: str,
             change: Change) -> Prepared:
    """Validate one change with the shared domain rules; never raises."""
    label = _label(change)
    try:
        _check_ids(change)
        catalogue = store.catalogue(db, change.catalogue_version)
        if catalogue is None:
            raise Rejected(f"{label}: catalogue_version: {change.catalogue_version!r} is not "
                           "a catalogue version published by the Secretariat")
        if change.op == "delete":
            if change.entity_type == "mission":
                raise Rejected(f"{label}: op: the mission profile cannot be deleted")
            return Prepared(change)
        payload = _full_payload(db, mission, change) if change.op == "patch" else change.payload
        if change.entity_type == "activity":
            activity = validate_activity(payload, catalogue, record=label)
            _same_id(label, activity.id, change.entity_id, "id")
            return Prepared(change, data=activity.model_dump(mode="json"))
        if change.entity_type == "mission":
            profile = parse(MissionProfile, payload, record=label)
            if profile.code != mission:
                raise Rejected(f"{label}: code: the profile is for mission {profile.code}, "
                               f"but this token belongs to mission {mission}")
            return Prepared(change, data=profile.model_dump(mode="json"))
        return _prepare_response(change, payload, catalogue, label)
    except (Rejected, InvalidRecord) as error:
        return Prepared(change, error=str(error))


def _full_payload(db: Connection, mission: str, change: Change) -> dict[str, Any]:
    """Rule 5: a patch's full record, from the version it was made on (versions never
    change once stored, so reading it before the write transaction is safe)."""
    label = _label(change)
    if change.base_version is None:
        raise Rejected(f"{label}: base_version: a patch needs the version it was made on; "
                       "send the whole record")
    base = vq.version_of(db, mission, change.entity_type, change.entity_id,
                         change.base_version)
    if base is None:
        raise Rejected(f"{label}: base_version: version {change.base_version} of this "
                       f"{change.entity_type} is not at the Secretariat; send the whole record")
    if change.entity_type == "response" and set(change.payload) & {"activities",
                                                                  "catalogue_version"}:
        raise Rejected(f"{label}: op: a submission is sent whole (upsert), not as a patch")
    try:
        return apply_patch(change.entity_type, base.state, change.payload)
    except PatchError as error:
        raise Rejected(f"{label}: base_version: {error}") from None


def _same_id(label: str, found: str, expected: str, where: str) -> None:
    if found != expected:
        raise Rejected(f"{label}: {where}: {found} does not match the change's entity_id")


def _prepare_response(change: Change, payload: dict[str, Any], catalogue: Any,
                      label: str) -> Prepared:
    unknown = set(payload) - {"response", "activities", "catalogue_version"}
    if unknown:
        raise Rejected(f"{label}: payload.{sorted(unknown)[0]}: is not a known field")
    if "response" not in payload:
        raise Rejected(f"{label}: payload.response: is required")
    response: QuestionnaireResponse = validate_response(payload["response"], catalogue,
                                                        record=f"{label}: response")
    _same_id(label, response.id, change.entity_id, "response.id")
    data = response.model_dump(mode="json")
    if response.status != "submitted":
        if "activities" in payload:
            raise Rejected(f"{label}: payload.activities: only a submitted response carries "
                           "a snapshot of activities")
        return Prepared(change, data=data)
    activities = payload.get("activities")
    if not isinstance(activities, list):
        raise Rejected(f"{label}: payload.activities: a submitted response needs the list "
                       "of its period's activities")
    clean: list[dict[str, Any]] = []
    for index, item in enumerate(activities):
        activity: Activity = validate_activity(item, catalogue,
                                               record=f"{label}: activities[{index}]")
        clean.append(activity.model_dump(mode="json"))
    snapshot = {"response": data, "activities": clean,
                "catalogue_version": str(payload.get("catalogue_version") or catalogue.version)}
    return Prepared(change, data=data, snapshot=snapshot)


def _refusal(db: Connection, mission: str, prepared: Prepared) -> str:
    """Why a valid change is accepted without a write (a known submission), or ''.

    Raises :class:`Rejected` when the current state forbids it (a submitted response) —
    always BEFORE its first write, so a refused change leaves nothing behind without a
    savepoint (each would cost two more round trips to a database server per change).
    """
    change = prepared.change
    if change.entity_type != "response":
        return ""
    row = q.response_state(db, mission, change.entity_id)
    if row is not None and row[0] == "submitted":
        if prepared.snapshot is not None and json.loads(row[1] or "null") == prepared.snapshot:
            return "the same submission was already received"
        raise Rejected(f"{_label(change)}: status: this questionnaire response was submitted "
                       "to the Secretariat and can no longer change")
    return ""


def _decide(store: ServiceStore, db: Connection, seen: _Seen, mission: str, device: str,
            prepared: Prepared) -> Decision:
    """The merge rules (:mod:`focalpoint.merge`) for this change against the newest version.

    A submission is applied as sent (its snapshot is what the focal point submitted; the
    draft versions before it stay in the history). A merged state the domain rules refuse
    keeps the newest version whole and holds the change back in a conflict.
    """
    change = prepared.change
    key = (change.entity_type, change.entity_id)
    newest = seen.versions.get(key)
    head = Head(newest.version, newest.state, newest.device_id) if newest else None
    base_version = change.base_version if prepared.snapshot is None else None
    incoming = Incoming(device, prepared.state, base_version)
    base: dict[str, Any] | None = None
    known = False
    devices: list[str] = []
    if head is not None and base_version is not None and base_version < head.version:
        base_row = seen.version(db, mission, key, base_version)
        known = base_row is not None
        base = base_row.state if base_row else None
        devices = seen.devices_after(db, mission, key, base_version)
    decision = decide(change.entity_type, head, incoming, base=base, base_known=known,
                      devices_since_base=devices)
    if decision.rule == "merge" and decision.state is not None and head is not None and (
            decision.state != prepared.state and not _valid(store, db, change,
                                                            decision.state)):
        decision = hold_back(change.entity_type, base if known else {}, head, incoming)
    return decision


def _valid(store: ServiceStore, db: Connection, change: Change, state: dict[str, Any]) -> bool:
    """Whether a merged state passes the domain rules the change itself passed."""
    catalogue = store.catalogue(db, change.catalogue_version)
    if catalogue is None:  # the change itself was validated with it: never the case
        return False
    try:
        if change.entity_type == "activity":
            validate_activity(state, catalogue)
        elif change.entity_type == "mission":
            parse(MissionProfile, state)
        else:
            validate_response(state.get("response") or {}, catalogue)
    except InvalidRecord:
        return False
    return True


def _write_state(db: Connection, seen: _Seen, mission: str, change: Change,
                 state: dict[str, Any] | None, now: str) -> None:
    """Bring the entity's row to ``state`` (None deletes it).

    Activities are not written here but collected in ``seen`` (the newest change of each
    wins, as applying them one by one would give) and written together at the end of the
    batch, in the same transaction: a few statements per batch instead of three per change.
    """
    if change.entity_type == "activity":
        seen.activities[change.entity_id] = state
        return
    if change.entity_type == "mission":
        q.set_profile(db, mission, json.dumps(state))
        return
    if state is None:
        q.delete_response(db, mission, change.entity_id)
        return
    data = state["response"]
    q.save_response(db, {
        "mission_code": mission, "id": change.entity_id, "status": data["status"],
        "period_start": data["period_start"], "period_end": data["period_end"],
        "submitted_at": data.get("submitted_at"), "data": json.dumps(data),
        "snapshot": json.dumps(state) if "activities" in state else None,
        "updated_at": now})


@dataclass
class _Seen:
    """What the store already has for this batch's changes, read with two queries at the
    start of the write transaction and kept up to date while the batch is applied."""

    batches: dict[str, str]  # change id -> batch it was received in
    heads: dict[tuple[str, str], tuple[str, int]]  # (type, id) -> (device, seq) last applied
    changes: list[dict[str, Any]] = field(default_factory=list)  # rows to record
    new_heads: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    activities: dict[str, dict[str, Any] | None] = field(default_factory=dict)  # None: delete
    #: (type, id) -> the entity's newest version (kept current while the batch applies)
    versions: dict[tuple[str, str], VersionRow] = field(default_factory=dict)
    server_seq: int = 0  # the mission's counter
    new_versions: list[dict[str, Any]] = field(default_factory=list)
    written: dict[tuple[str, str], list[VersionRow]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def read(cls, db: Connection, mission: str, changes: list[Change]) -> _Seen:
        entities: list[tuple[str, str]] = [(c.entity_type, c.entity_id) for c in changes]
        return cls(q.batches_of_changes(db, mission, [c.change_id for c in changes]),
                   q.heads_of(db, mission, entities),
                   versions=vq.newest(db, mission, entities),
                   server_seq=vq.highest_server_seq(db, mission))

    def version(self, db: Connection, mission: str, key: tuple[str, str],
                number: int) -> VersionRow | None:
        for row in self.written.get(key, []):
            if row.version == number:
                return row
        return vq.version_of(db, mission, key[0], key[1], number)

    def devices_after(self, db: Connection, mission: str, key: tuple[str, str],
                      number: int) -> list[str]:
        stored = vq.devices_after(db, mission, key[0], key[1], number)
        return stored + [r.device_id for r in self.written.get(key, []) if r.version > number]

    def add_version(self, mission: str, change: Change, device: str,
                    state: dict[str, Any] | None, now: str) -> VersionRow:
        key = (change.entity_type, change.entity_id)
        previous = self.versions.get(key)
        self.server_seq += 1
        row = VersionRow(change.entity_type, change.entity_id,
                         (previous.version if previous else 0) + 1, self.server_seq, device,
                         change.change_id, "delete" if state is None else "upsert",
                         {"id": change.entity_id} if state is None else state, now)
        self.versions[key] = row
        self.written.setdefault(key, []).append(row)
        self.new_versions.append({
            "mission_code": mission, "entity_type": row.entity_type,
            "entity_id": row.entity_id, "version": row.version, "server_seq": row.server_seq,
            "device_id": device, "change_id": row.change_id, "op": row.op,
            "payload": json.dumps(row.payload), "received_at": now})
        return row

    def write(self, db: Connection, mission: str, now: str) -> None:
        q.write_activities(db, mission, self.activities, now)
        q.record_changes(db, self.changes)
        q.set_entity_heads(db, list(self.new_heads.values()))
        vq.insert_versions(db, self.new_versions)
        vq.insert_conflicts(db, self.conflicts)
        if self.new_versions:
            vq.set_server_seq(db, mission, self.server_seq)


def _superseded(seen: _Seen, device: str, change: Change) -> str:
    """Why this change must not be applied (a replay), or '' if it should be."""
    known = seen.batches.get(change.change_id)
    if known:
        return f"already received in batch {known}"
    head = seen.heads.get((change.entity_type, change.entity_id))
    if head and head[0] == device and change.seq <= head[1]:
        return f"superseded: change {head[1]} of this {change.entity_type} was already applied"
    return ""


def ingest(store: ServiceStore, mission: str, batch: Batch) -> Outcome:
    """Apply ``batch`` for ``mission`` (already authenticated and authorised) exactly once.

    Opens its own connections: a read one to validate (no lock held), then the one write
    transaction.
    """
    changes = sorted(batch.changes, key=lambda c: c.seq)
    seen_seq: set[int] = set()
    seen_ids: set[str] = set()
    for change in changes:
        if change.seq in seen_seq or change.change_id in seen_ids:
            return Outcome(422, detail=f"changes: change {change.seq} appears twice in batch "
                                       f"{batch.batch_id}")
        seen_seq.add(change.seq)
        seen_ids.add(change.change_id)
    content_hash = batch.content_hash()
    with store.read() as db:
        prepared = [_prepare(store, db, mission, change) for change in changes]
    now = utc_now()
    try:
        with store.write() as db:
            q.lock_mission(db, mission)
            q.insert_batch(db, mission, batch.batch_id, batch.device_id, content_hash, now,
                           len(changes))
            seen = _Seen.read(db, mission, changes)
            results = [_apply_one(store, db, seen, mission, batch, item, now)
                       for item in prepared]
            seen.write(db, mission, now)
            ack = _acknowledgement(batch.batch_id, results)
            if ack.accepted == 0:
                raise _NothingAccepted(results)
            q.set_ack(db, mission, batch.batch_id, ack.model_dump_json())
            _record_backlog(db, mission, batch, now)
    except IntegrityError:
        with store.read() as db:
            return _known_batch(db, mission, batch.batch_id, content_hash)
    except _NothingAccepted as nothing:
        first = next((r.message for r in nothing.results if r.message), "")
        return Outcome(422, detail=f"batch {batch.batch_id}: no change could be accepted; "
                                   f"nothing was stored. {first}", results=nothing.results)
    return Outcome(200, ack=ack)


class _NothingAccepted(Exception):
    def __init__(self, results: list[ChangeResult]) -> None:
        super().__init__("nothing accepted")
        self.results = results


def _apply_one(store: ServiceStore, db: Connection, seen: _Seen, mission: str, batch: Batch,
               item: Prepared, now: str) -> ChangeResult:
    change = item.change
    seq, change_id = change.seq, change.change_id
    if item.error:
        return ChangeResult(seq=seq, change_id=change_id, status="rejected",
                            message=item.error)
    note = _superseded(seen, batch.device_id, change)
    version: VersionRow | None = None
    decision: Decision | None = None
    conflict_id: str | None = None
    if not note:
        try:
            note = _refusal(db, mission, item)
        except Rejected as error:  # raised before any write: nothing to undo
            return ChangeResult(seq=seq, change_id=change_id, status="rejected",
                                message=str(error))
    if not note:
        decision = _decide(store, db, seen, mission, batch.device_id, item)
        _write_state(db, seen, mission, change, decision.state, now)
        version = seen.add_version(mission, change, batch.device_id, decision.state, now)
        conflict_id = _record_conflict(seen, mission, change, decision, version, now)
        if change.resolves:
            _resolve(db, mission, change, batch.device_id, version, now)
        key = (change.entity_type, change.entity_id)
        seen.heads[key] = (batch.device_id, change.seq)
        seen.new_heads[key] = {
            "mission_code": mission, "entity_type": change.entity_type,
            "entity_id": change.entity_id, "device_id": batch.device_id, "seq": change.seq,
            "deleted": int(decision.state is None), "updated_at": now,
            "version": version.version, "server_seq": version.server_seq}
    applied = not note
    seen.batches[change.change_id] = batch.batch_id
    seen.changes.append({
        "mission_code": mission, "change_id": change.change_id, "batch_id": batch.batch_id,
        "device_id": batch.device_id, "seq": change.seq, "entity_type": change.entity_type,
        "entity_id": change.entity_id, "op": change.op, "applied": int(applied),
        "catalogue_version": change.catalogue_version,
        "client_created_at": change.created_at, "received_at": now})
    return ChangeResult(seq=seq, change_id=change_id, status="accepted", applied=applied,
                        message=note, version=version.version if version else None,
                        merged=bool(decision and decision.merged), conflict_id=conflict_id)


def _record_conflict(seen: _Seen, mission: str, change: Change, decision: Decision,
                     version: VersionRow, now: str) -> str | None:
    if decision.conflict is None:
        return None
    conflict_id = str(uuid.uuid4())
    seen.conflicts.append({
        "id": conflict_id, "mission_code": mission, "entity_type": change.entity_type,
        "entity_id": change.entity_id, "kind": decision.conflict.kind,
        "field_values": json.dumps([vars(v) for v in decision.conflict.values]),
        "deleted_by_device_id": decision.conflict.deleted_by_device_id,
        "opened_version": version.version, "opened_seq": version.server_seq,
        "opened_at": now, "status": "open", "resolved_at": None,
        "resolved_by_device_id": "", "resolved_seq": None})
    return conflict_id


def _resolve(db: Connection, mission: str, change: Change, device: str, version: VersionRow,
             now: str) -> None:
    """Rule 6: close the conflict this change settles. An unknown, another entity's or an
    already resolved conflict leaves nothing to close: the change was applied as an
    ordinary one (the first resolution wins; later ones are later edits)."""
    assert change.resolves is not None
    conflict = vq.open_conflict(db, mission, change.resolves)
    if conflict is None or (conflict.entity_type, conflict.entity_id) != (
            change.entity_type, change.entity_id):
        return
    vq.resolve(db, mission, conflict.id, device, now, version.server_seq)


def _acknowledgement(batch_id: str, results: list[ChangeResult]) -> Acknowledgement:
    accepted = [r.seq for r in results if r.status == "accepted"]
    return Acknowledgement(
        batch_id=batch_id,
        received_at=datetime.now(UTC).replace(microsecond=0),
        results=results,
        highest_seq_accepted=max(accepted) if accepted else None,
        accepted=len(accepted),
        rejected=len(results) - len(accepted),
    )


def _record_backlog(db: Connection, mission: str, batch: Batch, now: str) -> None:
    highest = max(c.seq for c in batch.changes)
    q.record_backlog(db, mission, batch.device_id, highest, batch.pending_count, now)


def _known_batch(db: Connection, mission: str, batch_id: str, content_hash: str) -> Outcome:
    row = q.known_batch(db, mission, batch_id)
    if row is None:  # the constraint that fired was not the batch id: a real fault
        return Outcome(500, detail=f"batch {batch_id} could not be recorded")
    if row[0] != content_hash:
        return Outcome(409, detail=f"batch {batch_id} was already received with different "
                                   "content; it is not applied again. Contact the Secretariat.")
    return Outcome(200, ack=Acknowledgement.model_validate_json(row[1]), replayed=True)
