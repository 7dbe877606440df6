"""What the Secretariat's service last said about each entity (protocol 3).

Why the device keeps this: a change it sends carries the version it was made on
(``base_version``), so the service can tell a later edit from a concurrent one; and an
edit of one field can travel as a ``patch`` of that field against the state at that
version. The row is written from the feed (another device's change, or the merged result
of ours) and from an acknowledgement that applied our change unmerged (then the service's
state is exactly what we sent).

The feed cursor (the highest feed ``server_seq`` applied) lives in ``meta`` next to the
server it belongs to: the versions of one service mean nothing to another, so pointing
the store at another service starts from an empty state (see :meth:`ServerState.bind`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from focalpoint.storage.database import utc_now

META_CURSOR = "sync.feed_cursor"
META_TARGET = "sync.feed_target"


@dataclass(frozen=True)
class EntityState:
    entity_type: str
    entity_id: str
    version: int
    op: str
    payload: dict[str, Any]


class ServerState:
    """Repository over ``server_state`` and the feed cursor."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def get(self, entity_type: str, entity_id: str) -> EntityState | None:
        row = self.db.execute(
            "SELECT version, op, payload FROM server_state WHERE entity_type = ? "
            "AND entity_id = ?", [entity_type, entity_id]).fetchone()
        if row is None:
            return None
        return EntityState(entity_type, entity_id, int(row[0]), row[1], json.loads(row[2]))

    def version(self, entity_type: str, entity_id: str) -> int | None:
        row = self.db.execute(
            "SELECT version FROM server_state WHERE entity_type = ? AND entity_id = ?",
            [entity_type, entity_id]).fetchone()
        return int(row[0]) if row else None

    def put(self, entity_type: str, entity_id: str, version: int, op: str,
            payload: dict[str, Any], server_seq: int | None = None) -> bool:
        """Record the service's ``version`` of the entity unless a newer one is known
        (feed items and acknowledgements may arrive in any order); True if written."""
        cursor = self.db.execute(
            "INSERT INTO server_state (entity_type, entity_id, version, op, payload, "
            "server_seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(entity_type, entity_id) DO UPDATE SET version = excluded.version, "
            "op = excluded.op, payload = excluded.payload, "
            "server_seq = coalesce(excluded.server_seq, server_state.server_seq), "
            "updated_at = excluded.updated_at WHERE excluded.version > server_state.version",
            [entity_type, entity_id, version, op,
             json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
             server_seq, utc_now()])
        return cursor.rowcount == 1

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM server_state").fetchone()[0])

    # --- the feed cursor ---------------------------------------------------------------

    def cursor(self) -> int:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [META_CURSOR]).fetchone()
        return int(row[0]) if row else 0

    def set_cursor(self, cursor: int) -> None:
        """Caller holds the transaction that applied the page up to ``cursor``."""
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [META_CURSOR, str(cursor)])

    def bind(self, server_url: str, mission_code: str) -> bool:
        """Tie the state to one service and mission; True if it was reset because the store
        now syncs with another one (versions and cursor start again from zero)."""
        target = f"{server_url.rstrip('/')} {mission_code.upper()}"
        with self.db.atomic():
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", [META_TARGET]).fetchone()
            if row is not None and row[0] == target:
                return False
            reset = row is not None
            if reset:
                self.db.execute("DELETE FROM server_state")
                self.db.execute("DELETE FROM meta WHERE key = ?", [META_CURSOR])
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [META_TARGET, target])
        return reset
