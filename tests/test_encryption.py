"""Encryption at rest: the store, its backups and migration copies are unreadable without
the key; a wrong key is refused without touching the file; plain stores convert safely."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from store_keys import FAST_KDF, TEST_PASSPHRASE, give_passphrase

from focalpoint.cli import main
from focalpoint.storage import (
    CorruptStoreError,
    KeyUnavailableError,
    PassphraseCancelled,
    PassphraseRequest,
    Store,
    WrongKeyError,
    restore_file,
)
from focalpoint.storage.conversion import STEPS, encrypt_store
from focalpoint.storage.encryption import (
    KEYRING_SERVICE,
    Kdf,
    is_plain_file,
    keyinfo_path,
    read_keyinfo,
)
from focalpoint.sync.credentials import MemoryKeyring

SECRET_TITLE = "Shelter Nadezhda at Rustaveli street 17"
SECRET_PARTNER = "Зугдиди women's crisis centre"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_secret(store: Store) -> str:
    return store.activities.save(
        {
            "title": SECRET_TITLE,
            "activity_type": "shelter_support",
            "partners": [SECRET_PARTNER],
            "task_codes": ["V.11.1"],
        }
    ).id


def leaks(path: Path) -> bool:
    """Whether the file (or its WAL) holds the activity's text in any readable form."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    needles = [SECRET_TITLE, SECRET_PARTNER, "Rustaveli", "Nadezhda"]
    return any(n.encode("utf-8") in data or n.encode("utf-16-le") in data for n in needles)


def test_store_and_backup_hold_none_of_an_activitys_text(
    store_path: Path, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with Store.open(store_path) as store:
        assert store.encrypted
        add_secret(store)
        assert leaks(store_path) is False  # also while open, WAL included
        backup = store.backup(tmp_path / "copy.db")
    assert not leaks(store_path) and not leaks(backup)
    assert not is_plain_file(store_path) and not is_plain_file(backup)
    # The key is in the keyring only: the key file names the entry, holds no key.
    info = read_keyinfo(store_path)
    assert info.source == "keyring"
    key = memory_keyring.secrets[(KEYRING_SERVICE, info.key_id)]
    assert key not in keyinfo_path(store_path).read_text()
    assert key.encode() not in store_path.read_bytes()
    with Store.open(backup, create=False) as copy:
        assert copy.activities.list()[0].title == SECRET_TITLE
    # The check can fail: the same activity in a plain store is readable in its bytes.
    plain = tmp_path / "plain.db"
    with Store.open(plain, encrypt=False) as store:
        add_secret(store)
    assert leaks(plain)


def test_wrong_key_is_refused_with_a_clear_message_and_the_file_untouched(
    store_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with Store.open(store_path) as store:
        add_secret(store)
    before = digest(store_path)
    entry = (KEYRING_SERVICE, read_keyinfo(store_path).key_id)
    good = memory_keyring.secrets[entry]
    memory_keyring.secrets[entry] = "00" * 32
    with pytest.raises(WrongKeyError, match=r"does not open store\.db.*not changed"):
        Store.open(store_path, create=False)
    assert digest(store_path) == before
    del memory_keyring.secrets[entry]
    with pytest.raises(KeyUnavailableError, match="not in this computer's keyring"):
        Store.open(store_path, create=False)
    assert digest(store_path) == before
    memory_keyring.secrets[entry] = good
    with Store.open(store_path, create=False) as store:
        assert store.activities.list()[0].title == SECRET_TITLE


def test_passphrase_store_with_the_real_kdf(store_path: Path) -> None:
    """No keyring: the key is derived from the passphrase (Argon2id, default parameters)."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    asked: list[PassphraseRequest] = []

    def ask(request: PassphraseRequest) -> str:
        asked.append(request)
        return TEST_PASSPHRASE if not request.error else "still wrong, sorry"

    with Store.open(store_path, ask=ask) as store:
        add_secret(store)
    assert [r.new for r in asked] == [True]
    info = read_keyinfo(store_path)
    assert info.source == "passphrase" and info.kdf == Kdf() and len(info.salt) == 16
    assert TEST_PASSPHRASE not in keyinfo_path(store_path).read_text()
    assert not leaks(store_path)
    before = digest(store_path)
    with pytest.raises(WrongKeyError, match="passphrase does not open"):
        Store.open(store_path, create=False, ask=lambda r: "not the passphrase")
    assert digest(store_path) == before
    with Store.open(store_path, create=False, ask=ask) as store:
        assert store.activities.list()[0].title == SECRET_TITLE
        reader = store.reopen()  # a worker's connection needs no second passphrase
        assert reader.activities.total() == 1
        reader.close()
    assert [r.new for r in asked] == [True, False]


def test_no_keyring_and_no_passphrase_creates_nothing(store_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(PassphraseCancelled):
        Store.open(store_path, ask=lambda request: None)
    with pytest.raises(KeyUnavailableError, match="FOCALPOINT_PASSPHRASE"):
        Store.open(store_path)
    with pytest.raises(Exception, match="at least 8"):
        Store.open(store_path, ask=lambda request: "short")
    assert list(store_path.parent.iterdir()) == []


def test_lost_key_file_is_named_in_the_message(store_path: Path) -> None:
    Store.open(store_path).close()
    keyinfo_path(store_path).unlink()
    before = digest(store_path)
    with pytest.raises(CorruptStoreError, match=r"store.db.keyinfo is missing"):
        Store.open(store_path, create=False)
    assert digest(store_path) == before


def test_restore_of_an_encrypted_backup(store_path: Path, tmp_path: Path) -> None:
    with Store.open(store_path) as store:
        activity = add_secret(store)
        backup = store.backup(tmp_path / "saved" / "copy.db")
        store.activities.delete(activity)
    kept = restore_file(backup, store_path)
    assert kept is not None and keyinfo_path(kept).exists()
    assert not leaks(store_path)
    with Store.open(store_path, create=False) as store:
        assert store.activities.get(activity).title == SECRET_TITLE


# --- converting a plain store ----------------------------------------------------------


def plain_store(path: Path) -> str:
    with Store.open(path, encrypt=False) as store:
        add_secret(store)
    assert is_plain_file(path) and leaks(path)
    return digest(path)


def leftovers(folder: Path, keep: set[str]) -> set[str]:
    return {p.name for p in folder.iterdir()} - keep


def test_encrypt_converts_a_plain_store(store_path: Path, memory_keyring: MemoryKeyring) -> None:
    plain_store(store_path)
    old_copy = store_path.with_name("store.v1-20250101T000000Z.backup.db")
    old_copy.write_bytes(store_path.read_bytes())  # an older pre-migration copy, plain
    result = encrypt_store(store_path, None)
    assert result.source == "keyring" and result.backup is None
    assert result.encrypted_copies == (old_copy,) and result.plain_copies == ()
    assert not leaks(old_copy)  # no plain copy of the data is left beside the store
    with Store.open(old_copy, create=False) as copy:
        assert copy.activities.list()[0].title == SECRET_TITLE
    for side in (old_copy, keyinfo_path(old_copy)):
        side.unlink()
    assert not leaks(store_path)
    assert leftovers(store_path.parent, {"store.db", "store.db.keyinfo"}) == set()
    with Store.open(store_path, create=False) as store:
        assert store.encrypted and store.activities.list()[0].partners == [SECRET_PARTNER]
        assert store.activities.list(flt=None)[0].title == SECRET_TITLE
        assert store.activities.count(flt=None) == 1
        from focalpoint.storage import ActivityFilter

        assert store.activities.count(ActivityFilter(search="nadezhda")) == 1  # FTS copied
    assert len(memory_keyring.secrets) == 1
    with pytest.raises(Exception, match="already encrypted"):
        encrypt_store(store_path, None)


class Fault(Exception):
    pass


@pytest.mark.parametrize("fault_at", STEPS)
def test_encrypt_interrupted_at_every_step(
    store_path: Path, fault_at: str, memory_keyring: MemoryKeyring
) -> None:
    before = plain_store(store_path)
    reached: list[str] = []

    def step(name: str) -> None:
        reached.append(name)
        if name == fault_at:
            raise Fault(name)

    with pytest.raises(Fault):
        encrypt_store(store_path, None, step=step)
    assert reached[-1] == fault_at  # the fault really fired there
    if STEPS.index(fault_at) <= STEPS.index("swap"):
        assert digest(store_path) == before  # the original, byte for byte
        assert leftovers(store_path.parent, {"store.db"}) <= {"store.db.keyinfo"}
        assert memory_keyring.secrets == {}  # no orphaned key
        with Store.open(store_path, create=False) as store:
            assert not store.encrypted and store.activities.total() == 1
    else:  # after the swap: the encrypted store is in place, the plain copy still kept
        assert not is_plain_file(store_path)
        assert any(".plain-" in p.name for p in store_path.parent.iterdir())
    if is_plain_file(store_path):
        encrypt_store(store_path, None)  # a second run finishes the job
    with Store.open(store_path, create=False) as store:
        assert store.encrypted and store.activities.list()[0].title == SECRET_TITLE


KILL_CHILD = """
import os, sys
sys.path.insert(0, {tests!r})
from store_keys import FAST_KDF, give_passphrase
from focalpoint.storage.conversion import encrypt_store

def step(name):
    if name == {step!r}:
        os._exit(9)  # as abrupt as kill -9: no clean-up of any kind runs

encrypt_store({path!r}, give_passphrase, kdf=FAST_KDF, step=step)
"""


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", STEPS[:-1])
def test_encrypt_killed_at_every_step_leaves_the_original(store_path: Path, kill_at: str) -> None:
    before = plain_store(store_path)
    code = KILL_CHILD.format(tests=str(Path(__file__).parent), step=kill_at, path=str(store_path))
    child = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        capture_output=True,
    )
    assert child.returncode == 9, child.stderr  # killed at that step, not finished
    assert digest(store_path) == before
    with Store.open(store_path, create=False) as store:
        assert not store.encrypted and store.activities.total() == 1
    keyring.set_keyring(keyring.backends.fail.Keyring())
    encrypt_store(store_path, give_passphrase, kdf=FAST_KDF)  # leftovers are cleared
    assert leftovers(store_path.parent, {"store.db", "store.db.keyinfo"}) == set()
    with Store.open(store_path, create=False, ask=give_passphrase) as store:
        assert store.activities.list()[0].title == SECRET_TITLE


def test_cli_encrypt_and_backup_with_a_passphrase_from_the_environment(
    store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plain_store(store_path)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", TEST_PASSPHRASE)
    assert main(["--db", str(store_path), "encrypt"]) == 0
    out = capsys.readouterr().out
    assert "now encrypted" in out and "passphrase" in out
    assert not leaks(store_path)
    dest = tmp_path / "backup.db"
    assert main(["--db", str(store_path), "backup", str(dest)]) == 0
    assert "keep backup.db.keyinfo beside it" in capsys.readouterr().out
    assert not leaks(dest)
    assert main(["--db", str(dest), "activities", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == SECRET_TITLE
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", "a wrong passphrase")
    before = digest(store_path)
    assert main(["--db", str(store_path), "activities", "list"]) == 1
    assert "passphrase does not open" in capsys.readouterr().err
    assert digest(store_path) == before
    monkeypatch.delenv("FOCALPOINT_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: no prompt possible
    assert main(["--db", str(store_path), "activities", "list"]) == 1
    assert "set FOCALPOINT_PASSPHRASE or run the command on a terminal" in (
        capsys.readouterr().err
    )
