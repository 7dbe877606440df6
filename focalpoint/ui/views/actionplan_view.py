"""The Action Plan as a tree with this mission's activity count per task.

Why: the questionnaire asks the focal point to report on every task given to OSCE bodies;
a task with no activity is a gap that must be explained, so it stands out in red here.
Section and chapter totals count distinct activities (one mapped to two tasks of a section
counts once), computed by the same code as the Analysis view and the PDF annex; the view
can be limited to a reporting period. Selecting a task, section or chapter shows its
activities; one click opens the Activities view filtered on it.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from focalpoint.analysis import Period
from focalpoint.analysis.coverage import TaskCoverage
from focalpoint.analysis.local import period_filter, store_task_coverage
from focalpoint.storage import ActivityFilter, Store
from focalpoint.ui.catalogue_text import heading, task_title, translated, unofficial_note
from focalpoint.ui.events import Events
from focalpoint.ui.models.catalogue_tree_model import CODE_ROLE, KIND_ROLE, CatalogueTreeModel
from focalpoint.ui.numbers import format_count
from focalpoint.ui.tasks import Cancelled, Job, TaskManager
from focalpoint.ui.widgets.period_selector import PeriodSelector

ACTIVITIES_SHOWN = 200


class ActionPlanView(QWidget):
    #: Open the Activities view filtered on this task, section or chapter code.
    show_task_activities = Signal(str)
    #: Open one activity in the editor.
    open_activity = Signal(str)

    #: The counts of the tree are those of the store (after each refresh).
    refreshed = Signal()

    def __init__(self, store: Store, events: Events, parent: QWidget | None = None,
                 settings: QSettings | None = None, tasks: TaskManager | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        #: Counts are computed in a worker (a second at 50,000 activities); None: at once.
        self._tasks = tasks
        self._generation = 0
        self._pending: Job | None = None
        self.model = CatalogueTreeModel(store.catalogue, with_counts=True, parent=self)
        self._task: str | None = None
        self._kind = "task"
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build()
        events.activity_changed.connect(self._activity_changed)
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.period = PeriodSelector(self.store, self.settings, "actionplan/period", self)
        self.period.changed.connect(self.refresh)
        top.addWidget(self.period)
        layout.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeView(splitter)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Action Plan tasks with activity counts"))
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(1, 150)
        self.tree.expandAll()
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)

        detail = QWidget(splitter)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(8, 0, 0, 0)
        self.task_title = QLabel(detail)
        self.task_title.setWordWrap(True)
        self.task_text = QLabel(detail)
        self.task_text.setWordWrap(True)
        self.task_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.bodies = QLabel(detail)
        self.bodies.setWordWrap(True)
        self.count_label = QLabel(detail)
        self.count_label.setWordWrap(True)
        self.activities = QListWidget(detail)
        self.activities.setAccessibleName(
            self.tr("Activities mapped to the selected task, section or chapter"))
        self.activities.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activities.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.activities.itemActivated.connect(
            lambda item: self.open_activity.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.show_button = QPushButton(self.tr("Show these in the &Activities view"), detail)
        self.show_button.clicked.connect(self._show_in_activities)
        for widget in (self.task_title, self.task_text, self.bodies, self.count_label):
            detail_layout.addWidget(widget)
        detail_layout.addWidget(self.activities, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.show_button)
        detail_layout.addLayout(row)
        splitter.addWidget(self.tree)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 520])
        layout.addWidget(splitter, 1)
        self._show_task(None)

    # --- data ---------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self._pending is not None

    def dispose(self) -> None:
        """The view is being replaced: a late count must not reach it."""
        self._generation += 1
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def refresh(self) -> None:
        """Count the activities per task, section and chapter; in a worker when the view
        has one (the newest request wins), and show them with ``refreshed``."""
        if not self.period.is_valid():
            self.summary.setText(self.tr("The period ends before it starts."))
            return
        period = self.period.period()
        store = self.store
        if self._tasks is None or store.path is None:
            self._show_coverage(store_task_coverage(store, period), period)
            return
        self._generation += 1
        generation = self._generation

        def count(_job: Job) -> TaskCoverage:
            reader = store.reopen()
            try:
                return store_task_coverage(reader, period)
            finally:
                reader.close()

        def failed(error: BaseException, _details: str) -> None:
            if generation == self._generation:
                self._pending = None
                if not isinstance(error, Cancelled):
                    raise error

        def done(coverage: TaskCoverage) -> None:
            if generation == self._generation:
                self._pending = None
                self._show_coverage(coverage, period)

        if self._pending is not None:
            self._pending.cancel()
        self._pending = self._tasks.run(count, on_done=done, on_error=failed,
                                        name="Action Plan counts")

    def _show_coverage(self, coverage: TaskCoverage, period: Period | None) -> None:
        counts = {t.key: t.count for t in coverage.tasks}
        groups = {area.code: len(area.ids) for area in (*coverage.chapters, *coverage.sections)}
        gaps = coverage.gaps  # of the tasks that apply to the mission, as in the Analysis
        self.model.set_counts(counts, groups, set(gaps))
        applicable = len(coverage.tasks)
        text = self.tr("%1 of the %2 Action Plan tasks that apply to this "
                       "mission have activities.").replace(
            "%1", format_count(applicable - len(gaps))).replace("%2", format_count(applicable))
        if period is not None:
            text = self.tr("In this period: %1").replace("%1", text)
        if gaps:
            text += " " + self.tr("<span style='color:#b3261e'>Tasks in red have none yet: "
                                  "explain these gaps in the questionnaire.</span>")
        self.summary.setText(text)
        if self._task is not None:
            self._show(self._task, self._kind)
        self.refreshed.emit()

    def _activity_changed(self, _activity_id: str) -> None:
        self._refresh_timer.start()  # several changes in a row refresh once

    def select_task(self, code: str) -> None:
        index = self.model.task_index(code)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def current_task(self) -> str | None:
        """The selected task's code (None when a section or chapter is selected)."""
        return self._task if self._kind == "task" else None

    def current_code(self) -> str | None:
        """The selected task, section or chapter code."""
        return self._task

    def current_period(self) -> Period | None:
        return self.period.period()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.period.fill()  # a questionnaire or a year may have appeared meanwhile

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        index = indexes[0]
        self._show(index.data(CODE_ROLE), index.data(KIND_ROLE))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "task":
            self.show_task_activities.emit(index.data(CODE_ROLE))

    def _show_in_activities(self) -> None:
        if self._task is not None:
            self.show_task_activities.emit(self._task)

    def _filter(self, code: str, kind: str) -> ActivityFilter:
        flt = period_filter(self.period.period())
        setattr(flt, kind, code)
        return flt

    def _show_task(self, code: str | None) -> None:
        self._show(code, "task")

    def _show(self, code: str | None, kind: str) -> None:
        """Details of a task, section or chapter and the activities counted for it."""
        self._task, self._kind = code, kind
        self.activities.clear()
        self.show_button.setEnabled(code is not None)
        if code is None:
            self.task_title.setText(self.tr("<b>Select a task</b>, section or chapter to see "
                                            "its text, the bodies responsible and its "
                                            "activities."))
            for label in (self.task_text, self.bodies, self.count_label):
                label.clear()
            return
        catalogue = self.store.catalogue
        self.task_text.setToolTip("")
        if kind == "task":
            task = catalogue.task(code)
            self.task_title.setText(f"<h3>{task.code} — {task_title(task)}</h3>")
            self.task_title.setToolTip(unofficial_note() if translated(task) else "")
            self.task_text.setText(task.text)
            names = "; ".join(f"{catalogue.body_name(b)} ({b})" for b in task.bodies)
            self.bodies.setText(self.tr("<b>Responsible:</b> %1").replace("%1", names))
        else:
            node = catalogue.section(code) if kind == "section" else catalogue.chapter(code)
            self.task_title.setText(f"<h3>{code} — {heading(node)}</h3>")
            self.task_title.setToolTip("")
            self.task_text.setText(self.tr("An activity mapped to several tasks here counts "
                                           "once."))
            self.bodies.clear()
        ids = self.store.activities.ids(self._filter(code, kind), "start_date", True)
        if not ids:
            empty = (self.tr("No activity of this mission is mapped to this task.")
                     if kind == "task" else
                     self.tr("No activity of this mission is mapped to a task here."))
            self.count_label.setText(f"<span style='color:#b3261e'><b>{empty}</b></span>")
            return
        self.count_label.setText(self.tr("<b>%1 activities</b> (newest first):").replace(
            "%1", format_count(len(ids))))
        shown = ids[:ACTIVITIES_SHOWN]
        summaries = self.store.activities.summaries(shown)
        for activity_id in shown:
            summary = summaries.get(activity_id)
            if summary is None:
                continue
            start = summary.start_date or "—"
            item = QListWidgetItem(f"{start}   {summary.title}")
            item.setData(Qt.ItemDataRole.UserRole, activity_id)
            item.setToolTip(summary.title)
            self.activities.addItem(item)
        if len(ids) > ACTIVITIES_SHOWN:
            self.activities.addItem(self.tr("… and %1 more (use the Activities view)")
                                    .replace("%1", format_count(len(ids) - ACTIVITIES_SHOWN)))
