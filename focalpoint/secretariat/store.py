"""The Secretariat's SQLite store: missions, token hashes, received batches and mission data.

Kept apart from the client store on purpose (a different file, a different schema): the
service holds the data of every mission, keyed by mission code, while a client store holds
one. Every request opens its own connection (:meth:`ServiceStore.connect`); writes use
``BEGIN IMMEDIATE`` (:func:`immediate`) so two concurrent writers queue on the lock
instead of failing halfway, and the ``batches.batch_id`` PRIMARY KEY is what makes a batch
apply at most once, whatever the timing of two posts of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from focalpoint import sqlite
from focalpoint.catalogue import Catalogue, CatalogueError, load_catalogue
from focalpoint.domain import MissionProfile
from focalpoint.exchange import FORMAT, VERSION
from focalpoint.paths import data_dir
from focalpoint.secretariat.auth import IssuedToken, new_token
from focalpoint.validation import InvalidRecord, parse

APPLICATION_ID = 0x46505356  # "FPSV": marks the file as a Secretariat store


class ServiceStoreError(Exception):
    """The service store cannot be used or a request on it is invalid; says why."""


def default_service_db() -> Path:
    """``$FOCALPOINT_SECRETARIAT_DB``, else ``secretariat.db`` in the per-user data folder."""
    override = os.environ.get("FOCALPOINT_SECRETARIAT_DB")
    return Path(override).expanduser() if override else data_dir() / "secretariat.db"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _m001(db: sqlite_utils.Database) -> None:
    statements = [
        """CREATE TABLE missions (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            halt_message TEXT NOT NULL DEFAULT '',
            profile TEXT,
            last_sync_at TEXT,
            last_handshake_at TEXT,
            last_device_id TEXT,
            pending_count INTEGER,
            rejected_count INTEGER,
            client_last_sync TEXT,
            client_catalogue_version TEXT,
            clock_skew_seconds REAL
        )""",
        """CREATE TABLE tokens (
            token_id TEXT PRIMARY KEY,
            mission_code TEXT NOT NULL REFERENCES missions(code),
            token_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        )""",
        """CREATE TABLE batches (
            batch_id TEXT PRIMARY KEY,
            mission_code TEXT NOT NULL REFERENCES missions(code),
            device_id TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            received_at TEXT NOT NULL,
            change_count INTEGER NOT NULL,
            ack TEXT NOT NULL
        )""",
        """CREATE TABLE received_changes (
            mission_code TEXT NOT NULL,
            change_id TEXT NOT NULL,
            batch_id TEXT NOT NULL REFERENCES batches(batch_id),
            device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL,
            applied INTEGER NOT NULL,
            catalogue_version TEXT NOT NULL,
            client_created_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (mission_code, change_id)
        )""",
        """CREATE TABLE entity_heads (
            mission_code TEXT NOT NULL,
            entity_type TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (mission_code, entity_type, entity_id)
        )""",
        """CREATE TABLE devices (
            mission_code TEXT NOT NULL,
            device_id TEXT NOT NULL,
            highest_seq INTEGER NOT NULL,
            last_batch_at TEXT NOT NULL,
            PRIMARY KEY (mission_code, device_id)
        )""",
        """CREATE TABLE activities (
            mission_code TEXT NOT NULL,
            id TEXT NOT NULL,
            start_date TEXT,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (mission_code, id)
        )""",
        """CREATE TABLE activity_tasks (
            mission_code TEXT NOT NULL,
            activity_id TEXT NOT NULL,
            task_code TEXT NOT NULL,
            PRIMARY KEY (mission_code, activity_id, task_code)
        )""",
        "CREATE INDEX idx_activity_tasks_code ON activity_tasks(task_code, mission_code)",
        """CREATE TABLE responses (
            mission_code TEXT NOT NULL,
            id TEXT NOT NULL,
            status TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            submitted_at TEXT,
            data TEXT NOT NULL,
            snapshot TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (mission_code, id)
        )""",
        """CREATE TABLE catalogue_versions (
            version TEXT PRIMARY KEY,
            published_at TEXT NOT NULL,
            data TEXT NOT NULL
        )""",
        """CREATE TABLE feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            mission_code TEXT NOT NULL REFERENCES missions(code),
            created_at TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            entity_type TEXT NOT NULL DEFAULT '',
            entity_id TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL
        )""",
    ]
    for sql in statements:
        db.execute(sql)


MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("001_initial", _m001),
]


def connect(path: Path) -> sqlite_utils.Database:
    """A connection whose ``atomic()`` takes the write lock first; a generous busy timeout
    lets concurrent requests queue on it."""
    return sqlite.connect(path, busy_seconds=30)


def _migrate(db: sqlite_utils.Database, path: Path) -> None:
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    if current > len(MIGRATIONS):
        raise ServiceStoreError(
            f"{path} was written by a newer FocalPoint Secretariat (schema {current}); "
            "it was not changed"
        )
    for version, (_name, migrate) in enumerate(MIGRATIONS, start=1):
        if version <= current:
            continue
        with db.atomic():
            migrate(db)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {version}")


@dataclass(frozen=True)
class MissionRow:
    code: str
    name: str
    halt_message: str
    last_sync_at: str | None
    pending_count: int | None
    activities: int
    active_tokens: int


class ServiceStore:
    """The service's file; hands out a connection per request or command."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._catalogues: dict[str, Catalogue] = {}

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> ServiceStore:
        """Open (creating and migrating if needed) and seed the bundled catalogue."""
        path = Path(path)
        if path.is_dir():
            raise ServiceStoreError(f"{path} is a folder, not a Secretariat store")
        if not path.exists():
            if not create:
                raise ServiceStoreError(
                    f"there is no Secretariat store at {path}; create one with "
                    f"'focalpoint-secretariat add-mission CODE NAME --db {path}'"
                )
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = connect(path)
            try:
                if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise ServiceStoreError(f"{path}: the integrity check failed")
                app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
                if db.table_names() and app_id != APPLICATION_ID:
                    raise ServiceStoreError(f"{path} is not a FocalPoint Secretariat store")
                db.execute("PRAGMA journal_mode = WAL")
                _migrate(db, path)
                store = cls(path)
                store._seed_catalogue(db)
            finally:
                db.close()
        except sqlite3.DatabaseError as error:
            raise ServiceStoreError(f"{path}: not a usable SQLite database ({error})") from None
        return store

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite_utils.Database]:
        db = connect(self.path)
        try:
            yield db
        finally:
            db.close()

    # --- catalogue ---------------------------------------------------------------------

    def _seed_catalogue(self, db: sqlite_utils.Database) -> None:
        bundled = load_catalogue()
        with db.atomic():
            db.execute(
                "INSERT OR IGNORE INTO catalogue_versions (version, published_at, data) "
                "VALUES (?, ?, ?)",
                [bundled.version, utc_now(), bundled.to_json()],
            )

    def publish_catalogue(self, catalogue: Catalogue) -> bool:
        """Add a catalogue version; False if that version was already published."""
        with self.connect() as db, db.atomic():
            cursor = db.execute(
                "INSERT OR IGNORE INTO catalogue_versions (version, published_at, data) "
                "VALUES (?, ?, ?)",
                [catalogue.version, utc_now(), catalogue.to_json()],
            )
            return cursor.rowcount == 1

    def catalogue(self, db: sqlite_utils.Database, version: str) -> Catalogue | None:
        """A published catalogue version (parsed once: published versions never change)."""
        if version in self._catalogues:
            return self._catalogues[version]
        row = db.execute("SELECT data FROM catalogue_versions WHERE version = ?",
                         [version]).fetchone()
        if row is None:
            return None
        try:
            catalogue = Catalogue.from_json(row[0], source=f"catalogue version {version}")
        except CatalogueError:
            return None
        self._catalogues[version] = catalogue
        return catalogue

    @staticmethod
    def catalogue_versions(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
        """(version, published_at, json) oldest first."""
        return [tuple(row) for row in db.execute(  # type: ignore[misc]
            "SELECT version, published_at, data FROM catalogue_versions "
            "ORDER BY published_at, rowid")]

    def latest_catalogue(self, db: sqlite_utils.Database) -> Catalogue:
        versions = self.catalogue_versions(db)
        latest = self.catalogue(db, versions[-1][0]) if versions else None
        return latest or load_catalogue()

    # --- missions and tokens -----------------------------------------------------------

    def add_mission(self, code: str, name: str) -> IssuedToken:
        """Create a mission and its first token (returned once, stored only as a hash)."""
        try:
            profile = parse(MissionProfile, {"code": code, "name": name})
        except InvalidRecord as error:
            raise ServiceStoreError(str(error)) from None
        issued = new_token()
        with self.connect() as db, db.atomic():
            if db.execute("SELECT 1 FROM missions WHERE code = ?", [profile.code]).fetchone():
                raise ServiceStoreError(
                    f"mission {profile.code} exists already; use 'issue-token {profile.code}' "
                    "for a new token"
                )
            db.execute("INSERT INTO missions (code, name, created_at) VALUES (?, ?, ?)",
                       [profile.code, profile.name, utc_now()])
            self._insert_token(db, profile.code, issued)
        return issued

    def issue_token(self, code: str) -> IssuedToken:
        issued = new_token()
        with self.connect() as db, db.atomic():
            self._require_mission(db, code)
            self._insert_token(db, code.upper(), issued)
        return issued

    def revoke_tokens(self, code: str) -> int:
        """Revoke every active token of the mission; returns how many."""
        with self.connect() as db, db.atomic():
            self._require_mission(db, code)
            cursor = db.execute(
                "UPDATE tokens SET revoked_at = ? WHERE mission_code = ? AND revoked_at IS NULL",
                [utc_now(), code.upper()],
            )
            return cursor.rowcount

    def set_halt(self, code: str, message: str) -> None:
        """Tell the mission's clients to stop syncing (empty message: resume)."""
        with self.connect() as db, db.atomic():
            self._require_mission(db, code)
            db.execute("UPDATE missions SET halt_message = ? WHERE code = ?",
                       [message.strip(), code.upper()])

    def add_feedback(self, code: str, message: str, author: str = "",
                     entity_type: str = "", entity_id: str = "") -> int:
        message = message.strip()
        if not message:
            raise ServiceStoreError("the feedback message is empty")
        with self.connect() as db, db.atomic():
            self._require_mission(db, code)
            cursor = db.execute(
                "INSERT INTO feedback (mission_code, created_at, author, entity_type, entity_id, "
                "message) VALUES (?, ?, ?, ?, ?, ?)",
                [code.upper(), utc_now(), author, entity_type, entity_id, message],
            )
            return int(cursor.lastrowid or 0)

    @staticmethod
    def _insert_token(db: sqlite_utils.Database, code: str, issued: IssuedToken) -> None:
        db.execute(
            "INSERT INTO tokens (token_id, mission_code, token_hash, created_at) "
            "VALUES (?, ?, ?, ?)",
            [issued.token_id, code, issued.token_hash, utc_now()],
        )

    @staticmethod
    def _require_mission(db: sqlite_utils.Database, code: str) -> None:
        if not db.execute("SELECT 1 FROM missions WHERE code = ?", [code.upper()]).fetchone():
            raise ServiceStoreError(f"there is no mission {code.upper()} on this service")

    def missions(self) -> list[MissionRow]:
        with self.connect() as db:
            rows = db.execute(
                "SELECT m.code, m.name, m.halt_message, m.last_sync_at, m.pending_count, "
                "(SELECT count(*) FROM activities a WHERE a.mission_code = m.code), "
                "(SELECT count(*) FROM tokens t WHERE t.mission_code = m.code "
                " AND t.revoked_at IS NULL) FROM missions m ORDER BY m.code"
            ).fetchall()
        return [MissionRow(*row) for row in rows]

    # --- export ------------------------------------------------------------------------

    def export_document(self, code: str) -> dict[str, Any]:
        """The mission's data as received, in the ``focalpoint export`` format.

        Activities come in the client's export order (start date, then id; undated last)
        with task codes in catalogue order, so the two documents compare equal. Responses
        are added under ``responses`` (the client's file format ignores unknown keys).
        """
        with self.connect() as db:
            self._require_mission(db, code)
            code = code.upper()
            mission = db.execute("SELECT code, name, profile FROM missions WHERE code = ?",
                                 [code]).fetchone()
            catalogue = self.latest_catalogue(db)
            order = {c: i for i, c in enumerate(catalogue.task_codes())}
            activities = [json.loads(row[0]) for row in db.execute(
                "SELECT data FROM activities WHERE mission_code = ? "
                "ORDER BY start_date IS NULL, start_date, id", [code])]
            for activity in activities:
                activity["task_codes"] = sorted(activity["task_codes"],
                                                key=lambda c: order.get(c, len(order)))
            responses = [json.loads(row[0]) for row in db.execute(
                "SELECT data FROM responses WHERE mission_code = ? "
                "ORDER BY period_start DESC, id", [code])]
        profile = json.loads(mission[2]) if mission[2] else {"code": mission[0],
                                                              "name": mission[1]}
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": utc_now(),
            "mission": profile,
            "activities": activities,
            "responses": responses,
        }
