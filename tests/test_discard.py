"""A never-completed store is deleted database first, key last: a kill between the two
steps leaves a key file without a database (the next creation replaces it), never a
database without its key (which nobody could open, and a restore would try to resume)."""

from __future__ import annotations

from pathlib import Path

import pytest

import focalpoint.storage.database as database
import focalpoint.storage.discard as discard
from focalpoint.storage import Store
from focalpoint.storage.discard import DATABASE_SUFFIXES, discard_unfinished
from focalpoint.storage.encryption import KEYINFO_SUFFIX, KEYRING_SERVICE, read_keyinfo
from focalpoint.sync.credentials import MemoryKeyring


class Killed(Exception):
    """The process dies here (a fault injected between two steps)."""


def _files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_the_database_goes_first_every_file_of_it_then_the_key(
        store_path: Path, memory_keyring: MemoryKeyring) -> None:
    Store.open(store_path).close()
    for suffix in ("-wal", "-shm", "-journal"):  # what SQLite may leave, the journal too
        store_path.with_name(store_path.name + suffix).write_bytes(b"left over")
    key_id = read_keyinfo(store_path).key_id
    assert DATABASE_SUFFIXES == ("", "-wal", "-shm", "-journal")
    discard_unfinished(store_path)
    assert _files(store_path) == []
    assert (KEYRING_SERVICE, key_id) not in memory_keyring.secrets  # type: ignore[attr-defined]


def test_a_kill_before_the_key_leaves_what_the_next_creation_handles(
        store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store.open(store_path).close()

    def killed(_path: Path) -> None:
        raise Killed

    monkeypatch.setattr(discard, "forget_key", killed)
    with pytest.raises(Killed):
        discard_unfinished(store_path)
    assert _files(store_path) == [store_path.name + KEYINFO_SUFFIX]  # no keyless database
    monkeypatch.undo()
    with Store.open(store_path) as store:  # created again, over the stale key file
        store.mission.save({"code": "DEMO", "name": "Demo"})
    with Store.open(store_path, create=False) as store:
        mission = store.mission.get()
        assert mission is not None and mission.code == "DEMO"


def test_a_failed_creation_is_discarded_with_its_journal(
        store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*_args: object) -> None:
        store_path.with_name(store_path.name + "-journal").write_bytes(b"rollback journal")
        raise Killed

    monkeypatch.setattr(database, "_verify_and_migrate", failing)
    with pytest.raises(Killed):
        Store.open(store_path)
    assert _files(store_path) == []
