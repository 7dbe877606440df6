"""Sync: what is waiting to be sent, when sync last worked, what Vienna refused, the log.

Why a whole view: with an unreliable connection the focal point needs to see that nothing
is lost: how many changes are waiting, whether the last attempt failed and why, and which
changes the Secretariat rejected (with its message), so they can be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focalpoint.storage import NotFound, Store
from focalpoint.sync import engine as sync_engine
from focalpoint.ui.numbers import format_count
from focalpoint.ui.sync_controller import SyncController, SyncState, local_time

LOG_LINES = 200


class SyncView(QWidget):
    settings_requested = Signal()

    def __init__(self, store: Store, controller: SyncController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.controller = controller
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        status_box = QGroupBox(self.tr("Status"))
        form = QFormLayout(status_box)
        self.server = QLabel()
        self.mission = QLabel()
        self.connection = QLabel()
        self.pending = QLabel()
        self.rejected = QLabel()
        self.last_success = QLabel()
        self.last_error = QLabel()
        self.last_error.setWordWrap(True)
        for text, widget in ((self.tr("Secretariat server:"), self.server),
                             (self.tr("Mission:"), self.mission),
                             (self.tr("Connection:"), self.connection),
                             (self.tr("Waiting to be sent:"), self.pending),
                             (self.tr("Rejected by the Secretariat:"), self.rejected),
                             (self.tr("Last successful sync:"), self.last_success),
                             (self.tr("Last problem:"), self.last_error)):
            widget.setAccessibleName(text.rstrip(":"))
            form.addRow(text, widget)
        top.addWidget(status_box, 1)
        buttons = QVBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.clicked.connect(self.controller.sync_now)
        self.settings_button = QPushButton(self.tr("Sync &settings…"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout.addLayout(top)
        # Why "Sync now" is greyed out and what to do about it, in plain words.
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("syncHint")
        self.hint.setStyleSheet("#syncHint { background: #fff4ce; color: #1f1f1f;"
                                " border: 1px solid #c8a600; padding: 6px; }")
        self.hint.setAccessibleName(self.tr("Why syncing is not possible yet"))
        self.hint.hide()
        layout.addWidget(self.hint)

        rejected_box = QGroupBox(self.tr("Changes the Secretariat rejected"))
        rejected_layout = QVBoxLayout(rejected_box)
        self.rejected_list = QTreeWidget()
        self.rejected_list.setHeaderLabels([self.tr("What"), self.tr("Secretariat's message")])
        self.rejected_list.setRootIsDecorated(False)
        self.rejected_list.setAccessibleName(self.tr("Rejected changes"))
        self.rejected_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.rejected_list.setColumnWidth(0, 420)
        rejected_layout.addWidget(self.rejected_list)
        retry_row = QHBoxLayout()
        retry_row.addStretch(1)
        self.retry_button = QPushButton(self.tr("&Queue rejected changes again"))
        self.retry_button.setToolTip(self.tr("After correcting the cause, send the rejected "
                                             "changes again at the next sync"))
        self.retry_button.clicked.connect(self.retry_rejected)
        retry_row.addWidget(self.retry_button)
        rejected_layout.addLayout(retry_row)
        layout.addWidget(rejected_box, 1)
        feedback_box = QGroupBox(self.tr("Feedback from the Secretariat"))
        feedback_layout = QVBoxLayout(feedback_box)
        self.feedback = QTreeWidget()
        self.feedback.setHeaderLabels([self.tr("Date"), self.tr("From"), self.tr("About"),
                                       self.tr("Message")])
        self.feedback.setRootIsDecorated(False)
        self.feedback.setAccessibleName(self.tr("Feedback from the Secretariat"))
        for column, width in ((0, 120), (1, 140), (2, 300)):
            self.feedback.setColumnWidth(column, width)
        feedback_layout.addWidget(self.feedback)
        layout.addWidget(feedback_box, 1)
        log_box = QGroupBox(self.tr("Sync log"))
        log_layout = QVBoxLayout(log_box)
        self.log = QListWidget()
        self.log.setAccessibleName(self.tr("Sync log"))
        log_layout.addWidget(self.log)
        layout.addWidget(log_box, 1)
        controller.state_changed.connect(self.show_state)
        controller.finished.connect(self._finished)
        self.refresh()

    def _finished(self, _result: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.show_state(self.controller.state())
        self._fill_rejected()
        self._fill_feedback()
        self._fill_log()

    def show_state(self, state: SyncState) -> None:
        config = self.controller.config()
        self.server.setText(config.server_url or self.tr("not set"))
        self.mission.setText(config.mission_code or self.tr("not set"))
        self.connection.setText(state.connection)
        self.pending.setText(self.tr("%1 changes").replace("%1", format_count(state.pending)))
        self.rejected.setText(format_count(state.rejected))
        self.last_success.setText(local_time(state.last_success) if state.last_success
                                  else self.tr("never"))
        self.last_error.setText(state.last_error or "—")
        self.sync_button.setEnabled(state.can_sync)
        self.hint.setText(state.why_not if state.needs_setup else "")
        self.hint.setVisible(state.needs_setup)
        self.sync_button.setToolTip(state.why_not or self.tr("Send waiting changes now (F5)"))

    def _describe(self, entity_type: str, entity_id: str) -> str:
        if entity_type == "activity":
            try:
                return self.tr("Activity: %1").replace(
                    "%1", self.store.activities.get(entity_id).title)
            except NotFound:
                return self.tr("Deleted activity %1").replace("%1", entity_id[:8])
        if entity_type == "response":
            return self.tr("Questionnaire response %1").replace("%1", entity_id[:8])
        if entity_type == "mission":
            return self.tr("Mission profile")
        return f"{entity_type} {entity_id[:8]}"

    def _fill_rejected(self) -> None:
        self.rejected_list.clear()
        rows = sync_engine.rejected_changes(self.store)
        for row in rows:
            self.rejected_list.addTopLevelItem(QTreeWidgetItem([
                self._describe(row["entity_type"], row["entity_id"]), row["error"] or ""]))
        if not rows:
            placeholder = QTreeWidgetItem([self.tr("Nothing was rejected.")])
            self.rejected_list.addTopLevelItem(placeholder)
            placeholder.setFirstColumnSpanned(True)
        self.retry_button.setEnabled(bool(rows))

    def retry_rejected(self) -> int:
        count = sync_engine.retry_rejected(self.store)
        self.controller.events.outbox_changed.emit()
        self.refresh()
        return count

    def _fill_feedback(self) -> None:
        self.feedback.clear()
        entries = sync_engine.feedback(self.store)
        for entry in entries:
            item = QTreeWidgetItem([
                entry.created_at[:16].replace("T", " "),
                entry.author,
                self._describe(entry.entity_type, entry.entity_id),
                entry.message,
            ])
            item.setToolTip(3, entry.message)
            self.feedback.addTopLevelItem(item)
        if not entries:
            placeholder = QTreeWidgetItem([self.tr("No feedback from the Secretariat yet.")])
            self.feedback.addTopLevelItem(placeholder)
            placeholder.setFirstColumnSpanned(True)

    def _fill_log(self) -> None:
        self.log.clear()
        entries = sync_engine.sync_log(self.store, LOG_LINES)
        if not entries:
            self.log.addItem(self.tr("No sync yet."))
        for entry in entries:
            self.log.addItem(f"{entry.at[:19].replace('T', ' ')}  {entry.level.upper():7}  "
                             f"{entry.message}")
