"""Every window and dialog fits a 1280×720 screen, with its buttons on the screen.

The suite's offscreen platform has one 1280×720 screen (``offscreen-1280x720.json``), the
smallest laptop screen FocalPoint supports. Each window is opened as the user opens it, in
English and in Russian (whose labels are longer), and must lie inside the available screen
area; its default or Save button, and every other button outside a scroll area, must be
visible whole. A failure names the window, its size and the button that is off screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)

from focalpoint.storage import CorruptStoreError, Store
from focalpoint.storage.encryption import KeyNotInKeyringError
from focalpoint.storage.recovery_key import RecoveryCodeError
from focalpoint.sync.restore import RestoreError
from focalpoint.ui.app import Translations
from focalpoint.ui.dialogs.activity_editor import ActivityEditor, ask_unsaved
from focalpoint.ui.dialogs.error_dialog import ErrorDialog
from focalpoint.ui.dialogs.questionnaire_dialogs import NewPeriodDialog, confirm_submit
from focalpoint.ui.dialogs.recovery_entry_dialog import RecoveryEntryDialog
from focalpoint.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from focalpoint.ui.dialogs.restore_dialog import RestoreDialog
from focalpoint.ui.dialogs.setup_dialog import SetupDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreProblemDialog
from focalpoint.ui.main_window import VIEWS, MainWindow
from focalpoint.ui.views.activities_view import confirm_delete

SCREEN = QSize(1280, 720)


@pytest.fixture(autouse=True)
def small_screen(qapp: QApplication) -> QRect:
    area = QGuiApplication.primaryScreen().availableGeometry()
    if area.size() != SCREEN:
        pytest.skip(f"needs the suite's 1280×720 offscreen screen, not {area.size()}")
    return area


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, translations: Translations) -> Iterator[str]:
    assert translations.install(request.param)
    yield request.param


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _default_button(window: QWidget) -> QAbstractButton | None:
    for button in window.findChildren(QPushButton):
        if button.isDefault():
            return button
    for box in window.findChildren(QDialogButtonBox):
        for role in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok,
                     QDialogButtonBox.StandardButton.Close):
            button = box.button(role)
            if button is not None:
                return button
    return None


def assert_fits(window: QWidget, name: str, *, needs_default: bool = True) -> None:
    """``window`` (shown) lies on the screen and its buttons can be seen and clicked."""
    QApplication.processEvents()
    area = QGuiApplication.primaryScreen().availableGeometry()
    frame = window.frameGeometry()
    size = window.size()
    assert area.contains(frame), f"{name} ({size.width()}×{size.height()} at {frame}) " \
                                 f"is larger than or off the {area.width()}×{area.height()} screen"
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert minimum.width() <= area.width() and minimum.height() <= area.height(), (
        f"{name} cannot be made smaller than {minimum.width()}×{minimum.height()}")
    default = _default_button(window)
    if needs_default:
        assert default is not None, f"{name} has no default or Save button"
    buttons = [b for b in window.findChildren(QAbstractButton)
               if b.isVisibleTo(window) and not _in_scroll_area(b, window)]
    if default is not None and default not in buttons:
        buttons.append(default)
    for button in buttons:
        label = f"{name}: button “{button.text() or button.accessibleName()}”"
        assert button.isVisible(), f"{label} is hidden"
        assert area.contains(_global_rect(button)), f"{label} at {_global_rect(button)} " \
                                                    f"is outside the screen {area}"
        visible = button.visibleRegion().boundingRect()
        assert visible.size() == button.size(), f"{label} is cut off ({visible.size()} of " \
                                                f"{button.size()} visible)"


def _each_page(window: MainWindow) -> Iterator[str]:
    names = {"activities": "activities", "action plan": "actionplan",
             "questionnaire": "questionnaire", "sync": "sync", "conflicts": "conflicts"}
    for name, view in names.items():
        window.show_view(VIEWS.index(view))
        if name == "questionnaire":
            for tab in range(window.questionnaire.tabs.count()):
                window.questionnaire.tabs.setCurrentIndex(tab)
                yield f"main window, {name} tab {tab + 1}"
        else:
            yield f"main window, {name}"


def test_main_window_fits_on_every_view(qtbot, make_window, demo_store: Store, language: str):
    from test_ui_conflicts import add_conflict, title_clash  # the Conflicts view with both kinds

    first, second = demo_store.activities.ids()[:2]
    title_clash(demo_store, first)
    add_conflict(demo_store, second, [], kind="delete", deleted_by="another device")
    window = make_window(demo_store)
    for page in _each_page(window):
        assert_fits(window, f"{page} ({language})", needs_default=False)
    status = _global_rect(window.statusBar())
    assert window.screen().availableGeometry().contains(status), "status bar off the screen"


def test_main_window_fits_on_an_empty_store(qtbot, make_window, store: Store, language: str):
    window = make_window(store)
    for page in _each_page(window):
        assert_fits(window, f"{page}, empty store ({language})", needs_default=False)


def test_a_maximized_window_is_remembered_as_maximized(qtbot, make_window, demo_store: Store):
    first = make_window(demo_store)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    second = make_window(demo_store)
    qtbot.waitUntil(second.isMaximized)
    assert_fits(second, "maximized main window", needs_default=False)


@pytest.mark.parametrize("which", ["new", "edit"])
def test_activity_editor_fits_with_save_on_screen(qtbot, make_window, demo_store: Store,
                                                  language: str, which: str):
    window = make_window(demo_store)
    activity_id = window.activities.model.activity_id(0) if which == "edit" else None
    editor = window.activities.open_editor(activity_id)
    assert editor is not None
    qtbot.waitUntil(editor.isVisible)
    assert_fits(editor, f"activity editor ({which}, {language})")
    assert editor.save_button in editor.findChildren(QPushButton)
    form = editor.findChildren(QScrollArea)[0]
    assert form.horizontalScrollBar().maximum() == 0, "the form scrolls sideways"
    editor.reject()


def test_activity_editor_remembers_its_size(qtbot, make_window, demo_store: Store):
    window = make_window(demo_store)
    editor = window.activities.open_editor()
    assert editor is not None
    editor.resize(1100, 600)
    editor.reject()
    again = window.activities.open_editor()
    assert again is not None
    assert again.size() == QSize(1100, 600)
    again.reject()
    assert window.settings.contains("dialogs/activity_editor/geometry")


def test_settings_dialog_fits(qtbot, window: MainWindow, language: str):
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible)
    assert_fits(dialog, f"settings ({language})")
    dialog.reject()


def test_small_dialogs_fit(qtbot, window: MainWindow, tmp_path: Path, language: str):
    long_path = tmp_path / ("a-long-folder-name-" * 12) / "store.db"
    dialogs: list[tuple[str, QWidget]] = [
        ("new period", NewPeriodDialog(window)),
        ("first start", SetupDialog(str(long_path))),
        ("damaged store", StoreProblemDialog(long_path, CorruptStoreError("integrity check"),
                                              [tmp_path / "store.v1.backup.db"])),
    ]
    dialogs.append(("store made elsewhere", StoreProblemDialog(
        long_path, KeyNotInKeyringError("not in this computer's keyring " * 6, long_path,
                                        "0" * 32), [tmp_path / "store.v1.backup.db"])))
    keyring_store = tmp_path / "keyring.db"
    with Store.open(keyring_store) as opened:
        dialogs.append(("recovery key", RecoveryKeyDialog(keyring_store, opened.key, window)))
    entry = RecoveryEntryDialog(long_path)  # at its tallest: with an error
    entry.error.setText(entry.message(RecoveryCodeError("x", "character", 12)))
    dialogs.append(("enter the recovery key", entry))
    restore = RestoreDialog(long_path)  # at its tallest: the notice and a long error shown
    restore.unfinished.show()
    restore.status.setText(restore.failure_text(RestoreError("auth", "refused " * 40), True))
    dialogs.append(("restore from the Secretariat", restore))
    error = ErrorDialog("RuntimeError: " + "x" * 400,
                        "Traceback (most recent call last):\n" + "  line\n" * 400,
                        str(long_path), window)
    error.toggle_button.setChecked(True)  # the details shown: the tallest this dialog gets
    dialogs.append(("unexpected error", error))
    for name, dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible)
        assert_fits(dialog, f"{name} ({language})")
        dialog.close()


def _check_message(qtbot, answer_modal, name: str, ask: Callable[[], object]) -> None:
    seen: list[str] = []

    def act(dialog: QWidget) -> None:
        assert_fits(dialog, name)
        seen.append(name)
        assert isinstance(dialog, QMessageBox)
        dialog.reject()

    answer_modal(act)
    ask()
    assert seen == [name]


def test_questions_fit(qtbot, window: MainWindow, demo_store: Store, answer_modal,
                       language: str):
    response = demo_store.responses.latest()
    assert response is not None
    title = "A very long activity title " * 12
    _check_message(qtbot, answer_modal, "confirm delete",
                   lambda: confirm_delete(window, 1, title))
    _check_message(qtbot, answer_modal, "confirm submit",
                   lambda: confirm_submit(window, response, [f"III.{n}.1 — A task" for n in
                                                              range(40)]))
    _check_message(qtbot, answer_modal, "unsaved activity", lambda: ask_unsaved(window))


def test_a_dialog_larger_than_the_screen_is_caught(qtbot, window: MainWindow):
    """The check itself: a dialog resized past the screen must fail it."""
    editor = ActivityEditor(window.store, parent=window)
    qtbot.addWidget(editor)
    editor.resize(SCREEN.width() + 100, SCREEN.height() + 60)
    editor.show()
    with pytest.raises(AssertionError, match="larger than or off"):
        assert_fits(editor, "oversized editor")
    editor.resize(800, 500)
    editor.move(0, SCREEN.height() - 200)
    with pytest.raises(AssertionError):
        assert_fits(editor, "editor half below the screen")
    editor.done(0)
