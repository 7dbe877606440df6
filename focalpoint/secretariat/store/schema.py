"""Bringing a database to the newest schema with Alembic, run in code (no alembic.ini).

Three starting points, all ending at the head revision:

- an empty database (a new file, a new PostgreSQL database): every revision runs;
- a ``secretariat.db`` made before the store used Alembic (``PRAGMA user_version = 1``, no
  ``alembic_version`` table): its tables are checked against revision 0001, it is stamped
  as 0001, then upgraded;
- a store at an older revision: upgraded.

A SQLite file that has data is copied first (SQLite's online backup, next to the file); a
database at a revision this version does not know (a newer FocalPoint) is refused and left
as it is. Every upgrade runs in ONE transaction (both engines have transactional DDL): a
failure leaves the database exactly as it was. Concurrent starts (several workers) take
the write lock (SQLite) or an advisory lock (PostgreSQL) and the second finds nothing to do.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from focalpoint.secretariat.store.engine import write_options
from focalpoint.secretariat.store.errors import ServiceStoreError

APPLICATION_ID = 0x46505356  # "FPSV": marks a SQLite file as a Secretariat store
LEGACY_REVISION = "0001"
# The tables of a pre-Alembic store (user_version 1), with their columns.
LEGACY_TABLES = {
    "missions": {"code", "name", "created_at", "halt_message", "profile", "last_sync_at",
                 "last_handshake_at", "last_device_id", "pending_count", "rejected_count",
                 "client_last_sync", "client_catalogue_version", "clock_skew_seconds"},
    "tokens": {"token_id", "mission_code", "token_hash", "created_at", "revoked_at"},
    "batches": {"batch_id", "mission_code", "device_id", "content_hash", "received_at",
                "change_count", "ack"},
    "received_changes": {"mission_code", "change_id", "batch_id", "device_id", "seq",
                         "entity_type", "entity_id", "op", "applied", "catalogue_version",
                         "client_created_at", "received_at"},
    "entity_heads": {"mission_code", "entity_type", "entity_id", "device_id", "seq", "deleted",
                     "updated_at"},
    "devices": {"mission_code", "device_id", "highest_seq", "last_batch_at"},
    "activities": {"mission_code", "id", "start_date", "data", "updated_at"},
    "activity_tasks": {"mission_code", "activity_id", "task_code"},
    "responses": {"mission_code", "id", "status", "period_start", "period_end", "submitted_at",
                  "data", "snapshot", "updated_at"},
    "catalogue_versions": {"version", "published_at", "data"},
    "feedback": {"id", "mission_code", "created_at", "author", "entity_type", "entity_id",
                 "message"},
}
_PG_MIGRATION_LOCK = 0x46505356  # pg_advisory_xact_lock key: one migrating process at a time


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "focalpoint.secretariat.store:migrations")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def lock_schema(connection: Connection) -> None:
    """PostgreSQL: one process at a time changes the schema or the catalogue list (held to
    the end of the transaction). SQLite's write transaction is already exclusive."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                           {"key": _PG_MIGRATION_LOCK})


def upgrade(engine: Engine, *, where: str, sqlite_path: Path | None = None) -> Path | None:
    """Bring the database behind ``engine`` to the head revision; returns the backup taken."""
    head = head_revision()
    backup = None
    with engine.connect() as connection:
        state = _state(connection, where)
        connection.rollback()
        if state == head:
            return None
        if sqlite_path is not None and state is not None:
            backup = _backup_sqlite(connection, sqlite_path, state)
    with engine.connect().execution_options(**write_options()) as connection, \
            connection.begin():
        lock_schema(connection)
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        state = _state(connection, where)  # again: another process may have done it
        if state == head:
            return backup
        config = alembic_config(connection)
        if state == "legacy":
            command.stamp(config, LEGACY_REVISION)
        command.upgrade(config, "head")
    return backup


def _state(connection: Connection, where: str) -> str | None:
    """The revision, ``"legacy"`` for a pre-Alembic store, or None for an empty database."""
    tables = set(inspect(connection).get_table_names())
    if connection.dialect.name == "sqlite":
        app_id = connection.exec_driver_sql("PRAGMA application_id").scalar()
        if tables and app_id != APPLICATION_ID:
            raise ServiceStoreError(f"{where} is not a FocalPoint Secretariat store")
    revision = current_revision(connection) if "alembic_version" in tables else None
    if revision is not None:
        known = {script.revision for script in
                 ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if revision not in known:
            raise ServiceStoreError(
                f"{where} was written by a newer FocalPoint Secretariat (schema revision "
                f"{revision}); it was not changed. Install the newer version.")
        return revision
    if not tables:
        return None
    if connection.dialect.name == "sqlite":
        version = connection.exec_driver_sql("PRAGMA user_version").scalar()
        if version == 1 and _has_legacy_tables(connection):
            return "legacy"
        if isinstance(version, int) and version > 1:
            raise ServiceStoreError(
                f"{where} was written by a newer FocalPoint Secretariat (schema {version}); "
                "it was not changed")
    raise ServiceStoreError(f"{where} has tables but is not a FocalPoint Secretariat store "
                            "(no schema revision); use an empty database")


def _has_legacy_tables(connection: Connection) -> bool:
    inspector = inspect(connection)
    found = set(inspector.get_table_names())
    return all(name in found and {c["name"] for c in inspector.get_columns(name)} == columns
               for name, columns in LEGACY_TABLES.items())


def _backup_sqlite(connection: Connection, path: Path, state: str) -> Path:
    """An online-backup copy of the file before it is migrated (consistent under WAL)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    label = "v1" if state == "legacy" else f"r{state}"
    dest = path.with_name(f"{path.stem}.{label}-{stamp}.backup{path.suffix or '.db'}")
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    source = connection.connection.dbapi_connection
    assert isinstance(source, sqlite3.Connection)
    target = sqlite3.connect(str(part))
    try:
        source.backup(target)
    finally:
        target.close()
    part.replace(dest)
    return dest
