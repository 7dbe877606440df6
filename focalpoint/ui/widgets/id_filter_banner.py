"""The line above the activity list that says it shows only the activities a figure counted.

Why a banner and not a filter combo: the set comes from a click in the Analysis view and
has no name the filters could show; the banner says where it came from and clears it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class IdFilterBanner(QWidget):
    """``cleared`` fires when the user asks for every activity again."""

    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("background: #e8f0fe; padding: 4px;")
        self.clear_button = QPushButton(self.tr("Show all activities"), self)
        self.clear_button.clicked.connect(self.cleared)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_for(self, count: int, description: str) -> None:
        self.label.setText(self.tr("Showing the %1 activities counted in %2")
                           .replace("%1", str(count)).replace("%2", description))
        self.show()
