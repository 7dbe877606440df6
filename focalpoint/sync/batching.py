"""Packing the outbox into batches: bounded in bytes and count, gzip, persisted first.

The outbox already coalesces edits (only the newest state of an entity waits to be sent,
and a delete replaces an unsent upsert, so a delete is never lost); this module only packs
what is there, oldest first, so changes reach the service in sequence order.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import datetime
from typing import Any

from focalpoint.domain import new_id
from focalpoint.storage.sync_state import BatchRecord, SyncState
from focalpoint.sync.protocol import (
    MAX_CHANGES_PER_BATCH,
    PROTOCOL_VERSION,
    TARGET_BATCH_BYTES,
)


def _change(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "seq": row["seq"],
        "change_id": row["change_id"],
        "entity_type": row["entity_type"],
        "entity_id": row["entity_id"],
        "op": row["op"],
        "payload": json.loads(row["payload"]),
        "catalogue_version": row["catalogue_version"],
        "created_at": row["created_at"],
    }


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
) -> BatchRecord | None:
    """Freeze the next batch of unbatched changes, or None when the queue is empty.

    The batch holds at least one change (even one larger than ``target_bytes``; the
    service's own limit decides about that one) and stops before the uncompressed JSON of
    its changes passes ``target_bytes``. Reading the rows, assigning the batch id and
    storing the body happen in one immediate transaction, so an edit made meanwhile on
    another connection either lands before (and is in the batch or coalesced) or after.
    """
    db = state.db
    with db.atomic():
        rows = state.unbatched_pending(max_changes)
        if not rows:
            return None
        changes: list[dict[str, Any]] = []
        size = 0
        for row in rows:
            change = _change(row)
            change_size = len(json.dumps(change, ensure_ascii=False).encode("utf-8"))
            if changes and size + change_size > target_bytes:
                break
            changes.append(change)
            size += change_size
        batch_id = new_id()
        document = {
            "protocol_version": PROTOCOL_VERSION,
            "batch_id": batch_id,
            "mission_code": mission_code,
            "device_id": device_id,
            "changes": changes,
            "pending_count": max(0, pending_count - len(changes)),  # still queued after it
            "last_sync": last_sync.isoformat() if last_sync else None,
        }
        body, raw_bytes = encode_batch(document)
        seqs = [c["seq"] for c in changes]
        state.freeze_batch(batch_id, seqs, body, hashlib.sha256(body).hexdigest(), raw_bytes)
    return state.batch(batch_id)
