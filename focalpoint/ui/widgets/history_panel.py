"""The History tabs: every recorded version of an activity (the editor) or of a
questionnaire response (the Questionnaire view), what it changed, and "Restore this
version".

Why a widget of its own: the editor's form belongs to its fields; the history is a second
view of the same entity that reads the store's version table (through the repository)
and writes only through the repository's ``restore_version`` — a normal change with its
outbox row and a version of its own, so a restore can itself be undone here.
:class:`HistoryPanel` is the activity's list and details; a subclass says where other
versions come from, how their fields are named and what restoring means.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import NotFound, Store
from focalpoint.storage.history import Version, stamp
from focalpoint.ui.contrast import style_as_hint
from focalpoint.ui.field_text import field_name, value_text
from focalpoint.ui.store_writes import ready_to_write
from focalpoint.ui.validation_text import problem_text
from focalpoint.validation import InvalidRecord

translate = QCoreApplication.translate

#: Answers "restore the version of <time>?"; tests pass their own.
Confirm = Callable[[QWidget, str], bool]

BEFORE_HISTORY = 0  # the pseudo-version: the activity as it was before its oldest version


def ask_restore(parent: QWidget, when: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("HistoryPanel", "Restore this version"),
        translate(
            "HistoryPanel",
            "Make the activity what it was on %1? It is saved at once as a new version "
            "(nothing is lost: the current one stays in the history). Changes not yet saved "
            "in this editor are replaced.",
        ).replace("%1", when),
    )
    return answer == QMessageBox.StandardButton.Yes


def local_time(at: str) -> str:
    return stamp(at).astimezone().strftime("%Y-%m-%d %H:%M")


class HistoryPanel(QWidget):
    """An activity's versions (a subclass shows another kind of entity's); ``restored``
    carries the entity as restored (already saved)."""

    restored = Signal(object)
    #: Which kind of entity (names its fields: see :mod:`focalpoint.ui.field_text`).
    entity_type = "activity"

    def __init__(self, store: Store, entity_id: str | None, parent: QWidget | None = None,
                 *, confirm: Confirm = ask_restore) -> None:
        super().__init__(parent)
        self.store = store
        self.entity_id = entity_id
        self.confirm = confirm
        self._versions: list[Version] = []
        self._rows: list[int] = []  # version id per table row (BEFORE_HISTORY for the last)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.intro_text())
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Computer"), self.tr("Change")])
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.table)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.fields.setAccessibleName(self.tr("Changes in this version"))
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().hide()
        fields_header = self.fields.horizontalHeader()
        fields_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fields_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fields_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.fields)
        splitter.setSizes([260, 240])
        layout.addWidget(splitter, 1)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.note = QLabel()
        style_as_hint(self.note)
        row.addWidget(self.note, 1)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setEnabled(False)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.restore_button.clicked.connect(self._restore)
        self.refresh()

    # --- loading ------------------------------------------------------------------------

    def show_entity(self, entity_id: str | None) -> None:
        """Show another entity's versions (the Questionnaire view's period changed)."""
        self.entity_id = entity_id
        self.refresh()

    def refresh(self) -> None:
        """Read the versions again (after a save or a restore)."""
        self._versions = self.load_versions() if self.entity_id else []
        self._rows = [v.id for v in self._versions]
        oldest = self._versions[-1] if self._versions else None
        if oldest is not None and oldest.op not in ("create", "undelete"):
            self._rows.append(BEFORE_HISTORY)
        self.table.setRowCount(len(self._rows))
        for row, version in enumerate(self._versions):
            cells = [local_time(version.at), version.who, version.device,
                     self._summary(version, current=row == 0)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        if len(self._rows) > len(self._versions):
            item = QTableWidgetItem(self.tr("Before the recorded history"))
            self.table.setItem(len(self._versions), 3, item)
            for column in range(3):
                self.table.setItem(len(self._versions), column, QTableWidgetItem("—"))
        self.note.setText(self.tr("No saved changes yet.") if not self._rows else "")
        self.fields.setRowCount(0)
        self.restore_button.setEnabled(False)
        self.table.clearSelection()  # so that selecting row 0 again shows its changes
        if self._rows:
            self.table.selectRow(0)

    def _summary(self, version: Version, *, current: bool) -> str:
        names = ", ".join(self.field_name(f) for f in version.changes)
        if version.op == "create":
            text = self.tr("Created")
        elif version.op == "undelete":
            text = self.tr("Brought back after deletion")
        elif version.op == "delete":
            text = self.tr("Deleted")
        elif version.op == "restore":
            when = self._version_time(version.restored_from)
            text = self.tr("Restored the version of %1: %2").replace("%1", when).replace(
                "%2", names)
        else:
            text = self.tr("Changed: %1").replace("%1", names)
        return self.tr("%1 (current version)").replace("%1", text) if current else text

    def _version_time(self, version_id: int | None) -> str:
        for version in self._versions:
            if version.id == version_id:
                return local_time(version.at)
        return self.tr("before the recorded history")

    # --- showing one version --------------------------------------------------------------

    def selected_version(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        version_id = self.selected_version()
        self.error.hide()
        version = next((v for v in self._versions if v.id == version_id), None)
        changes = version.changes if version is not None else {}
        self.fields.setRowCount(len(changes))
        for row, (field, (old, new)) in enumerate(changes.items()):
            texts = [self.field_name(field), self.value_text(field, old),
                     self.value_text(field, new)]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.fields.setItem(row, column, item)
        self.fields.resizeRowsToContents()
        current = bool(self._rows) and version_id == self._rows[0]
        refused = self.cannot_restore()
        self.restore_button.setToolTip(refused)
        self.restore_button.setEnabled(version_id is not None and not current and not refused)

    # --- what a subclass for another kind of entity overrides -----------------------------

    def intro_text(self) -> str:
        return self.tr("Every saved change of this activity, newest first: when, by whom, on "
                       "which computer, and each field before and after.")

    def load_versions(self) -> list[Version]:
        """The entity's versions, newest first."""
        assert self.entity_id is not None
        return self.store.activities.versions(self.entity_id)

    def restore_to(self, version_id: int) -> object:
        """Restore through the repository; returns the entity as restored."""
        assert self.entity_id is not None
        return self.store.activities.restore_version(self.entity_id, version_id)

    def cannot_restore(self) -> str:
        """Why no version can be restored now ('' when one can)."""
        return ""

    def field_name(self, field: str) -> str:
        return field_name(self.entity_type, field)

    def value_text(self, field: str, value: Any) -> str:
        """A stored value as the editor would show it."""
        return value_text(self.entity_type, field, value)

    # --- restoring ------------------------------------------------------------------------

    def _restore(self) -> None:
        version_id = self.selected_version()
        if version_id is None or self.entity_id is None or self.cannot_restore():
            return
        when = self._version_time(version_id)
        if not self.confirm(self, when):
            return
        reason = ready_to_write(self.store)
        if reason:
            self._show_error(reason)
            return
        try:
            restored = self.restore_to(version_id)
        except InvalidRecord as invalid:
            self._show_error(self.tr("This version cannot be restored: %1").replace(
                "%1", "; ".join(problem_text(p) for p in invalid.problems) or str(invalid)))
            return
        except NotFound as missing:
            self._show_error(str(missing))
            return
        self.refresh()
        self.restored.emit(restored)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
