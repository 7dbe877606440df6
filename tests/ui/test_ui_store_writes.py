"""Saving while the store's integrity check still runs: the GUI thread never blocks (the
check is waited for behind a busy dialog, then the save lands), and when the check fails
nothing is written, the reason is shown and what was typed stays on screen."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from focalpoint.demo import load_demo
from focalpoint.storage import CorruptStoreError, Store
from focalpoint.ui.main_window import MainWindow

DAMAGE = "the integrity check failed: page 7 is damaged"


@dataclass
class HeldCheck:
    """The integrity check, held until the test releases it (or 4 s pass: without the
    fix the GUI thread itself is blocked and no timer of the test can release it)."""

    release: threading.Event = field(default_factory=threading.Event)
    fail: bool = False

    def release_after(self, msecs: int) -> None:
        QTimer.singleShot(msecs, self.release.set)
        fallback = threading.Timer(4, self.release.set)
        fallback.daemon = True
        fallback.start()


@pytest.fixture
def held(monkeypatch) -> HeldCheck:
    check = HeldCheck()
    original = Store.check_integrity

    def held_check(store: Store) -> None:
        check.release.wait(20)
        if check.fail:
            error = CorruptStoreError(DAMAGE)
            store.integrity.failed(error)
            raise error
        original(store)

    monkeypatch.setattr(Store, "check_integrity", held_check)
    return check


@pytest.fixture
def deferred(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path) as store:
        load_demo(store)
    store = Store.open(store_path, create=False, defer_check=True)
    yield store
    store.close()


@pytest.fixture
def window(qtbot, settings: QSettings, deferred: Store, held: HeldCheck) -> Iterator[MainWindow]:
    window = MainWindow(deferred, settings)
    window.ask_close_unsaved = lambda _parent, _problem: True
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


class Ticks:
    """A timer that counts while the test waits: the GUI thread kept running."""

    def __init__(self) -> None:
        self.count = 0
        self.busy_texts: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1
        modal = QApplication.activeModalWidget()
        if modal is not None and hasattr(modal, "labelText"):
            self.busy_texts.append(modal.labelText())


def _edit_first_activity(qtbot, window: MainWindow, text: str):
    qtbot.waitUntil(lambda: window.activities.model.rowCount() > 0)
    activity_id = window.activities.model.activity_id(0)
    editor = window.activities.open_editor(activity_id)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, text)
    return editor, activity_id


def test_saving_an_activity_waits_for_the_check_without_blocking(
        qtbot, window: MainWindow, deferred: Store, held: HeldCheck):
    editor, activity_id = _edit_first_activity(qtbot, window, "Study tour to Vienna")
    ticks = Ticks()
    held.release_after(600)
    with qtbot.captureExceptions() as exceptions:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    ticks.timer.stop()
    assert exceptions == []
    assert ticks.count >= 10  # the GUI thread ran its timers while the check finished
    assert "Checking the store before saving…" in ticks.busy_texts
    assert deferred.activities.get(activity_id).title == "Study tour to Vienna"
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_a_failed_check_saves_nothing_and_keeps_the_editor_open(
        qtbot, window: MainWindow, deferred: Store, held: HeldCheck):
    editor, activity_id = _edit_first_activity(qtbot, window, "Typed before the damage")
    before = deferred.activities.get(activity_id).title
    held.fail = True
    ticks = Ticks()
    held.release_after(300)
    with qtbot.captureExceptions() as exceptions:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.wait(400)  # the window hears of the damage too
    ticks.timer.stop()
    assert exceptions == []
    assert ticks.count >= 5
    assert editor.isVisible() and editor.title.text() == "Typed before the damage"
    assert "page 7 is damaged" in editor.summary.text() and editor.summary.isVisible()
    assert deferred.activities.get(activity_id).title == before
    assert window.isVisible()  # not closed beneath the editor that still holds the text
    editor.done(0)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert isinstance(window.store_problem, CorruptStoreError)


def test_the_questionnaire_saves_through_the_check_and_keeps_the_draft_on_failure(
        qtbot, window: MainWindow, deferred: Store, held: HeldCheck):
    window.show_view(2)
    view = window.questionnaire
    qtbot.waitUntil(lambda: view.response is not None)
    assert view.response is not None
    response_id = view.response.id
    goal = view.part_one.goal_setting
    goal.moveCursor(goal.textCursor().MoveOperation.End)
    qtbot.keyClicks(goal, " Typed during the check.")
    view._timer.timeout.emit()  # the autosave fires while the check runs: it never waits
    assert view.has_unsaved_changes() and view._timer.isActive()
    ticks = Ticks()
    held.release_after(500)
    with qtbot.captureExceptions() as exceptions:
        window.save_action.trigger()
    ticks.timer.stop()
    assert exceptions == [] and ticks.count >= 10
    assert deferred.responses.get(response_id).goal_setting.endswith(
        "Typed during the check.")


def test_the_questionnaire_writes_nothing_when_the_check_failed(
        qtbot, window: MainWindow, deferred: Store, held: HeldCheck):
    window.show_view(2)
    view = window.questionnaire
    qtbot.waitUntil(lambda: view.response is not None)
    assert view.response is not None
    response_id = view.response.id
    before = deferred.responses.get(response_id).goal_setting
    held.fail = True
    goal = view.part_one.goal_setting
    goal.moveCursor(goal.textCursor().MoveOperation.End)
    qtbot.keyClicks(goal, " Typed before the damage.")
    held.release_after(200)
    with qtbot.captureExceptions() as exceptions:
        window.save_action.trigger()
    assert exceptions == []
    assert "page 7 is damaged" in view.problem.text()
    assert goal.toPlainText().endswith("Typed before the damage.")
    assert deferred.responses.get(response_id).goal_setting == before


@pytest.mark.parametrize("fail", [False, True], ids=["passes", "fails"])
def test_a_backup_waits_for_the_check_and_refuses_a_damaged_store(
        qtbot, window: MainWindow, held: HeldCheck, tmp_path: Path, monkeypatch, fail: bool):
    backup = tmp_path / "good-backup.db"
    backup.write_bytes(b"a good backup made last week")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(backup), "")))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text, *_a: warned.append(text)))
    held.fail = fail
    window.backup_action.trigger()
    qtbot.wait(300)
    assert backup.read_bytes() == b"a good backup made last week"  # nothing unchecked copied
    held.release.set()
    if fail:
        qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
        assert "integrity check" in warned[0] and "page 7 is damaged" in warned[0]
        qtbot.wait(100)
        assert backup.read_bytes() == b"a good backup made last week"
    else:
        qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(),
                        timeout=10_000)
        assert warned == []
        with Store.open(backup, create=False) as copy:
            assert copy.activities.total() > 0
