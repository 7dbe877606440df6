"""The outbox: every change to a synced entity, in order, until Vienna acknowledges it.

:func:`record_change` must be called inside the same ``db.atomic()`` block as the entity
write it describes, so the two commit together or not at all. A still-unsent change to the
same entity is replaced rather than queued twice: the payload is always the entity's full
state, so only the newest matters, and a delete replaces an unsent upsert (a delete is never
lost). A change already packed into a batch (``batch_id`` set) is frozen: it is resent
byte-for-byte until acknowledged. A replaced row's ``resolves`` (the conflict it settles,
protocol 3) passes to the row that replaces it, so an edit right after resolving a
conflict still closes the conflict.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

import sqlite_utils

from focalpoint.domain import new_id
from focalpoint.storage.database import utc_now

EntityType = Literal["activity", "response", "mission"]
Op = Literal["upsert", "delete"]


@dataclass(frozen=True)
class Change:
    seq: int
    change_id: str
    entity_type: str
    entity_id: str
    op: str
    payload: dict[str, Any]
    catalogue_version: str
    created_at: str
    state: str
    batch_id: str | None
    error: str | None
    resolves: str | None = None


def record_change(
    db: sqlite_utils.Database,
    entity_type: EntityType,
    entity_id: str,
    op: Op,
    payload: dict[str, Any],
    catalogue_version: str,
) -> None:
    """Queue one change. Caller holds the entity write's transaction."""
    record_changes(db, entity_type, op, [(entity_id, payload)], catalogue_version)


def delete_with_change(
    db: sqlite_utils.Database,
    table: str,
    entity_type: EntityType,
    entity_id: str,
    catalogue_version: str,
) -> bool:
    """Delete an entity row and queue its deletion; False (nothing written) if it was absent."""
    if not db.conn.in_transaction:
        raise RuntimeError("delete_with_change must run inside a transaction")
    if db.execute(f"DELETE FROM {table} WHERE id = ?", [entity_id]).rowcount == 0:
        return False
    record_change(db, entity_type, entity_id, "delete", {"id": entity_id}, catalogue_version)
    return True


#: The outbox payload's canonical JSON; one encoder, not one per change (bulk imports).
_PAYLOAD_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode


def record_changes(
    db: sqlite_utils.Database,
    entity_type: EntityType,
    op: Op,
    changes: list[tuple[str, dict[str, Any]]],
    catalogue_version: str,
) -> None:
    """Queue changes ``(entity_id, payload)`` in order, in bulk (imports of thousands)."""
    if not db.conn.in_transaction:
        raise RuntimeError("record_changes must run inside the entity write's transaction")
    carried = _unsent_resolves(db, entity_type, [entity_id for entity_id, _ in changes])
    db.conn.executemany(
        "DELETE FROM outbox WHERE entity_type = ? AND entity_id = ? "
        "AND state = 'pending' AND batch_id IS NULL",
        [(entity_type, entity_id) for entity_id, _ in changes],
    )
    now = utc_now()
    db.conn.executemany(
        "INSERT INTO outbox (change_id, entity_type, entity_id, op, payload, "
        "catalogue_version, created_at, resolves) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                new_id(),
                entity_type,
                entity_id,
                op,
                _PAYLOAD_JSON(payload),
                catalogue_version,
                now,
                carried.get(entity_id),
            )
            for entity_id, payload in changes
        ],
    )


def _unsent_resolves(
    db: sqlite_utils.Database, entity_type: str, entity_ids: list[str]
) -> dict[str, str]:
    """``resolves`` of the unsent rows about to be replaced (usually none: one cheap query)."""
    found: dict[str, str] = {}
    for start in range(0, len(entity_ids), 900):
        chunk = entity_ids[start : start + 900]
        marks = ",".join("?" * len(chunk))
        for entity_id, resolves in db.execute(
            "SELECT entity_id, resolves FROM outbox WHERE entity_type = ? AND state = 'pending' "
            f"AND batch_id IS NULL AND resolves IS NOT NULL AND entity_id IN ({marks})",
            [entity_type, *chunk],
        ):
            found[entity_id] = resolves
    return found


def mark_resolves(
    db: sqlite_utils.Database, entity_type: str, entity_id: str, conflict_id: str
) -> None:
    """Make the entity's queued (unsent) change the one that settles ``conflict_id``.

    Called in the transaction that wrote the change, right after it."""
    cursor = db.execute(
        "UPDATE outbox SET resolves = ? WHERE entity_type = ? AND entity_id = ? "
        "AND state = 'pending' AND batch_id IS NULL",
        [conflict_id, entity_type, entity_id],
    )
    if cursor.rowcount != 1:
        raise RuntimeError(f"no queued change of {entity_type} {entity_id} to settle a conflict")


def _change(row: dict[str, Any]) -> Change:
    return Change(
        seq=row["seq"],
        change_id=row["change_id"],
        entity_type=row["entity_type"],
        entity_id=row["entity_id"],
        op=row["op"],
        payload=json.loads(row["payload"]),
        catalogue_version=row["catalogue_version"],
        created_at=row["created_at"],
        state=row["state"],
        batch_id=row["batch_id"],
        error=row["error"],
        resolves=row.get("resolves"),
    )


class Outbox:
    """Read side of the outbox. Batches, acknowledgements and refusals are recorded by
    :class:`focalpoint.storage.sync_state.SyncState`."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def pending_count(self) -> int:
        return int(
            self.db.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        )

    def all(self) -> list[Change]:
        return [_change(row) for row in self.db.query("SELECT * FROM outbox ORDER BY seq")]

    def has_unsynced(self, entity_type: str, entity_id: str) -> bool:
        """Whether the entity's local state is not yet the service's: a change waits for
        an acknowledgement (:meth:`has_pending`), or its newest change was refused (it is
        quarantined until fixed or retried, and then goes with its old base)."""
        return self.db.execute(
            "SELECT 1 FROM outbox o WHERE o.entity_type = ? AND o.entity_id = ? AND "
            "(o.state = 'pending' OR (o.state = 'rejected' AND NOT EXISTS (SELECT 1 FROM "
            "outbox n WHERE n.entity_type = o.entity_type AND n.entity_id = o.entity_id "
            "AND n.seq > o.seq))) LIMIT 1", [entity_type, entity_id]).fetchone() is not None

    def has_pending(self, entity_type: str, entity_id: str) -> bool:
        """Whether a change to the entity waits for an acknowledgement (queued or in a
        batch): the service has not seen the local state yet."""
        return self.db.execute(
            "SELECT 1 FROM outbox WHERE entity_type = ? AND entity_id = ? "
            "AND state = 'pending' LIMIT 1", [entity_type, entity_id]).fetchone() is not None
