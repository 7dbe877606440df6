"""Settings: a token pasted with an invisible character is refused in the dialog, and the
message shows no part of it (it used to reach the HTTP layer, whose error quoted it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from focalpoint.storage import Store
from focalpoint.sync.credentials import get_token
from focalpoint.ui.main_window import MainWindow

SECRET = "Zq8vKp3mWx7LtR2nYb5cHd9fGj4sAe6uPo1iUy0TrE3"
URL = "https://secretariat.example.org"


def test_a_token_with_a_zero_width_space_is_refused_without_showing_it(
        qtbot, window: MainWindow, demo_store: Store, memory_keyring) -> None:
    dialog = window.open_settings()
    dialog.server_url.clear()
    qtbot.keyClicks(dialog.server_url, URL)
    dialog.mission_code.clear()
    qtbot.keyClicks(dialog.mission_code, "DEMO")
    # Pasted (Ctrl+V) from a message that carried a zero-width space along.
    QApplication.clipboard().setText(f"fp1_0123456789abcdef_{SECRET}\u200b")
    dialog.token.setFocus()
    qtbot.keyClick(dialog.token, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.token.text().endswith("\u200b")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # not saved, the user can correct it
    message = dialog.error.text()
    assert "not plain ASCII" in message and "not shown" in message
    assert SECRET[:8] not in message and SECRET[-8:] not in message
    assert get_token(URL, "DEMO") is None
    dialog.token.clear()
    qtbot.keyClicks(dialog.token, f"  fp1_0123456789abcdef_{SECRET}  ")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_token(URL, "DEMO") == f"fp1_0123456789abcdef_{SECRET}"  # whitespace stripped
