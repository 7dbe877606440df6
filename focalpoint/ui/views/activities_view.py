"""The activity list: search as you type, filters, counts, and the editor on Enter.

Why the search is debounced and asynchronous: on a store of 50,000 activities every
keystroke would otherwise block the window; the model queries the ids in a worker and the
newest query wins (older answers are dropped), so typing never stutters.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from focalpoint.domain import new_id
from focalpoint.storage import ActivityFilter, NotFound, Store
from focalpoint.ui.catalogue_text import heading, task_label, task_tooltip
from focalpoint.ui.deletion_undo import DeletionUndo, delete_in_chunks
from focalpoint.ui.dialogs.activity_editor import ActivityEditor, UnsavedQuestion, ask_unsaved
from focalpoint.ui.events import Events
from focalpoint.ui.import_activities import ChooseFile, Tell, choose_json, import_activities, tell
from focalpoint.ui.labels import choices
from focalpoint.ui.models.activity_table_model import COLUMNS, TITLE_COLUMN, ActivityTableModel
from focalpoint.ui.numbers import format_count
from focalpoint.ui.tasks import Job, TaskManager
from focalpoint.ui.widgets.activity_filters import ActivityFilters
from focalpoint.ui.widgets.empty_state import EmptyActivities
from focalpoint.ui.widgets.id_filter_banner import IdFilterBanner
from focalpoint.vocabularies import ActivityStatus, ActivityType, TraffickingForm

translate = QCoreApplication.translate

SEARCH_DELAY_MS = 250
#: Larger selections are deleted in the background, in chunks (see ``delete_selected``).
BACKGROUND_DELETE = 200
DELETE_CHUNK = 250
#: Confirm deleting ``count`` activities (the first one's title given): True to delete.
ConfirmDelete = Callable[[QWidget, int, str], bool]
COLUMN_WIDTHS = {
    "title": 330,
    "activity_type": 140,
    "status": 85,
    "start_date": 88,
    "end_date": 88,
    "tasks": 110,
    "locations": 120,
    "partners": 140,
}


def confirm_delete(parent: QWidget, count: int, title: str) -> bool:
    if count == 1:
        text = translate("ActivitiesView", "Delete the activity “%1”?").replace("%1", title)
    else:
        text = translate("ActivitiesView", "Delete %1 activities?").replace("%1", str(count))
    answer = QMessageBox.question(
        parent,
        translate("ActivitiesView", "Delete"),
        text
        + "\n\n"
        + translate("ActivitiesView", "The deletion is also sent to the Secretariat. "
                    "Edit → Undo (Ctrl+Z) brings the activities back."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ActivitiesView(QWidget):
    editor_opened = Signal(object)
    #: Whether one or more activities are selected (the window's Duplicate follows it).
    selection_changed = Signal(bool)
    #: A long job started (job, title): the window shows its progress and Cancel.
    job_started = Signal(object, str)

    def __init__(
        self,
        store: Store,
        tasks: TaskManager,
        events: Events,
        parent: QWidget | None = None,
        *,
        confirm: ConfirmDelete = confirm_delete,
        ask_unsaved: UnsavedQuestion = ask_unsaved,
        undo: DeletionUndo | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.events = events
        self.undo = undo or DeletionUndo(store, tasks, events, self)
        self.confirm_delete = confirm
        self._delete_job: Job | None = None
        self.ask_unsaved = ask_unsaved
        self.choose_import_file: ChooseFile = choose_json
        self.tell_import: Tell = tell
        self._select_after: str | None = None
        self.model = ActivityTableModel(store, tasks, self)
        # The list's query first: the completion lists built next queue theirs behind it.
        self.model.refresh()
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.model.refreshed.connect(self._refreshed)
        self.model.loading_changed.connect(self._loading)
        events.activity_changed.connect(self._activity_changed)
        self.undo.changed.connect(self._update_undo_bar)
        self.undo.restored.connect(self._restored)
        self.undo.redone.connect(self._redone)
        self._update_undo_bar()
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the model's own order

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr("Search titles, descriptions, partners, places and outcomes…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search activities"))
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filter)
        top.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("&New activity"), self)
        self.new_button.setToolTip(self.tr("New activity (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.open_editor())
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected activities (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.task_filter = QComboBox(self)
        self.task_filter.setAccessibleName(self.tr("Filter by chapter, section or task"))
        self.task_filter.addItem(self.tr("All Action Plan tasks"), "")
        for chapter in self.store.catalogue.chapters:
            self.task_filter.addItem(f"{chapter.code}. {heading(chapter)}",
                                     f"chapter:{chapter.code}")
            for section in chapter.sections:
                self.task_filter.addItem(
                    f"    {section.code} {heading(section)}", f"section:{section.code}"
                )
                for task in section.tasks:
                    self.task_filter.addItem(f"        {task_label(task)}", f"task:{task.code}")
                    self.task_filter.setItemData(self.task_filter.count() - 1,
                                                 task_tooltip(task),
                                                 Qt.ItemDataRole.ToolTipRole)
        self.task_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.task_filter.setMinimumContentsLength(24)
        self.status_filter = self._combo(
            self.tr("All statuses"), choices(ActivityStatus), self.tr("Filter by status")
        )
        self.year_filter = QComboBox(self)
        self.year_filter.setAccessibleName(self.tr("Filter by year"))
        self._fill_years()
        self.type_filter = self._combo(
            self.tr("All types"), choices(ActivityType), self.tr("Filter by type")
        )
        self.form_filter = self._combo(
            self.tr("All forms of trafficking"),
            choices(TraffickingForm),
            self.tr("Filter by form of trafficking"),
        )
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            filters.addWidget(combo)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.more_filters = ActivityFilters(self.store, self, self.tasks)
        self.more_filters.changed.connect(lambda: self._debounce.start())
        layout.addWidget(self.more_filters)
        self._only_ids: frozenset[str] | None = None
        self.ids_banner = IdFilterBanner(self)
        self.ids_banner.cleared.connect(self.clear_filters)
        layout.addWidget(self.ids_banner)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        # The title takes the room the window gives (it is what users read); the other
        # columns keep their width and can be resized.
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # The status column fits its longest label in the interface language (Russian
        # "Запланировано" is wider than "Completed"); long types are elided, as in English.
        status_width = 16 + max(self.table.fontMetrics().horizontalAdvance(text)
                                for _value, text in choices(ActivityStatus))
        widths = {**COLUMN_WIDTHS, "status": max(COLUMN_WIDTHS["status"], status_width)}
        for column, (key, _title, _sort) in enumerate(COLUMNS):
            if key in widths:
                self.table.setColumnWidth(column, widths[key])
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.context_actions: dict[str, QAction] = {}
        for key, text, slot in (("edit", self.tr("Edit…"), self.edit_current),
                                ("duplicate", self.tr("Duplicate…"), self.duplicate_current),
                                ("delete", self.tr("Delete…"), self.delete_selected),
                                ("new", self.tr("New activity"), self.open_editor)):
            action = QAction(text, self.table)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.table.addAction(action)
            self.context_actions[key] = action
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        for enter in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._table_shortcut(QKeySequence(enter), self.edit_current)
        self._table_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self._build_undo_bar())
        layout.addWidget(self.table, 1)
        self.empty = EmptyActivities(self)
        self.empty.new_requested.connect(lambda: self.open_editor())
        self.empty.import_requested.connect(lambda: self.import_activities())
        self.empty.hide()
        layout.addWidget(self.empty, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of activities shown"))
        self.loading_label = QLabel(self.tr("Searching…"), self)
        self.loading_label.hide()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.loading_label)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.new_button)
        self._update_buttons()

    def _build_undo_bar(self) -> QFrame:
        """The "Deleted N activities — Undo" notice above the table."""
        self.undo_bar = QFrame(self)
        self.undo_bar.setObjectName("undoBar")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setStyleSheet(
            "#undoBar { background: #fff4ce; border: 1px solid #c8a200; border-radius: 3px; }"
            "#undoBar QLabel { color: #1f1f1f; }")
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(8, 2, 4, 2)
        self.undo_label = QLabel(self.undo_bar)
        self.undo_label.setAccessibleName(self.tr("Deletion notice"))
        self.undo_button = QPushButton(self.tr("Undo"), self.undo_bar)
        self.undo_button.setToolTip(self.tr("Bring the deleted activities back (Ctrl+Z)"))
        self.undo_button.clicked.connect(lambda: self.undo.undo())
        self.undo_dismiss = QPushButton(self.tr("Dismiss"), self.undo_bar)
        self.undo_dismiss.setToolTip(self.tr("Hide this notice (Edit → Undo still works)"))
        self.undo_dismiss.clicked.connect(lambda: self.undo_bar.hide())
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.undo_dismiss)
        self.undo_bar.hide()
        return self.undo_bar

    def _update_undo_bar(self) -> None:
        last = self.undo.last()
        self.undo_button.setEnabled(self.undo.can_undo())
        if last is None:
            self.undo_bar.hide()
        else:
            self.undo_label.setText(self.undo.describe())

    def _redone(self, ids: list[str]) -> None:
        """A redo deleted these again: the notice offers to undo it, as after Delete."""
        if ids:
            self.model.remove_ids(ids)
            self.undo_bar.show()
        self._update_undo_bar()

    def _restored(self, ids: list[str]) -> None:
        self.undo_bar.hide()
        if ids:
            self._select_after = ids[0]

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        """A column that cannot be sorted (task codes) must not show a sort arrow."""
        if COLUMNS[column][2] is None:
            current = next(i for i, c in enumerate(COLUMNS) if c[2] == self.model.sort_key)
            order = (Qt.SortOrder.DescendingOrder if self.model.descending
                     else Qt.SortOrder.AscendingOrder)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(current, order)
            header.blockSignals(False)

    def _table_shortcut(self, keys: QKeySequence, slot: Callable[[], object]) -> None:
        shortcut = QShortcut(keys, self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def _combo(self, all_text: str, items: list[tuple[str, str]], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.addItem(all_text, "")
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _fill_years(self) -> None:
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        for year in reversed(self.store.activities.years()):
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(False)

    # --- filtering ----------------------------------------------------------------------

    def current_filter(self) -> ActivityFilter:
        kind, _sep, code = str(self.task_filter.currentData() or "").partition(":")
        return self.more_filters.apply(ActivityFilter(
            search=self.search.text(),
            chapter=code if kind == "chapter" else "",
            section=code if kind == "section" else "",
            task=code if kind == "task" else "",
            status=self.status_filter.currentData() or "",
            year=self.year_filter.currentData(),
            activity_type=self.type_filter.currentData() or "",
            form=self.form_filter.currentData() or "",
            only_ids=self._only_ids,
        ))

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        self.clear_filters_silently()
        self.apply_filter()

    def show_task(self, code: str, start: date | None = None, end: date | None = None) -> None:
        """Show only the activities mapped to a task, section or chapter (from the Action
        Plan view), within its period when one is given."""
        kind = {0: "chapter", 1: "section"}.get(code.count("."), "task")
        index = self.task_filter.findData(f"{kind}:{code}")
        self.clear_filters_silently()
        self.task_filter.blockSignals(True)
        self.task_filter.setCurrentIndex(max(0, index))
        self.task_filter.blockSignals(False)
        self.more_filters.set_range(start, end)
        self.apply_filter()

    def show_ids(self, ids: frozenset[str], description: str) -> None:
        """Show exactly these activities (those an Analysis figure counted)."""
        self.clear_filters_silently()
        self._only_ids = frozenset(ids)
        self.ids_banner.show_for(len(ids), description)
        self.apply_filter()

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.task_filter, self.status_filter, self.year_filter, self.type_filter,
                self.form_filter)

    def clear_filters_silently(self) -> None:
        self._only_ids = None
        self.ids_banner.hide()
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.more_filters.clear()

    def dispose(self) -> None:
        """The view is being replaced: late list results must not reach the old model."""
        self._debounce.stop()
        self.model.dispose()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def import_activities(self) -> Job | None:
        """Import a FocalPoint activities file (all or nothing, in the background)."""
        return import_activities(self, self.store, self.tasks, self.events,
                                 choose=self.choose_import_file, answer=self.tell_import)

    def _refreshed(self, shown: int) -> None:
        empty = self.model.total == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.count_label.setText(
            self.tr("%1 of %2 activities")
            .replace("%1", format_count(shown))
            .replace("%2", format_count(self.model.total))
        )
        if self._select_after:
            row = self.model.row_of(self._select_after)
            self._select_after = None
            if row >= 0:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def _loading(self, loading: bool) -> None:
        self.loading_label.setVisible(loading)

    def _activity_changed(self, activity_id: str) -> None:
        self._fill_years()
        self.more_filters.refresh_suggestions()
        self.model.invalidate(activity_id)

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected and self._delete_job is None)
        self.context_actions["edit"].setEnabled(selected)
        self.context_actions["duplicate"].setEnabled(selected)
        self.context_actions["delete"].setEnabled(selected and self._delete_job is None)
        self.selection_changed.emit(selected)

    # --- editing ------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [i for i in (self.model.activity_id(r) for r in rows) if i is not None]

    def open_editor(self, activity_id: str | None = None) -> ActivityEditor | None:
        activity = None
        if activity_id is not None:
            try:
                activity = self.store.activities.get(activity_id)
            except NotFound:
                self.model.refresh()
                return None
        editor = ActivityEditor(self.store, activity, self.window(), ask=self.ask_unsaved,
                                tasks=self.tasks)
        editor.saved.connect(self._saved)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        self.editor_opened.emit(editor)
        return editor

    def edit_row(self, row: int) -> None:
        activity_id = self.model.activity_id(row)
        if activity_id is not None:
            self.open_editor(activity_id)

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_row(index.row())

    def duplicate_current(self) -> ActivityEditor | None:
        """Open the editor on a copy of the current activity: a new id, every field kept,
        the title marked "(copy)"; nothing is written until Save."""
        index = self.table.currentIndex()
        activity_id = self.model.activity_id(index.row()) if index.isValid() else None
        if activity_id is None:
            ids = self.selected_ids()
            activity_id = ids[0] if ids else None
        if activity_id is None:
            return None
        try:
            activity = self.store.activities.get(activity_id)
        except NotFound:
            self.model.refresh()
            return None
        editor = ActivityEditor(self.store, None, self.window(), ask=self.ask_unsaved,
                                tasks=self.tasks)
        editor.load_copy(activity)
        editor.saved.connect(self._saved)
        editor.finished.connect(editor.deleteLater)
        editor.open()
        self.editor_opened.emit(editor)
        return editor

    def _saved(self, activity_id: str) -> None:
        self._select_after = activity_id
        self.events.activity_changed.emit(activity_id)
        self.events.outbox_changed.emit()

    def delete_selected(self) -> Job | None:
        """Delete the selection after confirmation; a large one in the background.

        Up to ``BACKGROUND_DELETE`` activities are deleted at once in one transaction.
        More (each delete also writes an outbox row: about 0.5 ms apiece) go to the
        database writer thread in chunks of ``DELETE_CHUNK``, each its own transaction so
        an autosave never waits long for the lock; progress and Cancel show in the status
        bar, and a cancelled run keeps the activities not reached yet.
        """
        ids = self.selected_ids()
        if not ids or self._delete_job is not None:
            return None
        first = self.model.index(self.model.row_of(ids[0]), 0).data() or ""
        if not self.confirm_delete(self, len(ids), str(first)):
            return None
        if not self.undo.ready():
            return None
        deletion_id = new_id()
        title = str(first) if len(ids) == 1 else ""
        if len(ids) <= BACKGROUND_DELETE or self.store.path is None:
            # One transaction for the whole selection, which the store keeps for undo.
            deleted = self.store.activities.delete_many(ids, deletion_id)
            self.undo.record(deletion_id, len(deleted), title)
            self._deleted(ids)
            self.undo_bar.show()
            return None
        store = self.store

        def work(job: Job) -> list[str]:
            return delete_in_chunks(store, ids, deletion_id, job, DELETE_CHUNK)

        def failed(error: BaseException, _details: str) -> None:
            self._delete_job = None
            # Whatever was deleted before the error can be undone; re-read the store.
            self._record_deletion(deletion_id, title)
            self._deleted([])
            raise error

        def done(deleted: list[str]) -> None:
            self._delete_job = None
            self._record_deletion(deletion_id, title)
            self._deleted(deleted)

        self._delete_job = self.tasks.run(
            work, on_done=done, on_error=failed, write=True, name="delete activities")
        self._update_buttons()
        self.job_started.emit(self._delete_job, self.tr("Deleting activities…"))
        return self._delete_job

    def _record_deletion(self, deletion_id: str, title: str) -> None:
        count = self.store.activities.deleted_count(deletion_id)
        if count:
            self.undo.record(deletion_id, count, title if count == 1 else "")
            self.undo_bar.show()

    def _deleted(self, ids: list[str]) -> None:
        if ids:
            self.model.remove_ids(ids)
        # One notification for the whole selection: every listener re-reads the store.
        self.events.activity_changed.emit(ids[0] if len(ids) == 1 else "")
        self.events.outbox_changed.emit()
        self._update_buttons()
