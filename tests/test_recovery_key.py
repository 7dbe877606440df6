"""The recovery key: its code (round trip, every typo named), and bringing a store's key to
a new computer's keyring (checked against the file first; a wrong key writes nothing)."""

from __future__ import annotations

import secrets
from pathlib import Path

import keyring
import pytest
from store_keys import open_passphrase_store

from focalpoint.storage import KeyUnavailableError, Store, StoreError
from focalpoint.storage.encryption import KEYRING_SERVICE, KeyNotInKeyringError, read_keyinfo
from focalpoint.storage.recovery_key import (
    ALPHABET,
    GROUP_CHARS,
    GROUPS,
    PassphraseIsRecovery,
    RecoveryCodeError,
    RecoveryKeyMismatch,
    decode,
    encode,
    enter_code,
    lines,
    recovery_code,
)
from focalpoint.sync.credentials import MemoryKeyring

KEY = bytes(range(32))


def _groups(code: str) -> list[str]:
    return code.split("-")[1:]


def _with_group(code: str, number: int, group: str) -> str:
    parts = code.split("-")
    parts[number] = group
    return "-".join(parts)


def test_round_trip_of_random_keys() -> None:
    for _ in range(200):
        key = secrets.token_bytes(32)
        code = encode(key)
        assert decode(code) == key
        assert code.startswith("FP1-")
        assert len(_groups(code)) == GROUPS
        assert all(len(g) == GROUP_CHARS and set(g) <= set(ALPHABET) for g in _groups(code))


def test_the_extremes_round_trip() -> None:
    for key in (bytes(32), b"\xff" * 32, KEY):
        assert decode(encode(key)) == key


def test_a_written_key_is_read_as_people_write_it() -> None:
    code = encode(KEY)
    sloppy = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert decode(sloppy) == KEY
    assert decode("\n".join(lines(code))) == KEY  # as printed, over two lines
    assert decode(code.replace("-", "")) == KEY  # without any dash
    assert decode(code[4:]) == KEY  # without the prefix
    assert decode(f"  {code}\n") == KEY


def test_every_single_wrong_character_is_named_by_its_group() -> None:
    code = encode(KEY)
    for number, group in enumerate(_groups(code), start=1):
        for position in range(GROUP_CHARS):
            for char in ALPHABET:
                if char == group[position]:
                    continue
                typo = group[:position] + char + group[position + 1:]
                with pytest.raises(RecoveryCodeError) as raised:
                    decode(_with_group(code, number, typo))
                assert raised.value.group == number
                assert raised.value.reason == "group"
                assert f"group {number} " in str(raised.value)


def test_every_swap_of_neighbours_is_detected() -> None:
    for key in (KEY, secrets.token_bytes(32)):
        code = encode(key)
        for number, group in enumerate(_groups(code), start=1):
            for position in range(GROUP_CHARS - 1):
                a, b = group[position], group[position + 1]
                if a == b:
                    continue
                swapped = group[:position] + b + a + group[position + 2:]
                with pytest.raises(RecoveryCodeError) as raised:
                    decode(_with_group(code, number, swapped))
                assert raised.value.group == number


def test_groups_in_the_wrong_order_or_missing_are_refused() -> None:
    code = encode(KEY)
    groups = _groups(code)
    swapped = [groups[1], groups[0], *groups[2:]]
    with pytest.raises(RecoveryCodeError) as raised:
        decode("FP1-" + "-".join(swapped))
    assert raised.value.group == 1
    with pytest.raises(RecoveryCodeError) as raised:
        decode("FP1-" + "-".join(groups[:-1]))
    assert raised.value.reason == "groups"
    assert "13 groups" in str(raised.value)


def test_a_short_group_a_foreign_character_and_another_version_are_named() -> None:
    code = encode(KEY)
    group5 = _groups(code)[4]
    with pytest.raises(RecoveryCodeError, match=r"group 5 .* has 4 characters") as raised:
        decode(_with_group(code, 5, group5[:4]))
    assert raised.value.group == 5
    with pytest.raises(RecoveryCodeError, match="group 3") as raised:
        decode(_with_group(code, 3, "U" + _groups(code)[2][1:]))
    assert raised.value.reason == "character"
    with pytest.raises(RecoveryCodeError, match="FP2") as raised:
        decode(code.replace("FP1", "FP2"))
    assert raised.value.reason == "version"
    with pytest.raises(RecoveryCodeError) as raised:
        decode("   ")
    assert raised.value.reason == "empty"


def test_a_mistake_that_passes_a_group_check_is_caught_by_the_checksum() -> None:
    """Two wrong characters can fool one group's check (1 in 32): group 14 catches it."""
    code = encode(KEY)
    group = _groups(code)[0]
    found = 0
    for a in ALPHABET:
        for b in ALPHABET:
            candidate = a + b + group[2:]
            if candidate == group:
                continue
            try:
                decode(_with_group(code, 1, candidate))
            except RecoveryCodeError as error:
                if error.reason == "checksum":
                    found += 1
                else:
                    assert error.reason == "group"
            else:
                raise AssertionError(f"{candidate} was accepted for {group}")
    assert found > 0


# --- stores and backups ----------------------------------------------------------------


def _keyring_store(path: Path) -> str:
    """A keyring store with one activity; its recovery key."""
    with Store.open(path) as store:
        store.mission.save({"code": "OMIK", "name": "OSCE Mission in Kosovo"})
        store.activities.save({"title": "Shelter staff training", "activity_type": "training",
                               "task_codes": ["V.11.1"]})
        return recovery_code(path, store.key)


def test_a_backup_opens_on_a_new_computer_with_the_recovery_key(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _keyring_store(path)
    with Store.open(path, create=False) as store:
        code = recovery_code(path, store.key)
        usb = store.backup(tmp_path / "usb" / "backup.db")
    key_id = read_keyinfo(usb).key_id

    new_computer = MemoryKeyring()  # the old laptop, and its keyring, are gone
    keyring.set_keyring(new_computer)
    with pytest.raises(KeyNotInKeyringError) as raised:
        Store.open(usb, create=False)
    assert raised.value.key_id == key_id

    entered = enter_code(usb, code)
    assert entered.outcome == "stored"
    assert new_computer.secrets == {(KEYRING_SERVICE, key_id): decode(code).hex()}
    with Store.open(usb, create=False) as restored:
        assert [a.title for a in restored.activities.list()] == ["Shelter staff training"]
    assert enter_code(usb, code).outcome == "present"


def test_another_stores_key_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    path, other = tmp_path / "store.db", tmp_path / "other.db"
    _keyring_store(path)
    other_code = _keyring_store(other)
    before = path.read_bytes()
    keyring.set_keyring(new_computer := MemoryKeyring())
    with pytest.raises(RecoveryKeyMismatch, match=r"does not open store\.db"):
        enter_code(path, other_code)
    assert new_computer.secrets == {}
    assert path.read_bytes() == before
    with pytest.raises(RecoveryCodeError, match="group 2"):
        enter_code(path, _with_group(other_code, 2, "00000"))
    assert new_computer.secrets == {}


def test_a_different_key_already_in_the_keyring_is_left_alone(tmp_path: Path,
                                                              memory_keyring: MemoryKeyring
                                                              ) -> None:
    path = tmp_path / "store.db"
    code = _keyring_store(path)
    entry = (KEYRING_SERVICE, read_keyinfo(path).key_id)
    memory_keyring.secrets[entry] = "ab" * 32
    with pytest.raises(StoreError, match="already holds another key"):
        enter_code(path, code)
    assert memory_keyring.secrets[entry] == "ab" * 32


def test_without_a_keyring_the_key_cannot_be_kept(tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    path = tmp_path / "store.db"
    code = _keyring_store(path)
    keyring.set_keyring(FailKeyring())
    with pytest.raises(KeyUnavailableError, match="keyring is not available"):
        enter_code(path, code)


def test_a_passphrase_store_has_its_passphrase_as_recovery(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    with open_passphrase_store(path) as store, pytest.raises(
            PassphraseIsRecovery, match="the passphrase is its recovery key"):
        recovery_code(path, store.key)
    with pytest.raises(PassphraseIsRecovery):
        enter_code(path, encode(KEY))


def test_a_plain_or_missing_file_has_no_key(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with Store.open(plain, encrypt=False) as store, pytest.raises(StoreError,
                                                                  match="not encrypted"):
        recovery_code(plain, store.key)
    with pytest.raises(StoreError, match="not encrypted"):
        enter_code(plain, encode(KEY))
    with pytest.raises(StoreError, match="no store or backup"):
        enter_code(tmp_path / "missing.db", encode(KEY))
