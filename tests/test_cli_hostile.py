"""Hostile input to the desktop command line: deeply nested import files, NUL characters and
lone surrogates, and a backup aimed at the live store. Each one is refused with exit 2 and
one line naming the problem; the store stays exactly as it was."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from store_keys import TEST_PASSPHRASE, open_passphrase_store
from test_cli import run, store_state

from focalpoint.demo import demo_document, load_demo
from focalpoint.storage import Store


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "x.db")
    assert run(capsys, "--db", path, "demo")[0] == 0
    return path


def _activity() -> dict[str, object]:
    return dict(demo_document()["activities"][0], id="6f1c2c1e-4b7a-4d43-9a43-1d7c7c2f0a11")


@pytest.fixture
def child_db(tmp_path: Path) -> str:
    """A demo store that a child process opens too: its key comes from a passphrase."""
    path = tmp_path / "child.db"
    with open_passphrase_store(path) as store:
        load_demo(store)
    return str(path)


@pytest.mark.parametrize("depth", [100, 500, 950, 5000, 100_000])
def test_a_deeply_nested_import_file_is_exit_2_in_one_line(
        child_db: str, tmp_path: Path, depth: int) -> None:
    """In a real process: a RecursionError used to end it with a traceback and exit 1."""
    demo_db = child_db
    path = tmp_path / "deep.json"
    path.write_text('{"activities": [{"title": ' + "[" * depth + "]" * depth + "}]}")
    before = store_state(demo_db)
    done = subprocess.run([sys.executable, "-m", "focalpoint", "--db", demo_db, "import",
                           str(path)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONUNBUFFERED": "1",
                               "FOCALPOINT_PASSPHRASE": TEST_PASSPHRASE,
                               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    assert "nested more than 64 levels deep" in done.stderr
    assert store_state(demo_db) == before


@pytest.mark.parametrize(("value", "words"), [
    ("Round table\u0000 on NRM", "activities[0].title: contains a NUL character"),
    ("Training \ud800 judges", "activities[0].title: contains a lone surrogate"),
])
def test_nul_and_surrogates_in_an_import_file_are_refused(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        value: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"activities": [dict(_activity(), title=value)]}))
    before = store_state(demo_db)
    code, _, err = run(capsys, "--db", demo_db, "import", str(path))
    assert code == 2 and words in err, err
    assert store_state(demo_db) == before


def _targets(live: Path) -> list[tuple[str, Path]]:
    link = live.parent / "link.db"
    link.symlink_to(live)
    hard = live.parent / "hard.db"
    os.link(live, hard)
    (live.parent / "sub").mkdir()
    return [("the same path", live), ("a relative path", Path(os.path.relpath(live))),
            ("a path with ..", live.parent / "sub" / ".." / live.name), ("a symlink", link),
            ("a hard link", hard), ("its WAL", live.with_name(live.name + "-wal")),
            ("its shared memory", live.with_name(live.name + "-shm"))]


def test_a_backup_onto_the_live_store_is_refused(
        demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = store_state(demo_db)
    for what, target in _targets(Path(demo_db)):
        code, out, err = run(capsys, "--db", demo_db, "backup", str(target))
        assert code == 2, (what, out, err)
        assert "live store" in err and "Nothing was written" in err, what
        assert store_state(demo_db) == before, what
    with Store.open(demo_db) as store:  # still a healthy, complete store
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    code, out, _ = run(capsys, "--db", demo_db, "backup", str(tmp_path / "copy.db"))
    assert code == 0 and "Backup written" in out
    with Store.open(tmp_path / "copy.db") as copy:
        assert copy.activities.total() == len(before[0])
