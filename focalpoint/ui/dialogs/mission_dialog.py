"""The mission profile: the mission's name, the focal point's name and post.

Why the code cannot be changed here: it is the mission's identity towards the Secretariat
(its token and every change it received are filed under it); a new code means a new store.
Save is one repository call, which writes the profile and its outbox row together, so the
Secretariat receives the new name at the next sync.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain import SHORT_MAX, TITLE_MAX, MissionProfile
from focalpoint.storage import Store
from focalpoint.ui.store_writes import ready_to_write
from focalpoint.ui.validation_text import problem_text
from focalpoint.ui.window_size import remember_dialog_size
from focalpoint.validation import InvalidRecord

ERROR_STYLE = "color: #b3261e;"


class MissionProfileDialog(QDialog):
    """``saved`` carries the profile written to the store."""

    saved = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = store.mission.get()
        self.setWindowTitle(self.tr("Mission profile"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLabel(self.profile.code if self.profile else "")
        self.code.setAccessibleName(self.tr("Mission code"))
        self.code.setToolTip(self.tr("The code identifies the mission to the Secretariat and "
                                     "cannot be changed; a new code needs a new store."))
        form.addRow(self.tr("Mission code:"), self.code)
        self.name = QLineEdit(self.profile.name if self.profile else "")
        self.name.setMaxLength(TITLE_MAX)
        self.name.setPlaceholderText(self.tr("e.g. OSCE Mission to Moldova"))
        form.addRow(self.tr("Mission &name:"), self.name)
        self.focal_point_name = QLineEdit(self.profile.focal_point_name if self.profile else "")
        self.focal_point_name.setMaxLength(SHORT_MAX)
        form.addRow(self.tr("&Focal point's name:"), self.focal_point_name)
        self.focal_point_post = QLineEdit(self.profile.focal_point_post if self.profile else "")
        self.focal_point_post.setMaxLength(SHORT_MAX)
        self.focal_point_post.setPlaceholderText(self.tr("e.g. National Programme Officer"))
        form.addRow(self.tr("Focal point's &post:"), self.focal_point_post)
        self.field_operation = QCheckBox(self.tr("This is an OSCE &field operation"))
        self.field_operation.setToolTip(self.tr(
            "Field operations answer the Action Plan tasks given to field operations; "
            "institutions and units answer theirs."))
        self.field_operation.setChecked(self.profile.is_field_operation if self.profile
                                        else True)
        form.addRow("", self.field_operation)
        layout.addLayout(form)
        note = QLabel(self.tr("The profile appears on the questionnaire PDF and is sent to "
                              "the Secretariat at the next sync."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if self.profile is None:
            self.error.setText(self.tr("This store has no mission yet."))
            self.error.show()
            self.save_button.setEnabled(False)
        remember_dialog_size(self, "mission_profile", QSize(600, 280))

    def save(self) -> bool:
        if self.profile is None:
            return False
        reason = ready_to_write(self.store)
        if reason:  # nothing written; the fields keep what was typed
            self.error.setText(reason)
            self.error.show()
            return False
        try:
            profile: MissionProfile = self.store.mission.save({
                "code": self.profile.code,
                "name": self.name.text(),
                "focal_point_name": self.focal_point_name.text(),
                "focal_point_post": self.focal_point_post.text(),
                "is_field_operation": self.field_operation.isChecked(),
            })
        except InvalidRecord as invalid:
            names = {"name": self.tr("Mission name"),
                     "focal_point_name": self.tr("Focal point's name"),
                     "focal_point_post": self.tr("Focal point's post")}
            self.error.setText("\n".join(
                f"{names.get(p.field, p.field)}: {problem_text(p)}" for p in invalid.problems))
            self.error.show()
            return False
        self.profile = profile
        self.saved.emit(profile)
        self.accept()
        return True
