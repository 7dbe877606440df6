"""The recovery key in the desktop application, through its widgets: File → Recovery key…
(shown, copied, saved 0600), and at start a store or backup whose key is not in this
keyring opened by typing its recovery key (a typo or another store's key refused, the
keyring untouched). "A new computer" is a fresh in-memory keyring."""

from __future__ import annotations

import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox, QWidget
from store_keys import open_passphrase_store

from focalpoint.storage import Store
from focalpoint.storage.encryption import KEYRING_SERVICE, read_keyinfo
from focalpoint.storage.recovery_key import decode, recovery_code
from focalpoint.sync.credentials import MemoryKeyring
from focalpoint.ui.dialogs.recovery_entry_dialog import RecoveryEntryDialog
from focalpoint.ui.dialogs.recovery_key_dialog import RecoveryKeyDialog
from focalpoint.ui.dialogs.store_problem_dialog import StoreProblemDialog
from focalpoint.ui.main_window import MainWindow
from focalpoint.ui.startup import ask_problem, open_store_interactive

LEFT = Qt.MouseButton.LeftButton
TITLE = "Counter-trafficking training for border police"


def _never(*_args: Any) -> Any:
    raise AssertionError("not expected")


@pytest.fixture
def answer_each(qtbot):
    """Answer modal dialogs one after another, each by the handler for its type (once per
    dialog); the names of the dialogs answered, in order."""
    timers: list[QTimer] = []

    def start(handlers: dict[type, Callable[[Any], object]]) -> list[str]:
        seen: list[QWidget] = []  # kept alive, so that no later dialog can share an id
        answered: list[str] = []
        timer = QTimer()
        timer.setInterval(0)

        def poll() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or not modal.isVisible() or any(m is modal for m in seen):
                return
            for kind, handler in handlers.items():
                if isinstance(modal, kind):
                    seen.append(modal)
                    answered.append(type(modal).__name__)
                    QTimer.singleShot(0, lambda h=handler, m=modal: h(m))
                    return

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)
        return answered

    yield start
    for timer in timers:
        timer.stop()


def _old_computer_store(path: Path) -> str:
    """A store made on "the old laptop" (the current in-memory keyring); its recovery key."""
    with Store.open(path) as store:
        store.mission.save({"code": "OMIK", "name": "OSCE Mission in Kosovo"})
        store.activities.save({"title": TITLE, "activity_type": "training",
                               "task_codes": ["III.10.2"]})
        return recovery_code(path, store.key)


def _type_code(qtbot, dialog: RecoveryEntryDialog, code: str) -> None:
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.ok_button, LEFT)


def _mistyped(code: str, group: int) -> str:
    """``code`` with one character of ``group`` wrong (always caught by the group's check;
    other mistakes may pass it and be caught by the checksum group)."""
    parts = code.split("-")
    first = parts[group][0]
    parts[group] = ("Y" if first != "Y" else "Z") + parts[group][1:]
    return "-".join(parts)


# --- File → Recovery key… ----------------------------------------------------------------


def test_file_menu_shows_copies_and_saves_the_recovery_key(qtbot, make_window, store: Store,
                                                           monkeypatch, tmp_path: Path):
    window: MainWindow = make_window(store)
    assert window.recovery_action in window.file_menu.actions()
    window.recovery_action.trigger()
    dialog = window.findChild(RecoveryKeyDialog)
    assert dialog is not None and dialog.isVisible()
    shown = dialog.code_label.text()
    assert shown.startswith("FP1-") and decode(shown) == store.key
    assert dialog.code_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert "keep it apart from the laptop" in dialog.explanation.text()

    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert decode(QGuiApplication.clipboard().text()) == store.key
    assert "cleared when this window closes" in dialog.status.text()

    target = tmp_path / "paper" / "key.txt"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "")))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text(encoding="utf-8")
    assert "\n".join(shown.splitlines()) in text and "delete this file" in text
    assert "readable by you only" in dialog.status.text()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), LEFT)


def test_a_passphrase_store_is_told_its_passphrase_is_the_recovery(qtbot, tmp_path: Path):
    path = tmp_path / "field.db"
    with open_passphrase_store(path) as store:
        dialog = RecoveryKeyDialog(path, store.key)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "the passphrase is its recovery key" in dialog.explanation.text()
    assert not dialog.code_label.isVisible()
    assert not dialog.copy_button.isVisible() and not dialog.save_button.isVisible()


# --- entering it ---------------------------------------------------------------------------


def test_the_entry_dialog_names_a_typo_and_refuses_another_stores_key(qtbot, tmp_path: Path):
    path, other = tmp_path / "store.db", tmp_path / "other.db"
    code = _old_computer_store(path)
    other_code = _old_computer_store(other)
    keyring.set_keyring(new_computer := MemoryKeyring())
    dialog = RecoveryEntryDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()

    _type_code(qtbot, dialog, _mistyped(code, 5))
    assert dialog.isVisible() and dialog.error.text() == (
        "Group 5 is wrong: check it against the written key.")
    _type_code(qtbot, dialog, other_code)
    assert dialog.isVisible() and "does not open store.db" in dialog.error.text()
    assert new_computer.secrets == {}

    with qtbot.waitSignal(dialog.accepted):
        _type_code(qtbot, dialog, code.lower().replace("-", " "))
    assert dialog.entered is not None and dialog.entered.outcome == "stored"
    assert list(new_computer.secrets) == [(KEYRING_SERVICE, read_keyinfo(path).key_id)]


def test_at_start_a_backup_from_the_old_laptop_opens_with_its_recovery_key(
        qtbot, tmp_path: Path, answer_each):
    old = tmp_path / "old" / "focalpoint.db"
    old.parent.mkdir()
    code = _old_computer_store(old)
    with Store.open(old, create=False) as store:
        usb = store.backup(tmp_path / "usb" / "backup.db")
    keyring.set_keyring(new_computer := MemoryKeyring())  # the old laptop is gone

    def problem(dialog: StoreProblemDialog) -> None:
        assert dialog.recovery_button.isVisible() and dialog.recovery_button.isDefault()
        headline = dialog.findChildren(type(dialog.reason))[0].text()
        assert "not in this computer's keyring" in headline
        qtbot.mouseClick(dialog.recovery_button, LEFT)

    typed: list[str] = []

    def entry(dialog: RecoveryEntryDialog) -> None:
        if not typed:  # first a typo in group 3, then the key as written down
            typed.append("typo")
            _type_code(qtbot, dialog, _mistyped(code, 3))
            assert "Group 3 is wrong" in dialog.error.text()
        _type_code(qtbot, dialog, code)

    answered = answer_each({StoreProblemDialog: problem, RecoveryEntryDialog: entry})
    store = open_store_interactive(usb, setup=_never, problem=ask_problem, message=_never,
                                   passphrase=_never, offer_encrypt=_never)
    try:
        assert answered == ["StoreProblemDialog", "RecoveryEntryDialog"]
        assert store is not None and store.path == usb
        assert [a.title for a in store.activities.list()] == [TITLE]
        assert len(new_computer.secrets) == 1
    finally:
        if store is not None:
            store.close()


def test_cancelling_the_recovery_key_asks_again_what_to_do(qtbot, tmp_path: Path,
                                                          answer_each):
    path = tmp_path / "focalpoint.db"
    _old_computer_store(path)
    keyring.set_keyring(new_computer := MemoryKeyring())
    problems: list[int] = []

    def problem(dialog: StoreProblemDialog) -> None:
        problems.append(1)
        button = dialog.recovery_button if len(problems) == 1 else dialog.quit_button
        qtbot.mouseClick(button, LEFT)

    def entry(dialog: RecoveryEntryDialog) -> None:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)

    answer_each({StoreProblemDialog: problem, RecoveryEntryDialog: entry})
    assert open_store_interactive(path, setup=_never, problem=ask_problem, message=_never,
                                  passphrase=_never) is None
    assert len(problems) == 2 and new_computer.secrets == {}


def test_restoring_at_start_a_backup_made_elsewhere_asks_its_recovery_key(tmp_path: Path):
    old = tmp_path / "old.db"
    code = _old_computer_store(old)
    with Store.open(old, create=False) as store:
        usb = store.backup(tmp_path / "usb" / "backup.db")
    keyring.set_keyring(MemoryKeyring())
    damaged = tmp_path / "focalpoint.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 400)  # a plain file, broken
    asked: list[Path] = []

    def recover(path: Path) -> bool:
        from focalpoint.storage.recovery_key import enter_code

        asked.append(path)
        return enter_code(path, code).outcome == "stored"

    choices = iter([("restore", usb)])

    def problem(_path: Path, _error: Exception, _backups: list[Path]):
        from focalpoint.ui.dialogs.store_problem_dialog import StoreChoice

        action, where = next(choices)
        return StoreChoice(action, where)

    messages: list[str] = []
    store = open_store_interactive(damaged, setup=_never, problem=problem,
                                   message=messages.append, passphrase=_never,
                                   offer_encrypt=_never, recover=recover)
    try:
        assert asked == [usb]
        assert messages and "restored from backup.db" in messages[0]
        assert store is not None and [a.title for a in store.activities.list()] == [TITLE]
    finally:
        if store is not None:
            store.close()


def test_file_restore_of_a_backup_from_another_computer_asks_its_recovery_key(
        qtbot, make_window, store: Store, monkeypatch, tmp_path: Path, answer_each):
    other_keyring = MemoryKeyring()
    this_keyring = keyring.get_keyring()
    keyring.set_keyring(other_keyring)  # made on another laptop
    other = tmp_path / "elsewhere.db"
    code = _old_computer_store(other)
    keyring.set_keyring(this_keyring)
    window: MainWindow = make_window(store)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(other), "")))
    questions: list[str] = []

    def question(box: QMessageBox) -> None:
        questions.append(box.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), LEFT)

    answered = answer_each({RecoveryEntryDialog: lambda d: _type_code(qtbot, d, code),
                            QMessageBox: question})
    window.restore_action.trigger()
    assert answered == ["RecoveryEntryDialog", "QMessageBox"]
    assert questions and "Replace the store" in questions[0]
    assert (KEYRING_SERVICE, read_keyinfo(other).key_id) in this_keyring.secrets  # type: ignore[attr-defined]
    assert window.isVisible() and window.restore_request is None


def test_file_restore_checks_the_backup_once_in_a_worker(
        qtbot, make_window, store: Store, monkeypatch, tmp_path: Path, answer_each):
    """The backup's integrity check reads every page (seconds for a large store): never
    on the GUI thread, and once, also when its recovery key had to be entered first."""
    import threading

    import focalpoint.storage.store as store_module

    other_keyring = MemoryKeyring()
    this_keyring = keyring.get_keyring()
    keyring.set_keyring(other_keyring)
    other = tmp_path / "elsewhere.db"
    code = _old_computer_store(other)
    keyring.set_keyring(this_keyring)
    window: MainWindow = make_window(store)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(other), "")))
    checks: list[threading.Thread] = []
    check = store_module.quick_check

    def recorded(db: Any) -> None:
        checks.append(threading.current_thread())
        check(db)

    monkeypatch.setattr(store_module, "quick_check", recorded)
    answered = answer_each({
        RecoveryEntryDialog: lambda d: _type_code(qtbot, d, code),
        QMessageBox: lambda box: qtbot.mouseClick(
            box.button(QMessageBox.StandardButton.Cancel), LEFT)})
    window.restore_action.trigger()
    assert answered == ["RecoveryEntryDialog", "QMessageBox"]
    assert len(checks) == 1 and checks[0] is not threading.main_thread()
    assert window.isVisible() and window.restore_request is None


def test_closing_the_recovery_key_dialog_clears_the_copied_key(qtbot, make_window,
                                                              store: Store):
    window: MainWindow = make_window(store)
    clipboard = QGuiApplication.clipboard()
    window.recovery_action.trigger()
    dialog = window.findChild(RecoveryKeyDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.copy_button, LEFT)
    assert decode(clipboard.text()) == store.key
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), LEFT)
    assert clipboard.text() == ""  # the key is not left for the next paste

    window.recovery_action.trigger()  # something copied after the key is left alone
    second = next(d for d in window.findChildren(RecoveryKeyDialog) if d.isVisible())
    qtbot.mouseClick(second.copy_button, LEFT)
    clipboard.setText("Meeting at 10:00")
    qtbot.keyClick(second, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not second.isVisible())
    assert clipboard.text() == "Meeting at 10:00"
