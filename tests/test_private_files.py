"""The store's files are readable by their owner only (mode 0600), whatever the umask:
the store, its -wal/-shm, its key file, backups, a restore's temporary file, and the
store encryption writes."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_keys import FAST_KDF, give_passphrase, open_passphrase_store

from focalpoint.storage import Store
from focalpoint.storage.conversion import encrypt_store
from focalpoint.storage.store import restore_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """A umask that takes nothing away: the files must still come out 0600."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def family(path: Path) -> list[Path]:
    """The store file and whichever of its companions exist."""
    return [p for p in (path, *(path.with_name(path.name + s)
                                for s in ("-wal", "-shm", ".keyinfo"))) if p.exists()]


def test_a_new_passphrase_store_and_its_key_file_are_private(tmp_path: Path) -> None:
    path = tmp_path / "mission.db"
    with open_passphrase_store(path) as store:
        store.activities.save({"title": "Training", "activity_type": "training",
                               "task_codes": ["III.12.1"]})
        files = family(path)
        assert {p.name for p in files} >= {"mission.db", "mission.db-wal", "mission.db.keyinfo"}
        assert {p.name: mode(p) for p in files} == {p.name: 0o600 for p in files}


def test_backups_and_restores_are_private(tmp_path: Path) -> None:
    path = tmp_path / "mission.db"
    with open_passphrase_store(path) as store:
        backup = store.backup(tmp_path / "elsewhere" / "copy.db")
    assert [mode(p) for p in family(backup)] == [0o600, 0o600]  # the copy and its key file
    target = tmp_path / "restored.db"
    restore_file(backup, target, give_passphrase)
    assert {p.name: mode(p) for p in family(target)} == {
        "restored.db": 0o600, "restored.db.keyinfo": 0o600}


def test_a_store_encrypted_in_place_stays_private(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    Store.open(path, encrypt=False).close()
    assert mode(path) == 0o600
    encrypt_store(path, give_passphrase, kdf=FAST_KDF)
    assert {p.name: mode(p) for p in family(path)} == {
        "plain.db": 0o600, "plain.db.keyinfo": 0o600}


def test_a_store_left_readable_by_everyone_is_made_private_when_opened(tmp_path: Path) -> None:
    """A store written by an older FocalPoint (0644), or copied in with a loose mode, is
    tightened with its key file and -wal when it is opened; the data is untouched."""
    path = tmp_path / "mission.db"
    with open_passphrase_store(path) as store:
        activity_id = store.activities.save({"title": "Training", "activity_type": "training",
                                             "task_codes": ["III.12.1"]}).id
    loose = family(path)
    for member in loose:
        member.chmod(0o644)
    assert {mode(p) for p in loose} == {0o644}
    with open_passphrase_store(path) as store:
        assert store.activities.get(activity_id).title == "Training"
        assert {p.name: mode(p) for p in family(path)} == {p.name: 0o600 for p in family(path)}
