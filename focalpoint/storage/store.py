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
from focalpoint.storage.conflicts import ConflictRepository
from focalpoint.storage.database import (
    APPLICATION_ID,
    NotAStoreError,
    StoreError,
    backup_file,
    connect,
    connect_unlocked,
    open_database,
    open_memory_database,
    quick_check,
    refuse_live_target,
    schema_version,
)
from focalpoint.storage.encryption import (
    KEYINFO_SUFFIX,
    AskPassphrase,
    Kdf,
    copy_keyinfo,
    is_plain_file,
    load_key,
)
from focalpoint.storage.errors import CorruptStoreError
from focalpoint.storage.integrity import IntegrityGate
from focalpoint.storage.mission import Meta, MissionRepository
from focalpoint.storage.outbox import Outbox
from focalpoint.storage.responses import ResponseRepository
from focalpoint.storage.retention import prune
from focalpoint.storage.reviews import ReviewRepository
from focalpoint.storage.server_state import ServerState
from focalpoint.storage.suggestions import SuggestionRepository


class Store:
    def __init__(
        self,
        db: sqlite_utils.Database,
        path: Path | None,
        catalogue: Catalogue | None = None,
        key: bytes | None = None,
        integrity: IntegrityGate | None = None,
    ) -> None:
        self.db = db
        self.path = path
        self.key = key  # kept in memory only, for reopen() and backups
        #: The start-up integrity check: passed, unless opened with ``defer_check``.
        self.integrity = integrity or IntegrityGate(checked=True)
        self.catalogue = catalogue or current_catalogue(db)
        self.meta = Meta(db)
        self.mission = MissionRepository(db, self.catalogue)
        self.activities = ActivityRepository(db, self.catalogue)
        self.responses = ResponseRepository(db, self.catalogue, self.activities)
        self.outbox = Outbox(db)
        self.suggestions = SuggestionRepository(db)
        self.reviews = ReviewRepository(db)
        self.server_state = ServerState(db)
        self.conflicts = ConflictRepository(db, self)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        catalogue: Catalogue | None = None,
        ask: AskPassphrase | None = None,
        encrypt: bool = True,
        kdf: Kdf | None = None,
        error: str = "",
        defer_check: bool = False,
    ) -> Store:
        """Open (or create) the store at ``path``; see :func:`open_database` for the key.

        ``defer_check`` (the desktop window): leave the integrity check to
        :meth:`check_integrity`, which must then be run (in a worker); the store is
        read-only and its transactions wait until it has passed (see :mod:`.integrity`).
        """
        path = Path(path)
        gate = IntegrityGate() if defer_check else None
        db, key = open_database(
            path, create=create, ask=ask, encrypt=encrypt, kdf=kdf, error=error, gate=gate
        )
        if gate is None or not gate.pending:
            prune(db)  # acknowledged bookkeeping past its retention period
        return cls(db, path, catalogue, key, gate)

    @classmethod
    def memory(cls, catalogue: Catalogue | None = None) -> Store:
        return cls(open_memory_database(), None, catalogue)

    def reopen(self) -> Store:
        """Another connection to the same file, for use on another thread."""
        if self.path is None:
            raise StoreError("an in-memory store cannot be reopened")
        return Store(connect(self.path, self.key, self.integrity), self.path, self.catalogue,
                     self.key, self.integrity)

    def check_integrity(self) -> None:
        """Run the start-up integrity check left for later by ``defer_check``, on a
        connection of its own (call it in a worker), then prune as :meth:`open` does.

        Raises :class:`CorruptStoreError` when the file is damaged; from then on every
        write of this store raises it too, and nothing is written. Does nothing when the
        check already ran.
        """
        gate = self.integrity
        if not gate.pending:
            if gate.error is not None:
                gate.wait()  # raises
            return
        assert self.path is not None  # an in-memory store is never opened deferred
        check: sqlite_utils.Database | None = None
        try:
            check = connect(self.path, self.key)
            # Every page is read once: a cache would only hold (and keep allocated, as
            # resident memory) 32 MiB of pages never read again.
            check.execute("PRAGMA cache_size = -1024")
            quick_check(check)
        except BaseException as error:  # never leave writes waiting for a check that ended
            if check is not None:
                check.close()
            gate.failed(error if isinstance(error, CorruptStoreError) else CorruptStoreError(
                f"the integrity check could not run ({error})"))
            raise
        try:
            gate.passed()
            prune(check)  # acknowledged bookkeeping past its retention period
        finally:
            check.close()

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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
        return backup_file(self.db, dest, key=self.key, source=self.path)


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


def open_file(
    source: Path, ask: AskPassphrase | None = None
) -> tuple[sqlite_utils.Database, bytes | None]:
    """A connection to an existing store file or backup (its key from its key file),
    checked to be healthy and readable by this version; nothing is migrated or written."""
    key = None if is_plain_file(source) else load_key(source, ask)
    db = connect_unlocked(source, key)
    try:
        quick_check(db)
        if int(db.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            raise NotAStoreError(f"{source} is not a FocalPoint store")
        if schema_version(db) > len(schema.MIGRATIONS):
            raise StoreError(f"{source} was written by a newer FocalPoint")
    except BaseException:
        db.close()
        raise
    return db, key


def check_backup(source: Path, ask: AskPassphrase | None = None) -> None:
    """Raise :class:`StoreError` unless ``source`` is a healthy store this version can read."""
    db, _ = open_file(source, ask)
    db.close()


def restore_file(
    source: Path | str, target: Path | str, ask: AskPassphrase | None = None
) -> Path | None:
    """Replace ``target`` by the backup ``source``; the old file is moved aside, never lost.

    Returns where the previous file went (``None`` if there was none). The caller must have
    closed every connection to ``target``. An encrypted backup stays encrypted with its key,
    and its key file comes along.
    """
    source, target = Path(source), Path(target)
    source_db, key = open_file(source, ask)
    tmp = target.with_name(target.name + ".restoring")
    try:
        tmp.unlink(missing_ok=True)
        backup_file(source_db, tmp, key=key)  # online backup: includes the source's WAL
    finally:
        source_db.close()
    kept: Path | None = None
    if target.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = target.with_name(f"{target.name}.replaced-{stamp}")
        target.replace(kept)
        for suffix in ("-wal", "-shm", KEYINFO_SUFFIX):
            side = target.with_name(target.name + suffix)
            if side.exists():
                side.replace(kept.with_name(kept.name + suffix))
    if key is not None:
        copy_keyinfo(source, target)
    tmp.replace(target)
    return kept


def find_backups(path: Path | str) -> list[Path]:
    """Backups of the store at ``path`` (automatic pre-migration ones first, newest first)."""
    path = Path(path)
    found = sorted(path.parent.glob(f"{path.stem}.v*.backup*"), reverse=True)
    return [
        p
        for p in found
        if p.is_file() and not p.name.endswith((".part", KEYINFO_SUFFIX, "-wal", "-shm"))
    ]
