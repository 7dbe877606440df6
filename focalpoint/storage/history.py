"""Edit history: every change to an activity or a questionnaire response, field by field.

Why here and not in the outbox: the outbox holds the *newest* state of an entity until the
Secretariat acknowledges it and is then pruned (see :mod:`.retention`); the history is
the local record of what changed, when, on which device and by whom, kept for as long as
the store keeps versions. A version row is written by the repository in the SAME
transaction as the change it describes, so there is never a change without its version or
a version without its change.

Each row stores only the fields that changed, as ``{field: [old, new]}``. The state after
any version is the current state with the newer versions' changes undone, which is how
"Restore this version" rebuilds it — and why a restore is itself a normal change with its
own version (nothing in the history is ever rewritten, only the oldest rows pruned).

Questionnaire responses are recorded per Part 1 field and per Part 2 entry field
(``task_entries/III.12.1/comment``), and the autosave's many small saves by the same
person on the same device within :data:`COALESCE_SECONDS` are folded into one version.
"""

from __future__ import annotations

import getpass
import json
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import sqlite_utils

from focalpoint.domain import new_id
from focalpoint.fields import (
    ENTRY_PREFIX,
    Changes,
    activity_changes,
    diff,
    flatten_response,
    unflatten_response,
)
from focalpoint.storage.database import utc_now

__all__ = [
    "ENTRY_PREFIX",
    "Author",
    "Changes",
    "History",
    "Op",
    "Version",
    "activity_changes",
    "author",
    "diff",
    "flatten_response",
    "stamp",
    "unflatten_response",
]

Op = Literal["create", "update", "delete", "restore", "undelete"]

#: Autosaves of a questionnaire by one person within this many seconds are one version.
COALESCE_SECONDS = 600


@dataclass(frozen=True)
class Author:
    """Who made a change: the focal point's name (mission profile) or the OS user, and the
    device (its host name and the store's device id)."""

    user: str
    os_user: str
    device: str
    device_id: str


@dataclass(frozen=True)
class Version:
    id: int
    entity_type: str
    entity_id: str
    at: str
    op: str
    changes: Changes
    user: str
    os_user: str
    device: str
    device_id: str
    restored_from: int | None

    @property
    def who(self) -> str:
        if self.user and self.os_user and self.user != self.os_user:
            return f"{self.user} ({self.os_user})"
        return self.user or self.os_user or self.device


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or passwd
        return ""


def author(db: sqlite_utils.Database) -> Author:
    """The author of changes written now; read inside the writing transaction."""
    row = db.execute("SELECT focal_point_name FROM mission LIMIT 1").fetchone()
    device_row = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if device_row is None:
        device_id = new_id()
        db.execute("INSERT INTO meta (key, value) VALUES ('device_id', ?)", [device_id])
    else:
        device_id = device_row[0]
    os_user = _os_user()
    return Author(
        user=(row[0] if row and row[0] else os_user),
        os_user=os_user,
        device=socket.gethostname(),
        device_id=device_id,
    )


class History:
    """Writes and reads the ``versions`` table; the repositories call :meth:`record`."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    def record(
        self,
        entity_type: str,
        rows: Sequence[tuple[str, Op, Changes]],
        *,
        restored_from: int | None = None,
        coalesce: bool = False,
        who: Author | None = None,
    ) -> None:
        """Add one version per ``(entity_id, op, changes)``; an update that changed
        nothing adds none. Must run inside the change's transaction. ``who`` names
        another device whose change arrived through the sync feed (default: this one)."""
        if not self.db.conn.in_transaction:
            raise RuntimeError("History.record must run inside the change's transaction")
        rows = [row for row in rows if row[1] != "update" or row[2]]
        if not rows:
            return
        who = who or author(self.db)
        now = utc_now()
        if coalesce:
            rows = [row for row in rows if not self._fold(entity_type, row, who, now)]
        self.db.conn.executemany(
            "INSERT INTO versions (entity_type, entity_id, at, op, changes, user_name, "
            "os_user, device, device_id, restored_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    entity_type,
                    entity_id,
                    now,
                    op,
                    json.dumps(changes, ensure_ascii=False, sort_keys=True),
                    who.user,
                    who.os_user,
                    who.device,
                    who.device_id,
                    restored_from,
                )
                for entity_id, op, changes in rows
            ],
        )

    def _fold(self, entity_type: str, row: tuple[str, Op, Changes], who: Author, now: str) -> bool:
        """Fold an autosave into the same person's version of a few minutes ago."""
        entity_id, op, changes = row
        if op != "update":
            return False
        last = self.db.execute(
            "SELECT id, at, op, changes, user_name, device_id, restored_from FROM versions "
            "WHERE entity_type = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
            [entity_type, entity_id],
        ).fetchone()
        if last is None or last[2] != "update" or last[6] is not None:
            return False
        if (last[4], last[5]) != (who.user, who.device_id):
            return False
        age = datetime.fromisoformat(now) - datetime.fromisoformat(last[1])
        if age > timedelta(seconds=COALESCE_SECONDS):
            return False
        merged: Changes = json.loads(last[3])
        for field, (old, new) in changes.items():
            first = merged[field][0] if field in merged else old
            if first == new:
                merged.pop(field, None)  # typed and then undone: no change at all
            else:
                merged[field] = [first, new]
        if merged:
            self.db.execute(
                "UPDATE versions SET at = ?, changes = ? WHERE id = ?",
                [now, json.dumps(merged, ensure_ascii=False, sort_keys=True), last[0]],
            )
        else:
            self.db.execute("DELETE FROM versions WHERE id = ?", [last[0]])
        return True

    def versions(self, entity_type: str, entity_id: str) -> list[Version]:
        """Newest first."""
        return [
            Version(
                id=row["id"],
                entity_type=row["entity_type"],
                entity_id=row["entity_id"],
                at=row["at"],
                op=row["op"],
                changes=json.loads(row["changes"]),
                user=row["user_name"],
                os_user=row["os_user"],
                device=row["device"],
                device_id=row["device_id"],
                restored_from=row["restored_from"],
            )
            for row in self.db.query(
                "SELECT * FROM versions WHERE entity_type = ? AND entity_id = ? "
                "ORDER BY id DESC",
                [entity_type, entity_id],
            )
        ]

    def state_after(
        self, current: dict[str, Any], versions: Sequence[Version], version_id: int
    ) -> dict[str, Any]:
        """The entity's fields as they were right after ``version_id`` (0: before the
        oldest recorded version), from ``current`` and ``versions`` (newest first)."""
        state = dict(current)
        for version in versions:
            if version.id <= version_id:
                break
            for field, (old, _new) in version.changes.items():
                state[field] = old
        return state


def stamp(at: str) -> datetime:
    """A stored timestamp as an aware datetime (for display in local time)."""
    value = datetime.fromisoformat(at)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def remote_author(device_id: str) -> Author:
    """The author of a change another device of the mission made (from the sync feed):
    only its device id is known on this laptop."""
    return Author(user="", os_user="", device=f"another device ({device_id[:8]})",
                  device_id=device_id)
