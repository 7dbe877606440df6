"""Opening, checking, migrating and backing up the SQLite file.

Opening a store is where data is most at risk: a file from a newer FocalPoint, a corrupt
file, or a migration interrupted by a power cut. So :func:`open_store` refuses what it does
not understand with a specific exception (never rewrites it), checks integrity before
anything else, and copies the file aside before any migration.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from focalpoint import sqlite
from focalpoint.storage import migrations as schema
from focalpoint.storage.migrations import Migration

SCHEMA_VERSION = len(schema.MIGRATIONS)
APPLICATION_ID = 0x46504E54  # "FPNT": marks the file as a FocalPoint store


class StoreError(Exception):
    """A store cannot be used; the message says why and what to do."""


class NewerStoreError(StoreError):
    pass


class CorruptStoreError(StoreError):
    pass


class NotAStoreError(StoreError):
    pass


class BackupTargetError(StoreError, ValueError):
    """A backup destination that would overwrite the live store (bad input: exit 2)."""


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return a.samefile(b)  # hard links, bind mounts, case-insensitive file systems
    except OSError:
        return False  # one of them does not exist (yet): not the same file


def refuse_live_target(live: Path, dest: Path) -> None:
    """Raise :class:`BackupTargetError` if writing ``dest`` (or its temporary ``.part``)
    would replace the live store ``live`` or one of its ``-wal``/``-shm`` files."""
    live_files = [live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))]
    written = [dest, dest.with_name(dest.name + ".part")]
    for target in written:
        for existing in live_files:
            if _same_file(target, existing):
                raise BackupTargetError(
                    f"{dest} is the live store ({existing.name}) itself; a backup must go "
                    "to another file. Nothing was written.")


def utc_now() -> str:
    """Timestamps are stored as ISO 8601 UTC text: sortable and unambiguous across offices."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with the pragmas every FocalPoint connection needs (see focalpoint.sqlite).

    Transactions are controlled by ``atomic()`` only, so a write and its outbox row commit
    together or not at all.
    """
    try:
        return sqlite.connect(path)
    except sqlite3.DatabaseError as error:
        raise CorruptStoreError(
            f"{path} is not a readable SQLite database ({error}); it was not changed"
        ) from None


def quick_check(db: sqlite_utils.Database) -> None:
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        raise CorruptStoreError(f"the file is not a readable SQLite database ({error})") from None
    if [tuple(r) for r in rows] != [("ok",)]:
        details = "; ".join(str(r[0]) for r in rows[:5])
        raise CorruptStoreError(f"the integrity check failed: {details}")


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def backup_file(db: sqlite_utils.Database, dest: Path) -> Path:
    """Copy a live database to ``dest`` with SQLite's online backup (consistent under WAL)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    target = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    tmp.replace(dest)
    return dest


def migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix or '.db'}")


def run_migrations(
    db: sqlite_utils.Database,
    path: Path | None,
    migrations: list[tuple[str, Migration]] | None = None,
) -> Path | None:
    """Bring the schema to the newest version; returns the backup taken, if any."""
    if migrations is None:
        migrations = schema.MIGRATIONS
    current = schema_version(db)
    target = len(migrations)
    if current > target:
        raise NewerStoreError(
            f"this store was written by a newer FocalPoint (schema version {current}; this "
            f"version understands up to {target}). Install the newer FocalPoint, or open "
            "another file. The file has not been changed."
        )
    if current == target:
        return None
    backup = None
    if path is not None and current > 0:
        backup = backup_file(db, migration_backup_path(path, current))
    if current == 0:
        with db.atomic():
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
    for version, (name, migrate) in enumerate(migrations, start=1):
        if version <= current:
            continue
        with db.atomic():
            migrate(db)
            db.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                [version, name, utc_now()],
            )
            db.execute(f"PRAGMA user_version = {version}")
    return backup


@contextlib.contextmanager
def closing_on_error(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    try:
        yield db
    except BaseException:
        db.close()
        raise


def open_database(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (or create) and verify a store file, migrating it if it is older."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise StoreError(f"there is no store at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    elif path.is_dir():
        raise NotAStoreError(f"{path} is a folder, not a FocalPoint store")
    db = connect(path)
    with closing_on_error(db):
        quick_check(db)
        app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
        has_tables = bool(db.table_names())
        if has_tables and app_id != APPLICATION_ID:
            raise NotAStoreError(
                f"{path} is an SQLite database but not a FocalPoint store; it was not changed"
            )
        if schema_version(db) > len(schema.MIGRATIONS):
            run_migrations(db, path)  # raises NewerStoreError before touching anything
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        run_migrations(db, path)
    return db


def open_memory_database() -> sqlite_utils.Database:
    db = connect(":memory:")
    run_migrations(db, None)
    return db
