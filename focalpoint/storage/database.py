"""Opening, checking, migrating and backing up the SQLite file.

Opening a store is where data is most at risk: a file from a newer FocalPoint, a corrupt
file, or a migration interrupted by a power cut. So :func:`open_store` refuses what it does
not understand with a specific exception (never rewrites it), checks integrity before
anything else, and copies the file aside before any migration.

Every connection goes through SQLCipher (``sqlcipher3``), which reads plain SQLite files
too: one driver, one family of exceptions (:data:`DatabaseError`), whether the store is
encrypted (see :mod:`focalpoint.storage.encryption`) or an older plain one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
from sqlcipher3 import dbapi2 as driver

from focalpoint import sqlite
from focalpoint.storage import migrations as schema
from focalpoint.storage.discard import discard_unfinished
from focalpoint.storage.encryption import (
    AskPassphrase,
    Kdf,
    WrongKeyError,
    copy_keyinfo,
    create_key,
    is_plain_file,
    load_key,
    pragma_key,
    read_keyinfo,
)
from focalpoint.storage.errors import CorruptStoreError, NewerStoreError, NotAStoreError, StoreError
from focalpoint.storage.integrity import IntegrityGate
from focalpoint.storage.migrations import Migration
from focalpoint.storage.private_files import create_private

#: What the store's connections raise (SQLCipher's module, not the standard ``sqlite3``).
Error = driver.Error
DatabaseError = driver.DatabaseError
OperationalError = driver.OperationalError
IntegrityError = driver.IntegrityError

SCHEMA_VERSION = len(schema.MIGRATIONS)
#: ``PRAGMA synchronous`` of every connection to a store file and of every backup written:
#: a save the user saw (and its outbox row) survives a power cut.
DURABILITY: sqlite.Synchronous = "FULL"
APPLICATION_ID = 0x46504E54  # "FPNT": marks the file as a FocalPoint store


__all__ = ["CorruptStoreError", "NewerStoreError", "NotAStoreError", "StoreError"]


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


def connect(path: Path | str, key: bytes | None = None,
            gate: IntegrityGate | None = None) -> sqlite_utils.Database:
    """A connection with the pragmas every FocalPoint connection needs (see focalpoint.sqlite).

    Transactions are controlled by ``atomic()`` only, so a write and its outbox row commit
    together or not at all. ``key`` is the raw SQLCipher key of an encrypted store. SQLCipher
    logs a failed decryption to stderr by default; the caller gets the exception instead.
    ``gate``: the store's start-up integrity check, still running (or failed): the
    connection stays read-only until it has passed (see :mod:`.integrity`).
    """
    first = ["PRAGMA cipher_log_level = NONE"]
    if key is not None:
        # Pages are decrypted when read from the file: a larger page cache (32 MiB instead
        # of 2) keeps a 50,000-activity list's scans in decrypted memory.
        first += [pragma_key(key), "PRAGMA cache_size = -32768"]
    create_private(path)  # a new store (and its -wal, -shm) readable by its owner only
    try:
        db = sqlite.connect(path, driver=driver, first=first, synchronous=DURABILITY)
    except driver.DatabaseError as error:
        raise CorruptStoreError(
            f"{path} is not a readable SQLite database ({error}); it was not changed"
        ) from None
    if gate is not None:
        gate.attach(db)
    return db


def quick_check(db: sqlite_utils.Database) -> None:
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except driver.DatabaseError as error:
        raise CorruptStoreError(f"the file is not a readable SQLite database ({error})") from None
    if [tuple(r) for r in rows] != [("ok",)]:
        details = "; ".join(str(r[0]) for r in rows[:5])
        raise CorruptStoreError(f"the integrity check failed: {details}")


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def backup_file(
    db: sqlite_utils.Database,
    dest: Path,
    *,
    key: bytes | None = None,
    source: Path | None = None,
) -> Path:
    """Copy a live database to ``dest`` with SQLite's online backup (consistent under WAL).

    The copy of an encrypted store (``key``) is encrypted with the same key, and ``source``'s
    key file is put beside it first, so the copy opens wherever the original does.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    create_private(tmp)
    target = driver.connect(str(tmp))
    try:
        if key is not None:
            target.execute(pragma_key(key))
        target.execute(f"PRAGMA synchronous = {DURABILITY}")
        db.conn.backup(target)  # type: ignore[arg-type]
    finally:
        target.close()
    if key is not None and source is not None:
        copy_keyinfo(source, dest)
    tmp.replace(dest)
    _sync_folder(dest.parent)  # the rename itself survives a power cut too
    return dest


def _sync_folder(folder: Path) -> None:
    """fsync a directory, so that a file renamed into it is there after a power cut."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on this platform (Windows): the rename is still atomic
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def migration_backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.v{version}-{stamp}.backup{path.suffix or '.db'}")


def run_migrations(
    db: sqlite_utils.Database,
    path: Path | None,
    migrations: list[tuple[str, Migration]] | None = None,
    *,
    key: bytes | None = None,
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
        backup = backup_file(db, migration_backup_path(path, current), key=key, source=path)
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


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    ask: AskPassphrase | None = None,
    encrypt: bool = True,
    kdf: Kdf | None = None,
    error: str = "",
    gate: IntegrityGate | None = None,
) -> tuple[sqlite_utils.Database, bytes | None]:
    """Open (or create) and verify a store file, migrating it if it is older.

    Returns the connection and the store's key (None for a plain store). A new store is
    encrypted unless ``encrypt`` is False; ``ask`` is called for a passphrase where one is
    needed (``error`` tells the person why it asks again). A wrong key or passphrase raises
    :class:`WrongKeyError` without writing anything.

    With a pending ``gate`` the integrity check is left to it (run later by
    :meth:`Store.check_integrity`; the connection is read-only until then) when opening
    writes nothing; a store that needs a migration or its journal mode set is checked
    here first, and the gate is marked passed.
    """
    path = Path(path)
    created = False
    if not path.exists():
        if not create:
            raise StoreError(f"there is no store at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        key = create_key(path, ask, kdf) if encrypt else None
        created = True
    elif path.is_dir():
        raise NotAStoreError(f"{path} is a folder, not a FocalPoint store")
    else:
        key = None if is_plain_file(path) else load_key(path, ask, error)
    try:
        if created and gate is not None:
            gate.passed()  # a new, empty file: nothing to check later
        pending = gate if gate is not None and gate.pending else None
        db = connect_unlocked(path, key, pending)
        with closing_on_error(db):
            _verify_and_migrate(db, path, key, pending)
    except BaseException:
        if created:
            discard_unfinished(path)
        raise
    return db, key


def connect_unlocked(path: Path, key: bytes | None,
                     gate: IntegrityGate | None = None) -> sqlite_utils.Database:
    """:func:`connect`, and for an encrypted file a read of its first page: a key that does
    not decrypt it raises :class:`WrongKeyError` (nothing is written)."""
    try:
        db = connect(path, key, gate)
    except CorruptStoreError:
        if key is None:
            raise
        raise _wrong_key(path) from None
    if key is not None:
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except driver.DatabaseError:
            db.close()
            raise _wrong_key(path) from None
    return db


def _wrong_key(path: Path) -> WrongKeyError:
    source = read_keyinfo(path).source
    what = "passphrase" if source == "passphrase" else "key kept in the system keyring"
    return WrongKeyError(
        f"the {what} does not open {path.name} (wrong {what.split()[0]}, or the file is "
        "damaged); the file was not changed"
    )


def _verify_and_migrate(db: sqlite_utils.Database, path: Path, key: bytes | None,
                        gate: IntegrityGate | None = None) -> None:
    """Check, refuse or migrate; with a pending ``gate``, the check waits for it unless
    something must be written now (see :func:`open_database`)."""
    if gate is None:
        quick_check(db)
    app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    has_tables = bool(db.table_names())
    if has_tables and app_id != APPLICATION_ID:
        raise NotAStoreError(
            f"{path} is an SQLite database but not a FocalPoint store; it was not changed"
        )
    if schema_version(db) > len(schema.MIGRATIONS):
        run_migrations(db, path)  # raises NewerStoreError before touching anything
    wal = db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    if gate is not None and (not wal or schema_version(db) != len(schema.MIGRATIONS)):
        quick_check(db)  # about to be written: checked first, as always
        gate.passed()
        db.execute("SELECT 1")  # lifts the connection's query_only
    if not wal:
        db.execute("PRAGMA journal_mode = WAL")
    run_migrations(db, path, key=key)


def open_memory_database() -> sqlite_utils.Database:
    db = connect(":memory:")
    run_migrations(db, None)
    return db
