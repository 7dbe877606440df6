"""The client's sync bookkeeping: persisted batches, the sync log, pulled feedback and
catalogue versions (tables of migration ``002_sync``).

Batches are the heart of "nothing lost, nothing twice": :meth:`SyncState.freeze_batch`
assigns pending outbox rows to a new batch id AND stores the exact gzip body in one
transaction, before anything is sent. After a crash or a cut connection the engine resends
those very bytes, so the service recognises the batch id with the same content.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from focalpoint.domain import new_id
from focalpoint.storage.conflicts import reopen_refused, resume_resolving
from focalpoint.storage.database import utc_now

LOG_KEEP = 2000
LOG_LEVELS = ("info", "warning", "error")




@dataclass(frozen=True)
class BatchRecord:
    batch_id: str
    created_at: str
    state: str
    body: bytes
    body_hash: str
    raw_bytes: int
    change_count: int
    first_seq: int
    last_seq: int
    attempts: int
    error: str | None


@dataclass(frozen=True)
class LogEntry:
    at: str
    level: str
    message: str


@dataclass(frozen=True)
class StoredFeedback:
    id: int
    server_url: str
    created_at: str
    author: str
    entity_type: str
    entity_id: str
    message: str
    received_at: str
    read_at: str | None


def _batch(row: dict[str, Any]) -> BatchRecord:
    return BatchRecord(
        batch_id=row["batch_id"], created_at=row["created_at"], state=row["state"],
        body=bytes(row["body"]), body_hash=row["body_hash"], raw_bytes=row["raw_bytes"],
        change_count=row["change_count"], first_seq=row["first_seq"],
        last_seq=row["last_seq"], attempts=row["attempts"], error=row["error"],
    )


class SyncState:
    """Repository over the sync tables; every method is one short transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    # --- batches -----------------------------------------------------------------------

    def unbatched_pending(self, limit: int) -> list[dict[str, Any]]:
        """Raw outbox rows not yet in a batch, oldest first (call inside the transaction)."""
        return list(self.db.query(
            "SELECT seq, change_id, entity_type, entity_id, op, payload, catalogue_version, "
            "created_at, resolves, full_state FROM outbox WHERE state = 'pending' "
            "AND batch_id IS NULL "
            "ORDER BY seq LIMIT ?", [limit]))

    def freeze_batch(self, batch_id: str, seqs: list[int], body: bytes, body_hash: str,
                     raw_bytes: int, change_ids: list[str] | None = None) -> None:
        """Assign ``seqs`` to ``batch_id`` and store its body (caller holds the transaction).

        ``change_ids`` (one per seq): the ids the changes travel under in this batch
        (protocol 3 derives them from the batch id), recorded on the rows so that the
        outbox names each change as the service does.
        Raises RuntimeError if a row changed under us; the transaction then rolls back.
        """
        ids: list[str | None] = list(change_ids) if change_ids else [None] * len(seqs)
        cursor = self.db.conn.executemany(
            "UPDATE outbox SET batch_id = ?, change_id = coalesce(?, change_id) "
            "WHERE seq = ? AND state = 'pending' AND batch_id IS NULL",
            [(batch_id, change_id, seq) for seq, change_id in zip(seqs, ids, strict=True)])
        if cursor.rowcount != len(seqs):
            raise RuntimeError("the outbox changed while the batch was being built")
        self.db.execute(
            "INSERT INTO sync_batches (batch_id, created_at, body, body_hash, raw_bytes, "
            "change_count, first_seq, last_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [batch_id, utc_now(), body, body_hash, raw_bytes, len(seqs), min(seqs), max(seqs)],
        )

    def open_batches(self) -> list[BatchRecord]:
        """Batches persisted but not yet acknowledged, in the order they were made."""
        return [_batch(r) for r in self.db.query(
            "SELECT * FROM sync_batches WHERE state = 'open' ORDER BY created_at, rowid")]

    def highest_seq_assigned(self) -> int:
        """The highest outbox ``seq`` this store ever handed out (coalesced rows included)."""
        row = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
        top = self.db.execute("SELECT max(seq) FROM outbox").fetchone()
        return max(int(row[0]) if row else 0, int(top[0] or 0))

    def batch(self, batch_id: str) -> BatchRecord | None:
        rows = list(self.db.query("SELECT * FROM sync_batches WHERE batch_id = ?", [batch_id]))
        return _batch(rows[0]) if rows else None

    def batch_seqs(self, batch_id: str) -> list[int]:
        return [r[0] for r in self.db.execute(
            "SELECT seq FROM outbox WHERE batch_id = ? ORDER BY seq", [batch_id])]

    def count_attempt(self, batch_id: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE sync_batches SET attempts = attempts + 1 WHERE batch_id = ?",
                            [batch_id])

    def acknowledge(self, batch_id: str, synced: list[int], rejected: dict[int, str],
                    ack_json: str) -> None:
        """Mark exactly the acknowledged changes, and the batch, in one transaction."""
        now = utc_now()
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE outbox SET state = 'synced', synced_at = ?, error = NULL "
                "WHERE seq = ? AND batch_id = ?", [(now, seq, batch_id) for seq in synced])
            self.db.conn.executemany(
                "UPDATE outbox SET state = 'rejected', error = ? WHERE seq = ? AND batch_id = ?",
                [(message, seq, batch_id) for seq, message in rejected.items()])
            if rejected:  # a refused resolution must not leave its conflict "resolving"
                reopen_refused(self.db, batch_id)
            self.db.execute(
                "UPDATE sync_batches SET state = 'acknowledged', ack = ?, error = NULL, "
                "finished_at = ? WHERE batch_id = ?", [ack_json, now, batch_id])

    def close_batch(self, batch_id: str, state: str, error: str, *,
                    reject_changes: bool, release_changes: bool = False) -> None:
        """End a batch the service refused as a whole.

        ``reject_changes`` quarantines its changes with ``error`` (shown to the user);
        ``release_changes`` puts them back in the queue to be re-batched (too large).
        """
        with self.db.atomic():
            if reject_changes:
                self.db.execute(
                    "UPDATE outbox SET state = 'rejected', error = ? WHERE batch_id = ? "
                    "AND state = 'pending'", [error, batch_id])
                reopen_refused(self.db, batch_id)
            elif release_changes:
                self.db.execute(
                    "UPDATE outbox SET batch_id = NULL WHERE batch_id = ? AND state = 'pending'",
                    [batch_id])
            self.db.execute(
                "UPDATE sync_batches SET state = ?, error = ?, finished_at = ? "
                "WHERE batch_id = ?", [state, error, utc_now(), batch_id])

    def requeue_copies(self, seqs: list[int], *, full_state: bool) -> int:
        """Queue each change again as a new outbox row (new change id and seq), unless a
        newer change of its entity is already queued — that one goes instead (made whole
        if ``full_state``). Caller holds the transaction of the acknowledgement.

        Used for a ``patch`` the service could not apply (sent again whole) and for new
        edits the service took for replays (a store restored from a backup)."""
        added = 0
        for seq in seqs:
            row = self.db.execute(
                "SELECT entity_type, entity_id FROM outbox WHERE seq = ?", [seq]).fetchone()
            if row is None:
                continue
            newer = self.db.execute(
                "SELECT seq FROM outbox WHERE entity_type = ? AND entity_id = ? AND seq > ? "
                "AND state = 'pending' ORDER BY seq DESC LIMIT 1", [row[0], row[1], seq]
            ).fetchone()
            if newer is not None:
                if full_state:
                    self.db.execute("UPDATE outbox SET full_state = 1 WHERE seq = ? "
                                    "AND batch_id IS NULL", [newer[0]])
                continue
            self.db.execute(
                "INSERT INTO outbox (change_id, entity_type, entity_id, op, payload, "
                "catalogue_version, created_at, resolves, full_state) SELECT ?, entity_type, "
                "entity_id, op, payload, catalogue_version, ?, resolves, ? FROM outbox "
                "WHERE seq = ?", [new_id(), utc_now(), int(full_state), seq])
            added += 1
        return added

    # --- rejected changes --------------------------------------------------------------

    _UNRESOLVED = (
        "FROM outbox o WHERE o.state = 'rejected' AND NOT EXISTS (SELECT 1 FROM outbox n "
        "WHERE n.entity_type = o.entity_type AND n.entity_id = o.entity_id AND n.seq > o.seq)"
    )

    def unresolved_rejected(self) -> list[dict[str, Any]]:
        """Rejected changes not yet superseded by a newer change to the same entity."""
        return list(self.db.query(
            "SELECT o.seq, o.entity_type, o.entity_id, o.op, o.error, o.payload "
            + self._UNRESOLVED + " ORDER BY o.seq"))

    def unresolved_rejected_count(self) -> int:
        return int(self.db.execute("SELECT count(*) " + self._UNRESOLVED).fetchone()[0])

    def requeue_rejected(self) -> int:
        """Put unresolved rejected changes back in the queue (after the cause was fixed)."""
        with self.db.atomic():
            seqs = [row["seq"] for row in self.unresolved_rejected()]
            self.db.conn.executemany(
                "UPDATE outbox SET state = 'pending', batch_id = NULL, error = NULL "
                "WHERE seq = ?", [(seq,) for seq in seqs])
            resume_resolving(self.db, seqs)
        return len(seqs)

    # --- log ---------------------------------------------------------------------------

    def log(self, level: str, message: str) -> None:
        if level not in LOG_LEVELS:
            level = "info"
        with self.db.atomic():
            self.db.execute("INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)",
                            [utc_now(), level, message])
            self.db.execute(
                "DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?",
                [LOG_KEEP])

    def log_entries(self, limit: int = 200) -> list[LogEntry]:
        """Newest first."""
        return [LogEntry(*row) for row in self.db.execute(
            "SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?", [limit])]

    # --- pulled data -------------------------------------------------------------------

    def last_feedback_id(self, server_url: str) -> int:
        row = self.db.execute("SELECT max(id) FROM feedback WHERE server_url = ?",
                              [server_url]).fetchone()
        return int(row[0] or 0)

    def store_feedback(self, server_url: str, items: list[dict[str, Any]]) -> int:
        now = utc_now()
        with self.db.atomic():
            for item in items:
                self.db.execute(
                    "INSERT OR IGNORE INTO feedback (id, server_url, created_at, author, "
                    "entity_type, entity_id, message, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [item["id"], server_url, item["created_at"], item.get("author", ""),
                     item.get("entity_type", ""), item.get("entity_id", ""), item["message"],
                     now])
        return len(items)

    def feedback(self) -> list[StoredFeedback]:
        return [StoredFeedback(*row) for row in self.db.execute(
            "SELECT id, server_url, created_at, author, entity_type, entity_id, message, "
            "received_at, read_at FROM feedback ORDER BY created_at DESC, id DESC")]

    def mark_feedback_read(self) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE feedback SET read_at = ? WHERE read_at IS NULL", [utc_now()])

    def catalogue_versions(self) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT version FROM catalogue_versions ORDER BY published_at, rowid")]

    def store_catalogue(self, version: str, published_at: str, data: dict[str, Any]) -> bool:
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO catalogue_versions (version, published_at, data, "
                "received_at) VALUES (?, ?, ?, ?)",
                [version, published_at, json.dumps(data, ensure_ascii=False), utc_now()])
        return cursor.rowcount == 1

    def catalogue_json(self, version: str) -> str | None:
        row = self.db.execute("SELECT data FROM catalogue_versions WHERE version = ?",
                              [version]).fetchone()
        return str(row[0]) if row else None
