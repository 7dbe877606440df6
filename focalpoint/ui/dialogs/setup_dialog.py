"""First run: the mission code and name, so the store knows whose data it holds.

Why so short: the focal point must be able to start recording at once; everything else
(server, token) is in Settings and only matters when the connection is there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain import MissionProfile
from focalpoint.ui.validation_text import problem_text
from focalpoint.validation import InvalidRecord, parse


class SetupDialog(QDialog):
    def __init__(self, store_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to FocalPoint"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "FocalPoint keeps your mission's anti-trafficking activities on this computer "
            "and sends them to the Secretariat when a connection is available. Tell it "
            "which mission this is."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. OMIK"))
        self.code.setAccessibleName(self.tr("Mission code"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. OSCE Mission in Kosovo"))
        self.name.setAccessibleName(self.tr("Mission name"))
        self.focal_point = QLineEdit()
        self.focal_point.setAccessibleName(self.tr("Focal point name"))
        form.addRow(self.tr("Mission &code:"), self.code)
        form.addRow(self.tr("Mission &name:"), self.name)
        form.addRow(self.tr("&Your name (optional):"), self.focal_point)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        where = QLabel(self.tr("The store will be created at: %1").replace("%1", store_path))
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark);")
        layout.addWidget(where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create store"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.code, self.name, self.focal_point):
            edit.textChanged.connect(self._validate)
        self.profile: MissionProfile | None = None
        self._validate()

    def values(self) -> dict[str, Any]:
        return {"code": self.code.text(), "name": self.name.text(),
                "focal_point_name": self.focal_point.text()}

    def _validate(self) -> None:
        try:
            self.profile = parse(MissionProfile, self.values())
        except InvalidRecord as invalid:
            self.profile = None
            touched = {"code": bool(self.code.text()), "name": bool(self.name.text()),
                       "focal_point_name": True}
            labels = {"code": self.code.accessibleName(), "name": self.name.accessibleName(),
                      "focal_point_name": self.focal_point.accessibleName()}
            shown = []
            for p in invalid.problems:
                if not touched.get(p.field, True):
                    continue
                if p.field == "code" and "expected form" in p.message:
                    shown.append(self.tr("Mission code: 2–32 letters, digits, - or _ "
                                         "(e.g. OMIK)."))
                else:
                    label = labels.get(p.field, p.field)
                    shown.append(f"{label}: {problem_text(p)}" if label else problem_text(p))
            self.error.setText("\n".join(shown))
        else:
            self.error.setText("")
        self.ok_button.setEnabled(self.profile is not None)
