"""``focalpoint recovery-key show|enter``: shown only on a terminal (or with --yes), entered
from standard input for a store or backup, a typo or another store's key refused."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import keyring
import pytest
from store_keys import open_passphrase_store

from focalpoint.cli import main
from focalpoint.storage import Store
from focalpoint.storage.encryption import KEYRING_SERVICE, read_keyinfo
from focalpoint.storage.recovery_key import decode
from focalpoint.sync.credentials import MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "store.db"
    with Store.open(path) as store:
        store.activities.save({"title": "Round table on labour exploitation",
                               "activity_type": "round_table", "task_codes": ["IV.7.1"]})
    return str(path)


def _terminal(monkeypatch: pytest.MonkeyPatch, stream: str) -> None:
    monkeypatch.setattr(getattr(sys, stream), "isatty", lambda: True)


def test_show_refuses_a_pipe_without_yes(capsys, db: str) -> None:
    code, out, err = run(capsys, "--db", db, "recovery-key", "show")
    assert code == 2
    assert out == ""
    assert "only on a terminal" in err and "--yes" in err


def test_show_on_a_terminal_warns_and_prints_the_key(capsys, monkeypatch, db: str) -> None:
    _terminal(monkeypatch, "stdout")
    code, out, err = run(capsys, "--db", db, "recovery-key", "show")
    assert code == 0, err
    assert "opens the store store.db and every backup" in err
    assert "apart from this laptop" in err
    assert out.startswith("FP1-")
    with Store.open(db, create=False) as store:
        assert decode(out) == store.key
    assert all(len(line) <= 80 for line in out.splitlines())


def test_a_backup_opens_on_a_new_computer_after_enter(capsys, monkeypatch, db: str,
                                                     tmp_path: Path) -> None:
    code, out, _err = run(capsys, "--db", db, "recovery-key", "show", "--yes")
    assert code == 0
    recovery = out
    backup = str(tmp_path / "usb" / "backup.db")
    code, out, _err = run(capsys, "--db", db, "backup", backup)
    assert code == 0 and "recovery-key show" in out

    keyring.set_keyring(new_computer := MemoryKeyring())
    code, _out, err = run(capsys, "--db", backup, "activities", "list")
    assert code == 1
    assert "not in this computer's keyring" in err and "recovery-key enter" in err

    monkeypatch.setattr(sys, "stdin", io.StringIO(recovery))
    code, out, err = run(capsys, "--db", backup, "recovery-key", "enter")
    assert code == 0, err
    assert "now in this computer's keyring" in out
    assert list(new_computer.secrets) == [(KEYRING_SERVICE, read_keyinfo(Path(backup)).key_id)]
    code, out, _err = run(capsys, "--db", backup, "activities", "list")
    assert code == 0
    assert "Round table on labour exploitation" in out

    monkeypatch.setattr(sys, "stdin", io.StringIO(recovery))
    code, out, _err = run(capsys, "--db", backup, "recovery-key", "enter")
    assert code == 0
    assert "already holds" in out


def test_enter_typed_on_a_terminal_over_two_lines(capsys, monkeypatch, db: str) -> None:
    code, out, _err = run(capsys, "--db", db, "recovery-key", "show", "--yes")
    keyring.set_keyring(new_computer := MemoryKeyring())
    typed = io.StringIO(out.lower() + "this line is never read\n")
    typed.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr(sys, "stdin", typed)
    code, out, err = run(capsys, "--db", db, "recovery-key", "enter")
    assert code == 0, err
    assert "Type the recovery key" in err
    assert len(new_computer.secrets) == 1


def test_enter_names_the_wrong_group_and_writes_nothing(capsys, monkeypatch, db: str) -> None:
    _code, out, _err = run(capsys, "--db", db, "recovery-key", "show", "--yes")
    groups = out.replace("\n", "-").strip("-").split("-")
    groups[5] = ("Y" if groups[5][0] != "Y" else "Z") + groups[5][1:]  # one wrong in group 5
    keyring.set_keyring(new_computer := MemoryKeyring())
    monkeypatch.setattr(sys, "stdin", io.StringIO("-".join(groups)))
    code, _out, err = run(capsys, "--db", db, "recovery-key", "enter")
    assert code == 2
    assert "group 5" in err
    assert new_computer.secrets == {}


def test_enter_refuses_another_stores_key(capsys, monkeypatch, db: str, tmp_path: Path) -> None:
    other = str(tmp_path / "other.db")
    Store.open(other).close()
    _code, other_key, _err = run(capsys, "--db", other, "recovery-key", "show", "--yes")
    keyring.set_keyring(new_computer := MemoryKeyring())
    monkeypatch.setattr(sys, "stdin", io.StringIO(other_key))
    code, _out, err = run(capsys, "--db", db, "recovery-key", "enter")
    assert code == 1
    assert "does not open store.db" in err and "Nothing was written" in err
    assert new_computer.secrets == {}


def test_a_passphrase_store_is_told_its_passphrase_is_the_recovery(capsys, tmp_path: Path
                                                                   ) -> None:
    path = tmp_path / "field.db"
    open_passphrase_store(path).close()
    code, out, err = run(capsys, "--db", str(path), "recovery-key", "show", "--yes")
    assert code == 1
    assert out == ""
    assert "the passphrase is its recovery key" in err


def test_recovery_key_alone_prints_its_usage(capsys) -> None:
    code, _out, err = run(capsys, "recovery-key")
    assert code == 2
    assert "show" in err and "enter" in err
