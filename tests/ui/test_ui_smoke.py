"""Smoke test: every view, every enabled button and menu action, as a user would click them.

Why: a button's ``clicked(bool)`` once passed ``False`` into a slot that took an optional
period and crashed in real use, while every test passed, because the tests called the slot.
Here nothing is called directly: on the demo store and on an empty store the walk shows
each view (and each questionnaire tab), clicks every visible, enabled button with the mouse
and triggers every enabled action of the window. Every modal dialog that opens is answered
the way a cautious user answers it (No, Cancel, Discard), after its own buttons have been
clicked too; file dialogs answer "cancelled"; nothing is opened outside the program.

The application's exception hook is installed as in ``focalpoint.ui.app.run``, so an
exception anywhere shows the unexpected-error dialog; the walk fails when that dialog
appears, an exception is recorded or a dialog opens larger than the screen, naming the
control that was clicked.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from focalpoint.storage import Store
from focalpoint.ui.app import ExceptionHook
from focalpoint.ui.dialogs.error_dialog import ErrorDialog
from focalpoint.ui.main_window import VIEWS, MainWindow
from focalpoint.ui.views.actionplan_view import ActionPlanView

#: How a cautious user answers a question box: the first of these buttons it has.
ANSWERS = (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel,
           QMessageBox.StandardButton.No, QMessageBox.StandardButton.Close,
           QMessageBox.StandardButton.Ok)


@dataclass
class Walk:
    """What the walk did and what went wrong, by the control that was being used."""

    step: str = ""
    clicked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)


class ModalAnswerer:
    """Answers every modal dialog while it is active: first clicks the dialog's own
    buttons (not those that close it), then dismisses it. An error dialog is a failure."""

    def __init__(self, walk: Walk, qtbot: QtBot) -> None:
        self.walk = walk
        self.qtbot = qtbot
        # The modal being answered and how many polls it has been up. Held, not keyed by
        # id(): a dialog deleted after its exec() frees its address, a later dialog can get
        # it, and was then taken for one already answered 50 times — never answered again,
        # the walk waited for ever (inside exec(), where the test timeout cannot end it).
        self._modal: QWidget | None = None
        self._times = 0
        self.timer = QTimer()
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        if modal is not self._modal:
            self._modal, self._times = modal, 0
        times = self._times
        self._times += 1
        if times == 0:
            name = f"{type(modal).__name__} “{modal.windowTitle()}”"
            self.walk.dialogs.append(f"{self.walk.step}: {name}")
            if isinstance(modal, ErrorDialog):
                self.walk.errors.append(f"{self.walk.step}: error dialog: {modal.message.text()}")
            area = modal.screen().availableGeometry()
            if not area.contains(modal.frameGeometry()):
                self.walk.errors.append(f"{self.walk.step}: {name} ({modal.width()}×"
                                        f"{modal.height()}) does not fit the screen {area}")
            # Answered from a fresh timer event: an answer that opens another modal
            # (an editor asking about unsaved changes) must not block this poll.
            QTimer.singleShot(0, lambda: self._answer(modal))
        elif times == 50:  # refused to close when asked: close it without its questions
            if isinstance(modal, QDialog):
                QDialog.done(modal, QDialog.DialogCode.Rejected)
            else:
                modal.close()

    def _answer(self, modal: QWidget) -> None:
        if isinstance(modal, QMessageBox):
            for answer in ANSWERS:
                button = modal.button(answer)
                if button is not None:
                    self.qtbot.mouseClick(button, _LEFT)
                    return
            modal.reject()
            return
        if isinstance(modal, QDialog) and not isinstance(modal, ErrorDialog | QFileDialog):
            for button in _clickable(modal, skip_box_roles=True):
                self.walk.clicked.append(f"{self.walk.step} › {_name(button)}")
                self.qtbot.mouseClick(button, _LEFT)
                if QApplication.activeModalWidget() is not modal:
                    return  # the button closed it (or opened another one, answered next)
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    def stop(self) -> None:
        self.timer.stop()


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


_LEFT = _left()


def _name(control: QAbstractButton | QAction) -> str:
    text = control.text().replace("&", "")
    if not text and isinstance(control, QWidget):
        text = control.accessibleName() or control.toolTip() or type(control).__name__
    return text or "(no text)"


def _clickable(top: QWidget, *, skip_box_roles: bool = False) -> list[QAbstractButton]:
    """Visible, enabled buttons of ``top``, in layout order (top to bottom, left to right).

    ``skip_box_roles``: leave out a dialog's Save/OK/Cancel buttons (the answerer closes
    the dialog itself) but keep its action buttons (Add line, Browse…, Show details).
    """
    buttons = []
    for button in top.findChildren(QAbstractButton):
        if not (button.isVisible() and button.isEnabled()):
            continue
        box = button.parentWidget()
        if skip_box_roles and isinstance(box, QDialogButtonBox):
            role = box.buttonRole(button)
            if role != QDialogButtonBox.ButtonRole.ActionRole:
                continue
        buttons.append(button)
    return sorted(buttons, key=lambda b: (b.mapTo(top, b.rect().topLeft()).y(),
                                          b.mapTo(top, b.rect().topLeft()).x()))


def _actions(window: MainWindow) -> list[QAction]:
    """The window's menu actions and the views' context-menu actions, Quit last."""
    found: list[QAction] = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if not action.isSeparator() and action.menu() is None and action not in found:
                found.append(action)
    for widget in window.findChildren(QWidget):
        for action in widget.actions():
            if action not in found and not action.isSeparator() and action.menu() is None:
                found.append(action)
    found.sort(key=lambda a: a is window.quit_action)
    return found


@pytest.fixture
def walk(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Walk]:
    """The app's exception hook, answered modals, and nothing leaving the program."""
    record = Walk()
    hook = ExceptionHook(None)

    def excepthook(kind: type[BaseException], error: BaseException,
                   tb: TracebackType | None) -> None:
        record.errors.append(f"{record.step}: {kind.__name__}: {error}")
        hook(kind, error, tb)

    monkeypatch.setattr(sys, "excepthook", excepthook)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))

    def open_url(url: QUrl) -> bool:
        record.opened_urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    answerer = ModalAnswerer(record, qtbot)
    yield record
    answerer.stop()
    for dialog in hook.dialogs:
        dialog.close()


def _settle(qtbot: QtBot, window: MainWindow, step: str = "") -> None:
    """Wait until background jobs are done and no dialog is open (no fixed delay); a wait
    that never ends names the control and what is still busy."""
    try:
        qtbot.waitUntil(lambda: not window.tasks.active()
                        and QApplication.activeModalWidget() is None
                        and not window.activities.model.is_loading(), timeout=20_000)
    except WaitTimeout:
        modal = QApplication.activeModalWidget()
        raise AssertionError(
            f"after {step or 'the start'}: still busy after 20 s — jobs "
            f"{[job.name for job in window.tasks.active()]}, modal "
            f"{type(modal).__name__ if modal else None}, list loading "
            f"{window.activities.model.is_loading()}") from None


def _prepare(window: MainWindow, page: str) -> None:
    """Select something, as a user would before pressing Edit, Delete or Show."""
    if page == "activities" and window.activities.model.rowCount() > 0:
        window.activities.table.selectRow(0)
    elif page == "actionplan":
        view: ActionPlanView = window.actionplan
        view.select_task("III.12.1")
    elif page.startswith("questionnaire"):
        window.questionnaire.part_two.select("III.12.1")
    elif page == "conflicts" and window.conflicts.model.rowCount() > 0:
        window.conflicts.table.selectRow(0)


def _pages(window: MainWindow) -> Iterator[str]:
    for name in ("activities", "actionplan", "questionnaire", "sync", "conflicts"):
        window.show_view(VIEWS.index(name))
        if name == "questionnaire" and window.questionnaire.pages.currentIndex() == 1:
            for tab in range(window.questionnaire.tabs.count()):
                window.questionnaire.tabs.setCurrentIndex(tab)
                yield f"{name} tab {tab + 1}"
        else:
            yield name


def walk_window(qtbot: QtBot, window: MainWindow, record: Walk) -> None:
    """Click every enabled button of every view, then trigger every enabled action."""
    for page in _pages(window):
        _prepare(window, page)
        view = window.stack.currentWidget()
        for button in _clickable(view):
            if not (button.isVisible() and button.isEnabled()) or window.stack.currentWidget() \
                    is not view:
                continue  # an earlier click changed the page or disabled it
            record.step = f"{page} › {_name(button)}"
            record.clicked.append(record.step)
            qtbot.mouseClick(button, _LEFT)
            _settle(qtbot, window, record.step)
            _prepare(window, page)
    for action in _actions(window):
        if not action.isEnabled() or action is window.quit_action:
            continue
        record.step = f"action {_name(action)}"
        record.clicked.append(record.step)
        action.trigger()
        _settle(qtbot, window, record.step)
    record.step = "action Quit"
    window.ask_close_unsaved = lambda _parent, _problem: True
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def _assert_clean(record: Walk) -> None:
    assert not record.errors, "unexpected errors:\n" + "\n".join(record.errors)


def test_every_control_on_the_demo_store(qtbot, make_window, demo_store: Store, walk: Walk):
    from test_ui_conflicts import add_conflict, title_clash

    ids = demo_store.activities.ids()
    title_clash(demo_store, ids[0])  # Keep mine / Keep theirs
    title_clash(demo_store, ids[1])
    add_conflict(demo_store, ids[2], [], kind="delete", deleted_by="another device",
                 opened_at="2026-12-01T11:00:00Z")  # listed last: the walk starts elsewhere
    window = make_window(demo_store)
    walk_window(qtbot, window, walk)
    _assert_clean(walk)
    # The walk really went everywhere: the controls this test exists for were clicked.
    clicked = "\n".join(walk.clicked)
    for expected in ("activities › New activity", "activities › Delete",
                     "questionnaire tab 1 › New period…", "questionnaire tab 1 › Export PDF…",
                     "sync › ", "action Settings…", "action About FocalPoint",
                     "conflicts › Keep mine", "conflicts › Keep theirs",
                     "action Recovery key… › Copy", "action Recovery key… › Save to file…"):
        assert expected in clicked, f"not clicked: {expected}"
    dialogs = "\n".join(walk.dialogs)
    assert "NewPeriodDialog" in dialogs and "ActivityEditor" in dialogs
    assert "SettingsDialog" in dialogs and "RecoveryKeyDialog" in dialogs
    assert walk.opened_urls, "Open log folder opened nothing"
    assert demo_store.activities.total() > 0  # every question was answered No/Cancel


def test_every_control_on_an_empty_store(qtbot, make_window, store: Store, walk: Walk):
    window = make_window(store)
    walk_window(qtbot, window, walk)
    _assert_clean(walk)
    assert any("Start a questionnaire" in step for step in walk.clicked)
    assert "NewPeriodDialog" in "\n".join(walk.dialogs)


def test_the_walk_catches_a_button_that_crashes(qtbot, make_window, demo_store: Store,
                                                walk: Walk):
    """Fault injection: a slot that takes an optional parameter, connected to clicked(bool)
    as the questionnaire's New period button once was, must make the walk fail."""
    window = make_window(demo_store)

    def start(period: tuple[str, str] | None = None) -> None:
        if period is not None:
            print(period[0])  # False[0]: TypeError, as in the real crash

    broken = QPushButton("Broken button", window.activities)
    broken.clicked.connect(start)
    window.activities.layout().addWidget(broken)
    broken.show()
    walk_window(qtbot, window, walk)
    assert any(e.startswith("activities › Broken button: TypeError") for e in walk.errors), \
        walk.errors
    assert any("ErrorDialog" in d for d in walk.dialogs), "the error dialog was not shown"
