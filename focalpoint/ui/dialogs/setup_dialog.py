"""First run: the mission code and name, so the store knows whose data it holds.

Why so short: the focal point must be able to start recording at once; everything else
(server, token) is in Settings and only matters when the connection is there. The other
ways in sit next to it: explore the demo mission, open a store that already exists,
create the store and import activities from a FocalPoint activities file, or restore the
mission from the Secretariat (a new laptop for a mission that already syncs). The interface
language can be chosen here, before anything else, and the dialog follows it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain import MissionProfile
from focalpoint.paths import shown_path
from focalpoint.ui.contrast import style_as_hint
from focalpoint.ui.dialogs.restore_dialog import RestoredStore, restore_mission
from focalpoint.ui.dialogs.settings_dialog import LANGUAGE_KEY, LANGUAGES
from focalpoint.ui.file_actions import FOLDER_KEY
from focalpoint.ui.validation_text import problem_text
from focalpoint.validation import InvalidRecord, parse

Action = Literal["create", "demo", "open", "import", "restore"]
#: (parent, where the file dialog starts: a file or folder, "" for the default) -> a chosen
#: file, or None
ChoosePath = Callable[[QWidget, str], Path | None]
#: (parent, where the restored store goes) -> the restored store, or None
RestoreMission = Callable[[QWidget, Path], RestoredStore | None]
# A plain function has no class for tr(): name the context, so lupdate files the strings
# under the dialog's (``parent.tr`` filed them under "parent", which nothing looks up).
translate = QCoreApplication.translate
#: The store chosen last with "Open an existing store…" (the next file dialog starts there).
LAST_STORE_KEY = "setup/last_store"


@dataclass(frozen=True)
class SetupChoice:
    """What the person chose: a new store for ``profile`` (optionally importing ``path``),
    the demo mission, an existing store at ``path``, or the store at ``path`` just restored
    from the Secretariat."""

    action: Action
    profile: MissionProfile | None = None
    path: Path | None = None
    passphrase: str | None = field(default=None, repr=False)
    """A restore's newly chosen passphrase (no keyring), to open the store without asking
    again; memory only."""


def choose_store(parent: QWidget, start: str = "") -> Path | None:
    name, _f = QFileDialog.getOpenFileName(
        parent, translate("SetupDialog", "Open an existing store"), start,
        translate("SetupDialog", "FocalPoint stores (*.db);;All files (*)"))
    return Path(name) if name else None


def choose_activities(parent: QWidget, start: str = "") -> Path | None:
    name, _f = QFileDialog.getOpenFileName(
        parent, translate("SetupDialog", "Import activities"), start,
        translate("SetupDialog", "FocalPoint activities (*.json);;All files (*)"))
    return Path(name) if name else None


class SetupDialog(QDialog):
    def __init__(self, store_path: str, parent: QWidget | None = None, *,
                 settings: QSettings | None = None,
                 set_language: Callable[[str], bool] | None = None,
                 choose_store: ChoosePath = choose_store,
                 choose_activities: ChoosePath = choose_activities,
                 restore_mission: RestoreMission = restore_mission) -> None:
        super().__init__(parent)
        self.restore_mission = restore_mission
        self.store_path = store_path
        self.settings = settings
        self.set_language = set_language
        self.choose_store = choose_store
        self.choose_activities = choose_activities
        self.choice: SetupChoice | None = None
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        language_row = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        current = str(settings.value(LANGUAGE_KEY, "") or "") if settings is not None else ""
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language_label.setBuddy(self.language)
        self.language.setVisible(set_language is not None)
        self.language_label.setVisible(set_language is not None)
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        layout.addLayout(language_row)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.new_box = QGroupBox()
        box_layout = QVBoxLayout(self.new_box)
        form = QFormLayout()
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.focal_point = QLineEdit()
        self.code_label, self.name_label, self.you_label = QLabel(), QLabel(), QLabel()
        for label, edit in ((self.code_label, self.code), (self.name_label, self.name),
                            (self.you_label, self.focal_point)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        box_layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        box_layout.addWidget(self.error)
        self.where = QLabel()
        style_as_hint(self.where)
        box_layout.addWidget(self.where)
        layout.addWidget(self.new_box)
        self.other_box = QGroupBox()
        other = QGridLayout(self.other_box)
        self.demo_button = QPushButton()
        self.open_button = QPushButton()
        self.import_button = QPushButton()
        self.restore_button = QPushButton()
        self.demo_button.clicked.connect(lambda _checked=False: self._finish("demo"))
        self.open_button.clicked.connect(lambda _checked=False: self._open_existing())
        self.import_button.clicked.connect(lambda _checked=False: self._import())
        self.restore_button.clicked.connect(lambda _checked=False: self._restore())
        for index, button in enumerate((self.demo_button, self.open_button,
                                        self.import_button, self.restore_button)):
            other.addWidget(button, index // 2, index % 2)
        layout.addWidget(self.other_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(lambda: self._finish("create"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.code, self.name, self.focal_point):
            edit.textChanged.connect(self._validate)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.profile: MissionProfile | None = None
        self._retranslate()

    def _retranslate(self) -> None:
        """Every text of the dialog, again after the language changed."""
        self.setWindowTitle(self.tr("Welcome to FocalPoint"))
        self.language_label.setText(self.tr("Interface &language:"))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.setItemText(0, self.tr("System default"))
        self.intro.setText(self.tr(
            "FocalPoint keeps your mission's anti-trafficking activities on this computer "
            "and sends them to the Secretariat when a connection is available. Tell it "
            "which mission this is."))
        self.new_box.setTitle(self.tr("Start recording for your mission"))
        self.code.setPlaceholderText(self.tr("e.g. OMIK"))
        self.code.setAccessibleName(self.tr("Mission code"))
        self.name.setPlaceholderText(self.tr("e.g. OSCE Mission in Kosovo"))
        self.name.setAccessibleName(self.tr("Mission name"))
        self.focal_point.setAccessibleName(self.tr("Focal point name"))
        self.code_label.setText(self.tr("Mission &code:"))
        self.name_label.setText(self.tr("Mission &name:"))
        self.you_label.setText(self.tr("&Your name (optional):"))
        self.where.setText(self.tr("The store will be created at: %1")
                           .replace("%1", shown_path(self.store_path)))
        self.other_box.setTitle(self.tr("Or"))
        self.demo_button.setText(self.tr("Explore with the &demo mission"))
        self.demo_button.setToolTip(self.tr("A store filled with 59 real examples from the "
                                            "2006 report, to look around; nothing is sent"))
        self.open_button.setText(self.tr("&Open an existing store…"))
        self.open_button.setToolTip(self.tr("A FocalPoint store (.db) kept elsewhere, e.g. "
                                            "copied from the previous focal point's laptop"))
        self.import_button.setText(self.tr("Create and &import activities…"))
        self.import_button.setToolTip(self.tr("Create the store for the mission above, then "
                                              "import a FocalPoint activities file (.json)"))
        self.restore_button.setText(self.tr("&Restore this mission from the Secretariat…"))
        self.restore_button.setToolTip(self.tr(
            "A new computer for a mission that already syncs (the laptop was lost, stolen or "
            "replaced, or a second person records): fetch the mission's data from the "
            "Secretariat"))
        self.ok_button.setText(self.tr("Create store"))
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        code = str(self.language.currentData() or "")
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_KEY, code)
            self.settings.sync()
        if self.set_language is not None:
            self.set_language(code)  # Qt sends LanguageChange: the texts follow

    def _finish(self, action: Action, path: Path | None = None,
                passphrase: str | None = None) -> None:
        if action in ("create", "import") and self.profile is None:
            return
        profile = self.profile if action in ("create", "import") else None
        self.choice = SetupChoice(action, profile, path, passphrase)
        self.accept()

    def _remembered(self, key: str) -> str:
        value = self.settings.value(key, "") if self.settings is not None else ""
        return str(value or "")

    def _remember(self, key: str, value: str) -> None:
        if self.settings is not None:
            self.settings.setValue(key, value)
            self.settings.sync()  # the person may quit at the next question

    def _open_existing(self) -> None:
        """Ask for a store, starting at the one chosen last time (remembered)."""
        path = self.choose_store(self, self._remembered(LAST_STORE_KEY))
        if path is not None:
            self._remember(LAST_STORE_KEY, str(path))
            self._finish("open", path)

    def _import(self) -> None:
        """Ask for activities to import, in the folder File → Import used last."""
        path = self.choose_activities(self, self._remembered(FOLDER_KEY))
        if path is not None:
            self._remember(FOLDER_KEY, str(path.parent))
            self._finish("import", path)

    def _restore(self) -> None:
        """The Restore dialog, pulling the mission into this dialog's store path."""
        restored = self.restore_mission(self, Path(self.store_path))
        if restored is not None:
            self._finish("restore", restored.path, restored.passphrase)

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
        self.import_button.setEnabled(self.profile is not None)
