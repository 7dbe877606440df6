"""Opening the store at start: first run, a corrupt file, a file from a newer FocalPoint."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from focalpoint.domain import MissionProfile
from focalpoint.storage import CorruptStoreError, NewerStoreError, Store, StoreError
from focalpoint.ui.dialogs.setup_dialog import SetupDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreChoice, StoreProblemDialog
from focalpoint.ui.startup import open_store_interactive


def _never(*_args):
    raise AssertionError("not expected")


def test_first_run_creates_the_store_with_the_mission(tmp_path: Path):
    path = tmp_path / "data" / "focalpoint.db"
    profile = MissionProfile(code="omik", name="OSCE Mission in Kosovo")
    store = open_store_interactive(path, setup=lambda _p: profile, problem=_never)
    assert store is not None
    with store:
        mission = store.mission.get()
        assert mission is not None and mission.code == "OMIK"
    assert path.exists()


def test_first_run_cancelled_creates_nothing(tmp_path: Path):
    path = tmp_path / "focalpoint.db"
    assert open_store_interactive(path, setup=lambda _p: None, problem=_never) is None
    assert not path.exists()


def test_setup_dialog_validates(qtbot):
    dialog = SetupDialog("/tmp/x.db")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.code, "O")
    assert "Mission code" in dialog.error.text()
    qtbot.keyClicks(dialog.code, "MIK")
    qtbot.keyClicks(dialog.name, "OSCE Mission in Kosovo")
    assert dialog.ok_button.isEnabled() and dialog.profile is not None


def _corrupt(path: Path) -> bytes:
    with Store.open(path) as store:
        store.mission.save({"code": "DEMO", "name": "Demo"})
        store.backup(path.with_name(f"{path.stem}.v1-20260101T000000Z.backup.db"))
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    return bytes(data)


def test_corrupt_store_offers_the_backup_and_keeps_the_damaged_file(tmp_path: Path):
    path = tmp_path / "focalpoint.db"
    damaged = _corrupt(path)
    seen: list[tuple[type, list[Path]]] = []
    messages: list[str] = []

    def problem(_path: Path, error: StoreError, backups: list[Path]) -> StoreChoice:
        seen.append((type(error), backups))
        return StoreChoice("restore", backups[0])

    store = open_store_interactive(path, setup=_never, problem=problem,
                                   message=messages.append)
    assert store is not None
    with store:
        assert store.mission.get() is not None
    assert issubclass(seen[0][0], CorruptStoreError)  # page 1 unreadable: damaged or wrong key
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name and p.suffix != ".db-wal"]
    assert any(p.read_bytes() == damaged for p in kept), "damaged file moved aside, not lost"
    assert messages and "restored" in messages[0]


def test_quit_on_a_newer_store_leaves_it_untouched(tmp_path: Path):
    path = tmp_path / "focalpoint.db"
    with Store.open(path) as store:
        store.db.execute("PRAGMA user_version = 999")
    before = path.read_bytes()
    errors: list[StoreError] = []
    result = open_store_interactive(
        path, setup=_never,
        problem=lambda _p, error, _b: errors.append(error) or StoreChoice("quit"))
    assert result is None
    assert isinstance(errors[0], NewerStoreError)
    assert path.read_bytes() == before


def test_choose_another_file(tmp_path: Path):
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    good = tmp_path / "good.db"
    with Store.open(good) as store:
        store.mission.save({"code": "DEMO", "name": "Demo"})
    store = open_store_interactive(bad, setup=_never,
                                   problem=lambda *_a: StoreChoice("open", good))
    assert store is not None and store.path == good
    store.close()


def test_store_problem_dialog(qtbot, tmp_path: Path):
    newer = StoreProblemDialog(tmp_path / "a.db", NewerStoreError("written by a newer one"),
                               [tmp_path / "a.v1.backup.db"])
    qtbot.addWidget(newer)
    assert "newer version" in newer.findChildren(type(newer.reason))[0].text()
    assert not newer.restore_button.isEnabled()  # a backup cannot fix a newer store
    corrupt = StoreProblemDialog(tmp_path / "a.db", CorruptStoreError("integrity check"), [])
    qtbot.addWidget(corrupt)
    assert not corrupt.restore_button.isEnabled()
    assert "No automatic backup" in corrupt.restore_button.toolTip()
    with_backup = StoreProblemDialog(tmp_path / "a.db", CorruptStoreError("bad"),
                                     [tmp_path / "a.v1.backup.db"])
    qtbot.addWidget(with_backup)
    with qtbot.waitSignal(with_backup.accepted):
        qtbot.mouseClick(with_backup.restore_button, Qt.MouseButton.LeftButton)
    assert with_backup.choice == StoreChoice("restore", tmp_path / "a.v1.backup.db")
    with_backup.choose_file(tmp_path / "b.db")
    assert with_backup.choice.action == "open"
