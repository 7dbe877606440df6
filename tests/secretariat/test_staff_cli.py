"""``focalpoint-secretariat`` staff commands: password from stdin, never argv; audit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from focalpoint.secretariat.accounts import StaffAccounts
from focalpoint.secretariat.cli import main
from focalpoint.secretariat.store import ServiceStore


def _run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(argv)


def test_staff_accounts_from_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    assert _run(["add-staff", "Anna@OSCE.example", "--name", "Anna Admin", "--role", "admin",
                 *db], "a long enough password\n", monkeypatch) == 0
    assert "Added admin anna@osce.example" in capsys.readouterr().out
    assert _run(["add-staff", "ben@osce.example", "--name", "Бен", "--role", "analyst", *db],
                "another password!\n", monkeypatch) == 0
    assert main(["staff", *db]) == 0
    listing = capsys.readouterr().out
    assert "anna@osce.example" in listing and "ben@osce.example" in listing
    store = ServiceStore.open(tmp_path / "s.db")
    accounts = StaffAccounts(store)
    hashes = [s.password_hash for s in accounts.staff()]
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert accounts.login("anna@osce.example", "a long enough password", "local") is not None

    assert main(["disable-staff", "ben@osce.example", *db]) == 0
    assert accounts.login("ben@osce.example", "another password!", "local") is None
    assert _run(["reset-password", "anna@osce.example", *db], "a brand new password\n",
                monkeypatch) == 0
    assert accounts.login("anna@osce.example", "a long enough password", "local") is None
    assert accounts.login("anna@osce.example", "a brand new password", "local") is not None
    capsys.readouterr()
    assert main(["audit", "--json", *db]) == 0
    actions = [row["action"] for row in json.loads(capsys.readouterr().out)]
    assert {"staff added", "staff disabled", "password reset", "login", "login failed"} <= set(
        actions)
    assert main(["audit", *db]) == 0
    assert "command line" in capsys.readouterr().out


@pytest.mark.parametrize("argv,stdin,message", [
    (["add-staff", "x@osce.example", "--name", "X", "--role", "admin"], "short\n",
     "at least 10 characters"),
    (["add-staff", "not-an-address", "--name", "X", "--role", "admin"], "long password 1\n",
     "not an e-mail address"),
    (["add-staff", "x@osce.example", "--name", "X", "--role", "admin"], "", "no password"),
    (["reset-password", "nobody@osce.example"], "long password 1\n", "no staff account"),
    (["disable-staff", "nobody@osce.example"], "", "no staff account"),
])
def test_bad_input_is_exit_2_with_a_message_and_nothing_changed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        argv: list[str], stdin: str, message: str) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    assert _run([*argv, *db], stdin, monkeypatch) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert StaffAccounts(ServiceStore.open(tmp_path / "s.db")).staff() == []


def test_the_password_is_never_an_argument() -> None:
    with pytest.raises(SystemExit):
        main(["add-staff", "x@osce.example", "--name", "X", "--role", "admin",
              "--password", "secret"])


def test_the_last_admin_cannot_be_disabled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "s.db")]
    assert _run(["add-staff", "a@osce.example", "--name", "A", "--role", "admin", *db],
                "long password 1\n", monkeypatch) == 0
    assert main(["disable-staff", "a@osce.example", *db]) == 2
    assert "last active admin" in capsys.readouterr().err
