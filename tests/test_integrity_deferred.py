"""The start-up integrity check run after opening (``defer_check``): writes wait for it,
a damaged store is still caught, and nothing is ever written to it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from damaged_store import damaged_deep_inside

from focalpoint.storage import CorruptStoreError, Store
from focalpoint.storage import migrations as schema
from focalpoint.storage.database import OperationalError


def _healthy(path: Path) -> None:
    with Store.open(path) as store:
        store.mission.save({"code": "DEMO", "name": "Demo"})


def test_a_deferred_check_leaves_the_store_readable_and_writes_waiting(store_path: Path):
    _healthy(store_path)
    with Store.open(store_path, create=False, defer_check=True) as store:
        assert store.integrity.pending
        assert store.mission.get() is not None  # reads go ahead
        with pytest.raises(OperationalError, match="readonly"):  # a write outside atomic()
            store.db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        saved: list[str] = []
        writer = threading.Thread(target=lambda: saved.append(store.reopen().activities.save(
            {"title": "Round table", "activity_type": "round_table",
             "task_codes": ["V.11.1"]}).id))
        writer.start()
        writer.join(0.3)
        assert writer.is_alive() and not saved  # held at the gate, not refused
        assert store.activities.total() == 0
        store.check_integrity()
        writer.join(10)
        assert saved and store.activities.get(saved[0]).title == "Round table"
        store.db.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")  # writable again
        assert not store.integrity.pending


def test_a_store_damaged_deep_inside_is_caught_and_never_written(store_path: Path):
    damaged = damaged_deep_inside(store_path)
    store = Store.open(store_path, create=False, defer_check=True)
    try:
        assert store.mission.get() is not None  # opening does not see the damage
        assert store.activities.total() == 30
        with pytest.raises(CorruptStoreError):
            store.check_integrity()
        assert store.integrity.error is not None
        with pytest.raises(CorruptStoreError, match="nothing was written"):
            store.activities.save({"title": "Lost", "activity_type": "training",
                                   "task_codes": ["III.10.2"]})
        with pytest.raises(CorruptStoreError):
            store.reopen().mission.save({"code": "NEW", "name": "New"})
        with pytest.raises(OperationalError, match="readonly"):
            store.db.execute("DELETE FROM activities")
        with pytest.raises(CorruptStoreError):
            store.check_integrity()  # asked again: the same answer
    finally:
        store.close()
    assert store_path.read_bytes() == damaged


def test_the_same_damage_is_caught_at_once_without_defer_check(store_path: Path):
    damaged_deep_inside(store_path)
    with pytest.raises(CorruptStoreError):
        Store.open(store_path, create=False)


def test_a_store_to_migrate_is_checked_before_it_is_written(
        store_path: Path, monkeypatch: pytest.MonkeyPatch):
    damaged = damaged_deep_inside(store_path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("999_x", lambda _db: None)])
    with pytest.raises(CorruptStoreError):
        Store.open(store_path, create=False, defer_check=True)
    assert store_path.read_bytes() == damaged


def test_a_healthy_store_to_migrate_is_checked_at_open(
        store_path: Path, monkeypatch: pytest.MonkeyPatch):
    _healthy(store_path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, ("999_x", lambda _db: None)])
    with Store.open(store_path, create=False, defer_check=True) as store:
        assert not store.integrity.pending  # checked before the migration wrote
        store.mission.save({"code": "NEW", "name": "New"})


def test_a_new_store_needs_no_later_check(tmp_path: Path):
    with Store.open(tmp_path / "new.db", defer_check=True) as store:
        assert not store.integrity.pending
        store.mission.save({"code": "NEW", "name": "New"})
