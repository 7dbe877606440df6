"""Conflicts: what two devices of the mission changed at the same time, side by side, and
the person's decision.

Why a view of its own: the Secretariat's service never silently picks a winner when two
devices change the same field from the same version, or one deletes what another edits; it
keeps both values and opens a conflict that comes down the sync feed to every device
(``docs/sync.md``). Here the focal point sees each such field — before both changes, on
this computer, on the other one — and keeps one side, the other, or a choice per field.
The decision is written by :meth:`ConflictRepository.resolve` (the entity, its outbox row
carrying ``resolves`` and its history in one transaction) and reaches the other devices
with the next sync.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import NotFound, Store
from focalpoint.storage.conflicts import Conflict, Keep, ResolutionError
from focalpoint.ui.contrast import style_as_hint
from focalpoint.ui.events import Events
from focalpoint.ui.models.conflict_models import (
    ConflictFieldsModel,
    ConflictListModel,
    entity_kind,
    involves,
)
from focalpoint.ui.store_writes import ready_to_write
from focalpoint.ui.validation_text import problem_text
from focalpoint.validation import InvalidRecord

ERROR_STYLE = "color: #b3261e;"


class ConflictsView(QWidget):
    def __init__(self, store: Store, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.events = events
        self.model = ConflictListModel(store, self)
        self.fields_model = ConflictFieldsModel(self)
        self._build()
        events.sync_finished.connect(lambda _result: self.refresh())
        events.conflicts_changed.connect(self.refresh)
        self.fields_model.choices_changed.connect(self._update_buttons)
        self.refresh()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "When two computers of the mission change the same thing from the same version, "
            "or one deletes what another changes, the Secretariat keeps both and asks you to "
            "decide here. Your decision is sent with the next sync and settles the conflict "
            "on every computer of the mission."))
        style_as_hint(self.intro)
        layout.addWidget(self.intro)
        self.pages = QStackedWidget(self)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        self.empty_label = QLabel(self.tr(
            "<h3>No conflicts</h3><p>Everything the mission's computers sent fits together. "
            "Conflicts appear here after a sync, if there are any.</p>"))
        self.empty_label.setWordWrap(True)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.pages.addWidget(empty)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Conflicts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._show_selected())
        splitter.addWidget(self.table)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        detail_layout.addWidget(self.title)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        detail_layout.addWidget(self.explanation)
        self.refusal = QLabel()  # the service refused the last resolution made here
        self.refusal.setStyleSheet(ERROR_STYLE)
        self.refusal.setWordWrap(True)
        self.refusal.setAccessibleName(self.tr("Why the Secretariat refused the resolution"))
        self.refusal.hide()
        detail_layout.addWidget(self.refusal)
        self.fields = QTableView()
        self.fields.setModel(self.fields_model)
        self.fields.setAccessibleName(self.tr("Both versions, field by field"))
        self.fields.setWordWrap(True)
        self.fields.verticalHeader().hide()
        # Rows as tall as their wrapped text at the columns' real widths (not at the
        # widths of the moment the model was reset).
        self.fields.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        fields_header = self.fields.horizontalHeader()
        fields_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            fields_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        detail_layout.addWidget(self.fields, 1)
        self.filler = QWidget()  # takes the table's room when a deletion has no fields
        detail_layout.addWidget(self.filler, 1)
        self.hint = QLabel(self.tr(
            "Keep one computer's values for every field, or tick one value per field and keep "
            "the chosen values."))
        style_as_hint(self.hint)
        detail_layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why the conflict was not resolved"))
        self.error.hide()
        detail_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &mine"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_chosen = QPushButton(self.tr("Keep the &chosen values"))
        self.keep_entity = QPushButton()
        self.delete_entity = QPushButton()
        self.keep_mine.clicked.connect(lambda _checked=False: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda _checked=False: self._resolve("theirs"))
        self.keep_chosen.clicked.connect(lambda _checked=False: self._resolve(
            self.fields_model.chosen_values()))
        self.keep_entity.clicked.connect(lambda _checked=False: self._resolve_delete(False))
        self.delete_entity.clicked.connect(lambda _checked=False: self._resolve_delete(True))
        buttons.addStretch(1)
        for button in (self.keep_entity, self.delete_entity, self.keep_mine,
                       self.keep_theirs, self.keep_chosen):
            buttons.addWidget(button)
        detail_layout.addLayout(buttons)
        splitter.addWidget(detail)
        splitter.setSizes([200, 380])
        self.pages.addWidget(splitter)
        layout.addWidget(self.pages, 1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Last resolution"))
        layout.addWidget(self.result)

    # --- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the open conflicts, keeping the selected one if it is still open."""
        current = self.selected()
        self.model.refresh()
        has_rows = self.model.rowCount() > 0
        self.pages.setCurrentIndex(1 if has_rows else 0)
        row = self.model.row_of(current.id) if current is not None else -1
        if has_rows:
            self.table.selectRow(max(row, 0))
        self._show_selected()

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def _show_selected(self) -> None:
        conflict = self.selected()
        device_id = self.store.meta.device_id()
        self.fields_model.show(conflict, device_id)
        self.error.hide()
        self._show_refusal(conflict)
        if conflict is None:
            self.title.clear()
            self.explanation.clear()
            for button in (self.keep_entity, self.delete_entity, self.keep_mine,
                           self.keep_theirs, self.keep_chosen):
                button.hide()
            return
        name = self.store.conflicts.label(conflict)
        self.title.setText(f"<b>{html.escape(entity_kind(conflict))}: {html.escape(name)}</b>")
        deletion = conflict.kind == "delete"
        self.fields.setVisible(bool(conflict.fields))
        self.filler.setVisible(not conflict.fields)
        self.hint.setVisible(not deletion and len(conflict.fields) > 1)
        for button in (self.keep_mine, self.keep_theirs, self.keep_chosen):
            button.setVisible(not deletion)
        self.keep_chosen.setVisible(not deletion and len(conflict.fields) > 1)
        self.keep_entity.setVisible(deletion)
        self.delete_entity.setVisible(deletion and conflict.entity_type != "mission")
        if deletion:
            self._explain_deletion(conflict, device_id)
        elif involves(conflict, device_id):
            self.explanation.setText(self.tr(
                "This computer and another one changed the same fields from the same version. "
                "Until you decide, the value that reached the Secretariat first is kept."))
        else:
            self.explanation.setText(self.tr(
                "Two other computers of the mission changed the same fields from the same "
                "version. Until someone decides, the value that reached the Secretariat first "
                "is kept."))
        self._update_buttons()

    def _show_refusal(self, conflict: Conflict | None) -> None:
        """The service's reason when it refused this device's last resolution: the
        conflict is open again so that the person can choose once more."""
        if conflict is None or not conflict.refusal:
            self.refusal.hide()
            return
        self.refusal.setText(self.tr(
            "The Secretariat refused your last decision: %1. Choose again.")
            .replace("%1", conflict.refusal))
        self.refusal.show()

    def _explain_deletion(self, conflict: Conflict, device_id: str) -> None:
        thing = self._thing(conflict)
        self.keep_entity.setText(self.tr("&Keep the %1").replace("%1", thing))
        self.delete_entity.setText(self.tr("&Delete it"))
        if conflict.mine_deletes(device_id):
            text = self.tr("You deleted this %1 on this computer while another computer "
                           "changed it. It is kept, with those changes, until you decide.")
        else:
            text = self.tr("Another computer deleted this %1 while it was being changed. It "
                           "is kept, with the changes, until you decide.")
        self.explanation.setText(text.replace("%1", thing))

    def _thing(self, conflict: Conflict) -> str:
        return {"activity": self.tr("activity"), "response": self.tr("questionnaire draft")
                }.get(conflict.entity_type, self.tr("record"))

    def _update_buttons(self) -> None:
        chosen = self.fields_model.all_chosen()
        self.keep_chosen.setEnabled(chosen)
        self.keep_chosen.setToolTip("" if chosen else self.tr(
            "Tick this computer's or the other computer's value in every row first"))

    # --- resolving -----------------------------------------------------------------------

    def _resolve_delete(self, delete: bool) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        mine_deletes = conflict.mine_deletes(self.store.meta.device_id())
        self._resolve("mine" if delete == mine_deletes else "theirs")

    def _resolve(self, keep: Keep) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        name = self.store.conflicts.label(conflict)
        reason = ready_to_write(self.store)
        if reason:
            self._show_error(reason)
            return
        try:
            self.store.conflicts.resolve(conflict.id, keep)
        except InvalidRecord as invalid:
            self._show_error(self.tr("Not resolved: the chosen values do not make a valid "
                                     "record: %1").replace(
                "%1", "; ".join(problem_text(p) for p in invalid.problems) or str(invalid)))
            return
        except (ResolutionError, NotFound) as error:
            self._show_error(self.tr("Not resolved: %1").replace("%1", str(error)))
            self.refresh()
            return
        self.result.setText(self.tr(
            "Resolved: %1. The decision is sent to the Secretariat with the next sync.")
            .replace("%1", name))
        self._announce(conflict)  # conflicts_changed: the list (and the badge) refresh

    def _announce(self, conflict: Conflict) -> None:
        if conflict.entity_type == "activity":
            self.events.activity_changed.emit(conflict.entity_id)
        elif conflict.entity_type == "response":
            self.events.response_changed.emit(conflict.entity_id)
        self.events.outbox_changed.emit()
        self.events.conflicts_changed.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

