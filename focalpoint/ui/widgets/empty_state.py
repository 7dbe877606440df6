"""What an empty activity list says: how to add or import the first activity.

Why: a new focal point opening an empty store sees only empty column headers; this panel,
shown instead of the table while the store holds no activity, names the two ways in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyActivities(QFrame):
    new_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyActivities")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = QLabel(self.tr(
            "<h3>No activities yet</h3>"
            "<p>Record the mission's first anti-trafficking activity with <b>New activity</b> "
            "(Ctrl+N), or bring in activities you already have in a FocalPoint activities "
            "file (.json, e.g. exported from another computer) with <b>Import "
            "activities…</b>.</p>"
            "<p>To look around first, the demo mission can be loaded into a separate store: "
            "<tt>focalpoint --db demo.db demo</tt>.</p>"), self)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.new_button = QPushButton(self.tr("New activity"), self)
        self.new_button.clicked.connect(lambda _checked=False: self.new_requested.emit())
        self.import_button = QPushButton(self.tr("Import activities…"), self)
        self.import_button.clicked.connect(lambda _checked=False: self.import_requested.emit())
        row.addWidget(self.new_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
