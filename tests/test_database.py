"""Opening a store: pragmas, migrations with backup, refusal of newer or damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from focalpoint.storage import (
    SCHEMA_VERSION,
    CorruptStoreError,
    NewerStoreError,
    NotAStoreError,
    Store,
    find_backups,
    restore_file,
)
from focalpoint.storage import migrations as schema
from focalpoint.storage.encryption import is_plain_file
from focalpoint.storage.store import open_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_store_has_wal_foreign_keys_and_version(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    applied = [row["name"] for row in store.db.query("SELECT name FROM migrations")]
    assert applied == [name for name, _ in schema.MIGRATIONS]


def _add_column(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE activities ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0")


def test_migration_to_next_version_backs_up_and_keeps_data(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(store_path) as store:
        saved = store.activities.save(
            {
                "title": "Round table on NRM",
                "activity_type": "round_table",
                "task_codes": ["V.11.1"],
            }
        )
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("999_reviewed", _add_column)])
    with Store.open(store_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert "reviewed" in store.db["activities"].columns_dict
        assert store.activities.get(saved.id).title == "Round table on NRM"
    backups = find_backups(store_path)
    assert len(backups) == 1
    assert not is_plain_file(backups[0])  # encrypted with the store's key, key file beside
    old, _ = open_file(backups[0])  # the backup is the pre-migration file, as it was
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.execute("SELECT title FROM activities").fetchall() == [("Round table on NRM",)]
    old.close()


def test_failed_migration_rolls_back_and_leaves_previous_version(
    store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(store_path).close()

    def broken(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("999_broken", broken)])
    with pytest.raises(RuntimeError, match="power cut"):
        Store.open(store_path)
    monkeypatch.undo()
    with Store.open(store_path) as store:
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert "half_done" not in store.db.table_names()


@pytest.mark.parametrize("encrypt", [True, False], ids=["encrypted", "plain"])
def test_newer_store_is_refused_and_left_untouched(store_path: Path, encrypt: bool) -> None:
    with Store.open(store_path, encrypt=encrypt) as store:
        store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = digest(store_path)
    with pytest.raises(NewerStoreError, match="newer FocalPoint"):
        Store.open(store_path)
    assert digest(store_path) == before


def test_garbage_file_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my notes, not a database." * 200)
    before = digest(path)
    with pytest.raises(CorruptStoreError):
        Store.open(path)
    assert digest(path) == before


def test_damaged_store_fails_integrity_check(demo_store: Store, tmp_path: Path) -> None:
    source = demo_store.backup(tmp_path / "good.db")
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page * 3, len(data) - page, page * 2):  # scribble over pages
        data[offset + 100 : offset + 400] = b"\xff" * 300
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    before = digest(damaged)
    with pytest.raises(CorruptStoreError):
        Store.open(damaged)
    assert digest(damaged) == before


def test_other_sqlite_database_is_not_adopted(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAStoreError):
        Store.open(path)


def test_backup_and_restore_keep_the_replaced_file(demo_store: Store, tmp_path: Path) -> None:
    backup = demo_store.backup(tmp_path / "copy.db")
    count = demo_store.activities.total()
    target = demo_store.path
    assert target is not None
    demo_store.activities.delete(demo_store.activities.ids()[0])
    demo_store.close()
    kept = restore_file(backup, target)
    assert kept is not None and kept.exists()
    with Store.open(target) as restored:
        assert restored.activities.total() == count
    with Store.open(kept) as previous:
        assert previous.activities.total() == count - 1


def test_restore_refuses_a_bad_backup(tmp_path: Path, store_path: Path) -> None:
    Store.open(store_path).close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope" * 1000)
    before = digest(store_path)
    with pytest.raises(CorruptStoreError):
        restore_file(bad, store_path)
    assert digest(store_path) == before
