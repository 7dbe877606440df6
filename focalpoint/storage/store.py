"""The store: one object that the CLI, the GUI and the sync engine are handed.

It owns one SQLite connection and the repositories over it. Background workers that need
to read while the GUI thread writes call :meth:`Store.reopen` for a connection of their own
(WAL lets readers and one writer work at once).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from focalpoint.catalogue import Catalogue, CatalogueError, load_catalogue
from focalpoint.storage import migrations as schema
from focalpoint.storage.activities import ActivityRepository
from focalpoint.storage.database import (
    APPLICATION_ID,
    NotAStoreError,
    StoreError,
    backup_file,
    connect,
    open_database,
    open_memory_database,
    quick_check,
    refuse_live_target,
    schema_version,
)
from focalpoint.storage.mission import Meta, MissionRepository
from focalpoint.storage.outbox import Outbox
from focalpoint.storage.responses import ResponseRepository


class Store:
    def __init__(
        self, db: sqlite_utils.Database, path: Path | None, catalogue: Catalogue | None = None
    ) -> None:
        self.db = db
        self.path = path
        self.catalogue = catalogue or current_catalogue(db)
        self.meta = Meta(db)
        self.mission = MissionRepository(db, self.catalogue)
        self.activities = ActivityRepository(db, self.catalogue)
        self.responses = ResponseRepository(db, self.catalogue, self.activities)
        self.outbox = Outbox(db)

    @classmethod
    def open(
        cls, path: Path | str, *, create: bool = True, catalogue: Catalogue | None = None
    ) -> Store:
        path = Path(path)
        return cls(open_database(path, create=create), path, catalogue)

    @classmethod
    def memory(cls, catalogue: Catalogue | None = None) -> Store:
        return cls(open_memory_database(), None, catalogue)

    def reopen(self) -> Store:
        """Another connection to the same file, for use on another thread."""
        if self.path is None:
            raise StoreError("an in-memory store cannot be reopened")
        return Store(connect(self.path), self.path, self.catalogue)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def backup(self, dest: Path | str) -> Path:
        """A consistent copy of the live store (safe while it is in use).

        Refuses (:class:`BackupTargetError`) a destination that is the live store itself,
        by whatever name (a relative path, a symlink, a hard link), or one of its ``-wal``
        / ``-shm`` files: writing there would destroy the store being copied.
        """
        dest = Path(dest)
        if self.path is not None:
            refuse_live_target(self.path, dest)
        return backup_file(self.db, dest)


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order catalogue versions naturally: ``2006.10`` comes after ``2006.9``."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in version.split("."))


def current_catalogue(db: sqlite_utils.Database) -> Catalogue:
    """The newest Action Plan catalogue this store knows: bundled, or pulled on sync.

    A version the Secretariat published later than the one shipped with this FocalPoint is
    kept in ``catalogue_versions`` by the sync engine; from then on activities validate
    against it. A stored version that no longer parses is skipped, never fatal.
    """
    newest = load_catalogue()
    for version, data in db.execute("SELECT version, data FROM catalogue_versions"):
        if version_key(version) <= version_key(newest.version):
            continue
        try:
            newest = Catalogue.from_json(data, source=f"stored catalogue {version}")
        except CatalogueError:
            continue
    return newest


def check_backup(source: Path) -> None:
    """Raise :class:`StoreError` unless ``source`` is a healthy store this version can read."""
    db = connect(source)
    try:
        quick_check(db)
        if int(db.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            raise NotAStoreError(f"{source} is not a FocalPoint store")
        if schema_version(db) > len(schema.MIGRATIONS):
            raise StoreError(f"{source} was written by a newer FocalPoint")
    finally:
        db.close()


def restore_file(source: Path | str, target: Path | str) -> Path | None:
    """Replace ``target`` by the backup ``source``; the old file is moved aside, never lost.

    Returns where the previous file went (``None`` if there was none). The caller must have
    closed every connection to ``target``.
    """
    source, target = Path(source), Path(target)
    check_backup(source)
    kept: Path | None = None
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        target.replace(kept)
        for suffix in ("-wal", "-shm"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
    tmp = target.with_name(target.name + ".restoring")
    tmp.unlink(missing_ok=True)
    source_db = connect(source)
    try:
        backup_file(source_db, tmp)  # online backup: includes a WAL the source may have
    finally:
        source_db.close()
    tmp.replace(target)
    return kept


def find_backups(path: Path | str) -> list[Path]:
    """Backups of the store at ``path`` (automatic pre-migration ones first, newest first)."""
    path = Path(path)
    found = sorted(path.parent.glob(f"{path.stem}.v*.backup*"), reverse=True)
    return [p for p in found if p.is_file() and not p.name.endswith(".part")]
