"""Packing the outbox into batches: bounded in bytes and count, gzip, persisted first.

The outbox already coalesces edits (only the newest state of an entity waits to be sent,
and a delete replaces an unsent upsert, so a delete is never lost); this module only packs
what is there, oldest first, so changes reach the service in sequence order.

Protocol 3: each change carries the service version it was made on (``base_version``,
from ``server_state`` when the batch is built) and the conflict it settles
(``resolves``). Where the device knows the state at that version, an upsert travels as a
``patch`` of only the fields that differ (one edited field: a few dozen bytes instead of
the whole record). The outbox keeps the full state, so a patch whose base the service
does not have is sent again whole and without that base (``outbox.full_state``), and the
old protocol can always be spoken.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import datetime
from typing import Any

from focalpoint.domain import new_id
from focalpoint.fields import flatten_response
from focalpoint.storage.server_state import EntityState, ServerState
from focalpoint.storage.sync_state import BatchRecord, SyncState
from focalpoint.sync.protocol import (
    LEGACY_PROTOCOL_VERSION,
    MAX_CHANGES_PER_BATCH,
    TARGET_BATCH_BYTES,
    derived_change_id,
)


def _change(row: dict[str, Any], base: EntityState | None = None,
            patches: bool = True) -> dict[str, Any]:
    """One outbox row as it travels; ``base`` is the service's state of its entity."""
    payload = json.loads(row["payload"])
    change: dict[str, Any] = {
        "seq": row["seq"],
        "change_id": row["change_id"],
        "entity_type": row["entity_type"],
        "entity_id": row["entity_id"],
        "op": row["op"],
        "payload": payload,
        "catalogue_version": row["catalogue_version"],
        "created_at": row["created_at"],
    }
    if row.get("full_state"):
        base = None  # the service lacks that version: the whole record, last arrival wins
    if base is not None:
        change["base_version"] = base.version
        if patches and row["op"] == "upsert":
            patch = field_patch(row["entity_type"], base, payload)
            if patch is not None:
                change["op"], change["payload"] = "patch", patch
    if row.get("resolves"):
        change["resolves"] = row["resolves"]
    return change


def field_patch(entity_type: str, base: EntityState,
                payload: dict[str, Any]) -> dict[str, Any] | None:
    """The fields of ``payload`` that differ from ``base`` (protocol 3 ``patch``), or None
    when the whole record must go (no usable base, a field removed, a submission)."""
    if base.op != "upsert":
        return None
    if entity_type == "response":
        if set(payload) != {"response"} or set(base.payload) != {"response"}:
            return None  # a submission carries its snapshot: always whole
        old, new = flatten_response(base.payload["response"]), flatten_response(
            payload["response"])
        patch = {key: new.get(key) for key in set(old) | set(new) if old.get(key) != new.get(key)}
    else:
        if set(base.payload) - set(payload):
            return None
        patch = {key: value for key, value in payload.items()
                 if key != "id" and base.payload.get(key, _ABSENT) != value}
    return dict(sorted(patch.items()))


_ABSENT = object()


def encode_batch(batch: dict[str, Any]) -> tuple[bytes, int]:
    """The gzip body and its uncompressed size. ``mtime=0`` keeps the bytes reproducible."""
    raw = json.dumps(batch, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return gzip.compress(raw, compresslevel=6, mtime=0), len(raw)


def build_next_batch(
    state: SyncState,
    *,
    mission_code: str,
    device_id: str,
    pending_count: int,
    last_sync: datetime | None,
    target_bytes: int = TARGET_BATCH_BYTES,
    max_changes: int = MAX_CHANGES_PER_BATCH,
    protocol_version: int | None = None,
) -> BatchRecord | None:
    """Freeze the next batch of unbatched changes, or None when the queue is empty.

    The batch holds at least one change (even one larger than ``target_bytes``; the
    service's own limit decides about that one) and stops before the uncompressed JSON of
    its changes passes ``target_bytes``. Reading the rows, assigning the batch id and
    storing the body happen in one immediate transaction, so an edit made meanwhile on
    another connection either lands before (and is in the batch or coalesced) or after.
    ``protocol_version`` None: the protocol 2 batch of ``POST /batches`` (an older
    service), whole changes without versions; 3 or more: the batch of an exchange.
    """
    db = state.db
    with db.atomic():
        rows = state.unbatched_pending(max_changes)
        if not rows:
            return None
        changes: list[dict[str, Any]] = []
        size = 0
        server = ServerState(db)
        protocol_version = protocol_version or LEGACY_PROTOCOL_VERSION
        versioned = protocol_version >= 3
        batch_id = new_id()
        for row in rows:
            base = server.get(row["entity_type"], row["entity_id"]) if versioned else None
            change = _change(row, base)
            if versioned:  # derivable, so the exchange need not carry it (see protocol.py)
                change["change_id"] = derived_change_id(batch_id, row["seq"])
            change_size = len(json.dumps(change, ensure_ascii=False).encode("utf-8"))
            if changes and size + change_size > target_bytes:
                break
            changes.append(change)
            size += change_size
        document = {
            "protocol_version": protocol_version,
            "batch_id": batch_id,
            "mission_code": mission_code,
            "device_id": device_id,
            "changes": changes,
            "pending_count": max(0, pending_count - len(changes)),  # still queued after it
            "last_sync": last_sync.isoformat() if last_sync else None,
        }
        body, raw_bytes = encode_batch(document)
        seqs = [c["seq"] for c in changes]
        state.freeze_batch(batch_id, seqs, body, hashlib.sha256(body).hexdigest(), raw_bytes,
                           [c["change_id"] for c in changes] if versioned else None)
    return state.batch(batch_id)
