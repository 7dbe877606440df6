"""The store's integrity check runs after the window is shown: writes wait for it, and a
store damaged deep inside still reaches the store-problem dialog, never written to."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from damaged_store import damaged_deep_inside
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from focalpoint.storage import CorruptStoreError, Store
from focalpoint.storage.integrity import IntegrityGate
from focalpoint.ui.dialogs.store_problem_dialog import StoreProblemDialog
from focalpoint.ui.main_window import MainWindow


def test_the_window_runs_the_check_and_then_saves(qtbot, make_window, store_path: Path):
    with Store.open(store_path) as store:
        store.mission.save({"code": "DEMO", "name": "Demo"})
    store = Store.open(store_path, create=False, defer_check=True)
    try:
        assert store.integrity.pending
        window = make_window(store)
        assert window.integrity.job is not None  # the check was the window's to run
        qtbot.waitUntil(lambda: not store.integrity.pending)
        assert window.store_problem is None and window.isVisible()
        saved = store.activities.save({"title": "Study tour", "activity_type": "study_tour",
                                       "task_codes": ["III.10.2"]})
        window.events.activity_changed.emit(saved.id)
        qtbot.waitUntil(lambda: window.activities.model.rowCount() == 1)
    finally:
        window.close()
        store.close()


def test_a_window_on_a_damaged_store_closes_and_writes_nothing(
        qtbot, settings, store_path: Path, monkeypatch):
    damaged = damaged_deep_inside(store_path)
    waited: list[threading.Thread] = []
    wait = IntegrityGate.wait

    def recorded(gate: IntegrityGate) -> None:
        if gate.pending:
            waited.append(threading.current_thread())
        wait(gate)

    monkeypatch.setattr(IntegrityGate, "wait", recorded)
    store = Store.open(store_path, create=False, defer_check=True)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store_problem is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert isinstance(window.store_problem, CorruptStoreError)
    assert threading.main_thread() not in waited  # building the window wrote nothing
    store.close()
    assert store_path.read_bytes() == damaged


def test_run_on_a_store_damaged_deep_inside_offers_the_backup(
        qtbot, qapp, store_path: Path, monkeypatch):
    """``focalpoint --db``: the window shows at once; the check then finds the damage, the
    window closes, the store-problem dialog restores the backup and a new window opens."""
    from focalpoint.ui import app as app_module

    damaged = damaged_deep_inside(store_path)
    seen: dict[str, object] = {}
    shown: list[bool] = []  # per window shown: was its store's check the window's to run?
    show = MainWindow.show

    def counted(window: MainWindow) -> None:
        shown.append(window.integrity.job is not None)
        show(window)

    monkeypatch.setattr(MainWindow, "show", counted)

    def drive() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, StoreProblemDialog) and modal.isVisible():
            seen["problem"] = modal.reason.text()
            qtbot.mouseClick(modal.restore_button, Qt.MouseButton.LeftButton)
        elif isinstance(modal, QMessageBox) and modal.isVisible():
            seen["message"] = modal.text()
            modal.accept()
        windows = [w for w in qapp.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        for window in windows:
            if ("message" in seen and not window.activities.model.is_loading()
                    and not window.store.integrity.pending):
                seen["rows"] = window.activities.model.rowCount()
                window.close()
                return
        QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert app_module.run(store_path) == 0
    assert any(word in str(seen["problem"]) for word in ("integrity", "malformed"))
    assert "restored" in str(seen["message"])
    # The damaged store's window before its check, then the restored one's, checked first.
    assert shown == [True, False]
    assert seen["rows"] == 30
    kept = [p for p in store_path.parent.iterdir() if ".replaced-" in p.name
            and not p.name.endswith(("-wal", "-shm", ".keyinfo"))]
    assert [p.read_bytes() for p in kept] == [damaged]  # moved aside, never written


def test_a_store_without_its_mission_is_checked_before_the_set_up_writes(
        qapp, store_path: Path):
    from focalpoint.domain import MissionProfile
    from focalpoint.ui.startup import open_store_interactive

    Store.open(store_path).close()  # a store whose first start ended before the mission
    profile = MissionProfile(code="OMIK", name="OSCE Mission in Kosovo")
    store = open_store_interactive(store_path, setup=lambda _path: profile,
                                   problem=lambda *_a: pytest.fail("no problem expected"),
                                   defer_check=True)
    assert store is not None
    with store:
        assert not store.integrity.pending
        mission = store.mission.get()
        assert mission is not None and mission.code == "OMIK"
