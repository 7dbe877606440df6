"""The command line end to end, in a temporary directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from store_keys import TEST_PASSPHRASE, give_passphrase, open_passphrase_store

from focalpoint.cli import main
from focalpoint.storage import Store

REQUIRED_TASKS = [
    "III.9.1",
    "III.9.2",
    "III.10.1",
    "III.10.2",
    "III.10.3",
    "III.10.4",
    "III.11.1",
    "III.12.1",
    "III.12.2",
    "III.13.1",
    "IV.6.1",
    "IV.6.2",
    "IV.7.1",
    "IV.7.2",
    "IV.7.3",
    "IV.8.1",
    "IV.8.2",
    "IV.8.4",
    "IV.8.5",
    "V.11.1",
    "V.11.2",
    "V.12.1",
    "V.13.1",
    "V.14.1",
    "V.14.2",
    "V.15.1",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "x.db")


@pytest.fixture
def demo_db(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", db, "demo")[0] == 0
    return db


def test_demo_then_list_json(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", demo_db, "activities", "list", "--json")
    assert code == 0
    activities = json.loads(out)
    assert len(activities) >= 40
    chapters = {code.split(".")[0] for a in activities for code in a["task_codes"]}
    assert chapters == {"III", "IV", "V"}
    assert any("Тренинг" in a["title"] for a in activities)
    years = {a["start_date"][:4] for a in activities if a["start_date"]}
    assert years <= {"2004", "2005", "2006"}


def test_demo_refuses_a_store_with_data(demo_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", demo_db, "demo")
    assert code == 2 and "already holds" in err


def test_catalogue_json_lists_the_26_tasks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalogue", "--json")
    assert code == 0
    document = json.loads(out)
    tasks = [t for c in document["chapters"] for s in c["sections"] for t in s["tasks"]]
    assert [t["code"] for t in tasks] == REQUIRED_TASKS
    assert all(t["text"] and t["bodies"] for t in tasks)


def test_init_add_search_delete(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            capsys,
            "--db",
            db,
            "init",
            "--mission-code",
            "omik",
            "--mission-name",
            "OSCE Mission in Kosovo",
        )[0]
        == 0
    )
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "activities",
        "add",
        "--title",
        "Тренинг для судей",
        "--type",
        "training",
        "--task",
        "III.12.1",
        "--task",
        "7.2",
        "--start",
        "2005-02-01",
        "--partner",
        "ODIHR",
    )
    assert code == 0
    activity_id = out.strip()
    code, out, _ = run(capsys, "--db", db, "activities", "list", "--search", "судей", "--json")
    found = json.loads(out)
    assert [a["id"] for a in found] == [activity_id]
    assert found[0]["task_codes"] == ["III.12.1", "IV.7.2"]
    code, out, _ = run(capsys, "--db", db, "activities", "list", "--task", "IV.7.2")
    assert activity_id in out
    assert run(capsys, "--db", db, "activities", "delete", activity_id)[0] == 0
    code, _, err = run(capsys, "--db", db, "activities", "delete", activity_id)
    assert code == 2 and "no activity" in err


def test_init_refuses_a_second_mission(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "init", "--mission-code", "OMIK", "--mission-name", "Kosovo")
    code, _, err = run(
        capsys, "--db", db, "init", "--mission-code", "OSCEBIH", "--mission-name", "BiH"
    )
    assert code == 2 and "belongs to mission OMIK" in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ["activities", "add", "--title", "", "--type", "training", "--task", "III.12.1"],
            "title: must not be empty",
        ),
        (
            ["activities", "add", "--title", "T", "--type", "training", "--task", "X.1"],
            "task_codes[0]: unknown Action Plan task code 'X.1'",
        ),
        (
            [
                "activities",
                "add",
                "--title",
                "T",
                "--type",
                "training",
                "--task",
                "III.12.1",
                "--start",
                "2005-02-30",
            ],
            "start_date",
        ),
        (["activities", "list", "--task", "IX.9.9"], "--task: unknown"),
    ],
)
def test_bad_values_exit_2_with_a_message(
    demo_db: str, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    code, _, err = run(capsys, "--db", demo_db, *args)
    assert code == 2
    assert words in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["activities", "list", "--year", "two thousand"],
        ["activities", "add", "--title", "T", "--type", "picnic", "--task", "III.12.1"],
    ],
)
def test_usage_errors_exit_2(
    demo_db: str, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", demo_db, *args])
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_missing_store_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "activities", "list")
    assert code == 1 and "there is no store" in err
    assert not (tmp_path / "none.db").exists()


def test_corrupt_store_is_reported_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "--db", str(path), "activities", "list")
    assert code == 1 and "not a readable SQLite database" in err
    assert path.read_bytes() == b"garbage" * 1000


def export(capsys: pytest.CaptureFixture[str], db: str, path: Path) -> dict[str, Any]:
    assert run(capsys, "--db", db, "export", str(path))[0] == 0
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_export_import_round_trip(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export(capsys, demo_db, tmp_path / "out.json")
    assert exported["format"] == "focalpoint-activities"
    other = str(tmp_path / "other.db")
    run(capsys, "--db", other, "init", "--mission-code", "DEMO", "--mission-name", "Demo")
    code, out, _ = run(capsys, "--db", other, "import", str(tmp_path / "out.json"))
    assert code == 0 and f"Imported {len(exported['activities'])}" in out
    again = export(capsys, other, tmp_path / "again.json")
    assert again["activities"] == exported["activities"]


def big_file(tmp_path: Path, bad_index: int | None) -> Path:
    records = [
        {
            "title": f"Seminar {i} для судей",
            "activity_type": "workshop",
            "status": "completed",
            "start_date": "2005-05-01",
            "task_codes": ["III.12.1"],
            "partners": ["ODIHR"],
        }
        for i in range(1000)
    ]
    if bad_index is not None:
        records[bad_index]["funding"] = [{"source": "extrabudgetary", "amount": "-100"}]
    path = tmp_path / "import.json"
    path.write_text(
        json.dumps(
            {"format": "focalpoint-activities", "version": 1, "activities": records},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def store_state(db: str) -> tuple[list[dict[str, Any]], int]:
    with Store.open(db, ask=give_passphrase) as store:  # (keyring stores ask nothing)
        return [a.model_dump(mode="json") for a in store.activities.list()], len(store.outbox.all())


def test_one_bad_record_among_1000_changes_nothing(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = store_state(demo_db)
    code, _, err = run(capsys, "--db", demo_db, "import", str(big_file(tmp_path, 536)))
    assert code == 2  # the 537th record of the file (index 536) is named as a person counts
    assert "record 537: funding[0].amount: must not be negative" in err
    assert store_state(demo_db) == before
    code, out, _ = run(capsys, "--db", demo_db, "import", str(big_file(tmp_path, None)))
    assert code == 0 and "Imported 1000" in out


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b'{"format": "something-else", "activities": []}', "expected 'focalpoint-activities'"),
        (b'{"activities": {"a": 1}}', "'activities' must be a list"),
        (b'"just a string"', "expected an object"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'[{"title": "x"}]', "record 1: activity_type: is required"),
        (b"[42]", "record 1"),
    ],
)
def test_malformed_import_files(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = store_state(demo_db)
    code, _, err = run(capsys, "--db", demo_db, "import", str(path))
    assert code == 2
    assert words in err
    assert store_state(demo_db) == before


def test_export_to_unwritable_path(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", demo_db, "export", str(tmp_path / "no" / "dir.json"))
    assert code == 2 and "cannot be written" in err


def test_console_script_version_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "focalpoint", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith("FocalPoint ")
    result = subprocess.run(
        [sys.executable, "-m", "focalpoint", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("init", "demo", "catalogue", "activities", "import", "export"):
        assert command in result.stdout


def test_reader_closing_the_pipe_is_not_an_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``focalpoint activities list --json | head -1`` must not print a traceback."""
    db = str(tmp_path / "shared.db")
    open_passphrase_store(Path(db)).close()  # a child process cannot see the test keyring
    monkeypatch.setenv("FOCALPOINT_PASSPHRASE", TEST_PASSPHRASE)
    run(capsys, "--db", db, "import", str(big_file(tmp_path, None)))  # > a pipe buffer
    child = subprocess.Popen(
        [sys.executable, "-m", "focalpoint", "--db", db, "activities", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(1) == b"["
    child.stdout.close()
    stderr = child.stderr.read().decode()
    assert child.wait() == 0
    assert "Traceback" not in stderr


def test_catalogue_text_marks_field_operation_tasks(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "catalogue")
    assert code == 0
    lines = {line.split()[1]: line for line in out.splitlines() if line.startswith("  * ")}
    assert "III.9.1" in lines and "III.11.1" not in lines  # OIO's task is not the mission's
    assert "III.11.1" in out


def test_gui_without_a_display_says_what_is_missing(
    demo_db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = run(capsys, "--db", demo_db)
    assert code == 1
    assert "no display" in err and "xvfb-run" in err


def test_export_to_an_unknown_ending_is_refused(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "activities.txt"
    code, _, err = run(capsys, "--db", demo_db, "export", str(target))
    assert code == 2 and ".json, .xlsx or .csv" in err
    assert not target.exists()


def test_json_syntax_error_reads_as_one_sentence(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"a": "\x01"}')
    code, _, err = run(capsys, "--db", demo_db, "import", str(path))
    assert code == 2
    assert "Invalid control character at line 1" in err and "at at" not in err


def test_history_of_an_unknown_id_is_a_usage_error(
    demo_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", demo_db, "history", "notanid")
    assert code == 2 and "no activity or questionnaire response with id notanid" in err
    listed = run(capsys, "--db", demo_db, "activities", "list", "--json")[1]
    code, _, _ = run(capsys, "--db", demo_db, "history", json.loads(listed)[0]["id"])
    assert code == 0
