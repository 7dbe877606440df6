"""Unexpected errors: a readable dialog with details to copy, a log entry, no crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from focalpoint.paths import log_dir
from focalpoint.ui.app import ExceptionHook, setup_logging
from focalpoint.ui.dialogs.error_dialog import ErrorDialog


def test_exception_hook_shows_dialog_and_logs(qtbot):
    log_path = setup_logging()
    hook = ExceptionHook(log_path)
    try:
        raise RuntimeError("disk is full")
    except RuntimeError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    assert len(hook.dialogs) == 1
    dialog = hook.dialogs[0]
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "RuntimeError: disk is full" in dialog.message.text()
    assert "Traceback" in dialog.details.toPlainText()
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "disk is full" in QGuiApplication.clipboard().text()
    assert "Traceback" in QGuiApplication.clipboard().text()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    assert log_path.parent == log_dir()
    assert "disk is full" in log_path.read_text(encoding="utf-8")
    dialog.reject()
    qtbot.waitUntil(lambda: not hook.dialogs)


def test_error_dialog_without_log(qtbot):
    dialog = ErrorDialog("ValueError: bad", "trace")
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QGuiApplication.clipboard().text().startswith("ValueError: bad")
