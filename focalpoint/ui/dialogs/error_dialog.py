"""The dialog shown for an unexpected error: a readable message, details to copy.

Why: a focal point in a field office cannot read a traceback, but the person who supports
them needs it. The message says what happened in words and that work can continue; the
technical details are folded away with a "Copy details" button for an e-mail.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint.ui.window_size import clamp_to_screen, fit_to_screen

#: A run of this many characters without a place to break the line gets one (a long
#: path or token would otherwise make the dialog wider than the screen).
LONGEST_RUN = 60


def wrappable(text: str) -> str:
    """``text`` with zero-width spaces inside very long unbroken runs, so it can wrap."""
    return re.sub(rf"\S{{{LONGEST_RUN}}}(?=\S)", lambda m: m.group(0) + "\u200b", text)


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str, log_path: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("FocalPoint — unexpected error"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>Something went wrong.</b> Your saved data is safe and you can keep working. "
            "If it happens again, send the details below to your support contact."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._message = message
        self.message = QLabel(wrappable(message))
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Error message"))
        layout.addWidget(self.message)
        if log_path:
            where = QLabel(self.tr("The error was also written to the log: %1").replace(
                "%1", wrappable(log_path)))
            where.setWordWrap(True)
            layout.addWidget(where)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setVisible(False)
        self.details.setMinimumHeight(200)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.toggle_button = QPushButton(self.tr("Show details"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.toggled.connect(self._toggle)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the message and technical details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        fit_to_screen(self, self.sizeHint())

    def _toggle(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.toggle_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()
        clamp_to_screen(self)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            f"{self._message}\n\n{self.details.toPlainText()}")
