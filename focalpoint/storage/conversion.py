"""Converting an existing plain store into an encrypted one (``focalpoint encrypt``).

The original file is the only copy of a mission's work, so the conversion never writes to
it: a backup is taken first, the encrypted copy is built beside it (``sqlcipher_export``
into ``<store>.encrypting``), checked table by table against the original, and only then
swapped in by one atomic rename. Interrupted at any step before the swap — an exception, a
full disk, a killed process — the original is byte for byte as it was, and running the
command again starts over from the leftovers. After the swap the new file is checked once
more; the plain backup is then removed (a plain copy left lying around would defeat the
purpose) unless the caller asks to keep it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from focalpoint.storage.database import (
    APPLICATION_ID,
    DatabaseError,
    StoreError,
    backup_file,
    connect,
    connect_unlocked,
    open_database,
    quick_check,
    schema_version,
)
from focalpoint.storage.discard import DATABASE_SUFFIXES, discard_unfinished
from focalpoint.storage.encryption import (
    AskPassphrase,
    Kdf,
    copy_keyinfo,
    create_key,
    is_plain_file,
    keyinfo_path,
    read_keyinfo,
)
from focalpoint.storage.private_files import create_private

#: The steps, in order; ``step`` is called with each name before it runs (tests inject
#: faults there). Everything before "swap" leaves the original untouched.
STEPS = ("open", "backup", "key", "export", "verify", "swap", "check")


@dataclass(frozen=True)
class Encrypted:
    path: Path
    source: str  # "keyring" or "passphrase"
    backup: Path | None  # the plain copy, when it was asked to be kept
    #: Automatic (pre-migration) copies encrypted too, with the store's key.
    encrypted_copies: tuple[Path, ...] = ()
    #: Such copies that could not be encrypted (still plain: readable by anyone).
    plain_copies: tuple[Path, ...] = ()


def _no_fault(step: str) -> None:
    return None


def encrypt_store(
    path: Path | str,
    ask: AskPassphrase | None,
    *,
    keep_backup: bool = False,
    kdf: Kdf | None = None,
    step: Callable[[str], None] = _no_fault,
) -> Encrypted:
    """Encrypt the plain store at ``path`` in place (see the module docstring).

    The caller must have closed every other connection to the store.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"there is no store at {path}")
    if not is_plain_file(path):
        raise StoreError(f"{path} is already encrypted")
    tmp = path.with_name(path.name + ".encrypting")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.stem}.plain-{stamp}.backup{path.suffix or '.db'}")
    _remove_leftovers(tmp)
    for stale in path.parent.glob(f"{path.stem}.plain-*.backup*"):
        _remove(stale)  # a killed earlier run's copy: the original is still the plain store
    step("open")
    db, _ = open_database(path, create=False)  # checked and migrated, as for any use
    swapped = False
    try:
        step("backup")
        backup_file(db, backup)
        step("key")
        key = create_key(tmp, ask, kdf)
        step("export")
        _export(db, tmp, key)
        step("verify")
        _verify(db, tmp, key)
        db.close()  # the last connection: SQLite checkpoints and removes the -wal file
        step("swap")
        _swap(tmp, path)
        swapped = True
        step("check")
        check = connect_unlocked(path, key)
        try:
            quick_check(check)
        finally:
            check.close()
    except BaseException:
        db.close()
        if not swapped:
            _remove_leftovers(tmp)
            _remove(backup)
        raise
    source = read_keyinfo(path).source
    if not keep_backup:
        _remove(backup)
    done: list[Path] = []
    failed: list[Path] = []
    for copy in sorted(path.parent.glob(f"{path.stem}.v*.backup*")):
        if not copy.is_file() or copy.name.endswith((".keyinfo", ".part", "-wal", "-shm")):
            continue
        if not is_plain_file(copy):
            continue
        try:
            _encrypt_copy(copy, key, path)
        except (StoreError, OSError, DatabaseError):
            failed.append(copy)
        else:
            done.append(copy)
    return Encrypted(path, source, backup if keep_backup else None, tuple(done), tuple(failed))


def _encrypt_copy(copy: Path, key: bytes, store: Path) -> None:
    """Encrypt an automatic pre-migration copy in place with the store's key, so that no
    plain copy of the mission's data is left beside the encrypted store (the migration that
    made it already ran: the same export, then one rename)."""
    tmp = copy.with_name(copy.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    db = connect(copy)
    try:
        _export(db, tmp, key)
    finally:
        db.close()
    copy_keyinfo(store, copy)
    tmp.replace(copy)


def _export(db: sqlite_utils.Database, tmp: Path, key: bytes) -> None:
    """Write every table, index, trigger and FTS table into the encrypted ``tmp``.

    ``sqlcipher_export`` copies the schema and rows, not the header fields, so the schema
    version and the FocalPoint application id are set by hand.
    """
    create_private(tmp)
    db.execute("ATTACH DATABASE ? AS encrypted KEY ?", [str(tmp), f"x'{key.hex()}'"])
    try:
        db.execute("SELECT sqlcipher_export('encrypted')")
        db.execute(f"PRAGMA encrypted.user_version = {schema_version(db)}")
        db.execute(f"PRAGMA encrypted.application_id = {APPLICATION_ID}")
    finally:
        db.execute("DETACH DATABASE encrypted")
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())


def _verify(db: sqlite_utils.Database, tmp: Path, key: bytes) -> None:
    """The encrypted copy opens with the key, is healthy and holds every row."""
    copy = connect_unlocked(tmp, key)
    try:
        quick_check(copy)
        if schema_version(copy) != schema_version(db):
            raise StoreError("the encrypted copy has a different schema version")
        for table in db.table_names():
            mine = db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            theirs = copy.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
            if mine != theirs:
                raise StoreError(
                    f"the encrypted copy lost rows of {table} ({theirs} of {mine}); "
                    "the store was not changed"
                )
    finally:
        copy.close()


def _swap(tmp: Path, path: Path) -> None:
    """Key file first (a plain file ignores a key file beside it), then the store itself,
    each by one rename; the directory is synced so the renames survive a power cut."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(
            f"{path.name} is still in use (its -wal file holds changes): close FocalPoint "
            "everywhere and try again; the store was not changed"
        )
    wal.unlink(missing_ok=True)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)
    keyinfo_path(tmp).replace(keyinfo_path(path))
    tmp.replace(path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def _remove_leftovers(tmp: Path) -> None:
    """What an earlier, interrupted conversion left: the half copy and its key."""
    for suffix in DATABASE_SUFFIXES:
        tmp.with_name(tmp.name + suffix + ".part").unlink(missing_ok=True)
    discard_unfinished(tmp)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.with_name(path.name + ".part").unlink(missing_ok=True)
