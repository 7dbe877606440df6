"""The Analysis view: the 2006 report's six questions for a period, as charts and tables.

Why it works as it does: the figures come from :mod:`focalpoint.analysis` (the same code as
``focalpoint analysis --json`` and the PDF annex) and are computed in a worker, so a store
of 50,000 activities never blocks the window. Every bar and every table cell that counts
activities opens the Activities view filtered to exactly those activities
(``show_activities``). Changes to activities mark the figures stale; they are recomputed
when the view is shown again, not on every keystroke elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from focalpoint.analysis import Analysis, Period
from focalpoint.analysis.charts import Figure, Table, figures
from focalpoint.analysis.local import analyse_store
from focalpoint.storage import Store
from focalpoint.ui.analysis_texts import text
from focalpoint.ui.events import Events
from focalpoint.ui.tasks import Job, TaskManager
from focalpoint.ui.widgets.bar_chart import BarChart, ChartBar, ChartData
from focalpoint.ui.widgets.period_selector import PeriodSelector

IDS_ROLE = Qt.ItemDataRole.UserRole
LINK = QColor("#0b57d0")


def _number(value: float, unit: str) -> str:
    return f"{value:,.2f}" if unit == "amount" else str(int(value))


class FigurePanel(QWidget):
    """One question: its finding, its chart and the tables of numbers behind it."""

    open_ids = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure: Figure | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.chart = BarChart()
        self.chart.bar_clicked.connect(self._bar_clicked)
        scroll = QScrollArea(splitter)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        tables_host = QWidget(splitter)
        self.tables_layout = QVBoxLayout(tables_host)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.tables: list[QTableWidget] = []
        splitter.addWidget(scroll)
        splitter.addWidget(tables_host)
        splitter.setSizes([560, 520])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

    def set_figure(self, figure: Figure) -> None:
        self.figure = figure
        self.note.setText(figure.note_text(text(figure.note)))
        unit = figure.chart.unit
        self.chart.set_data(ChartData(
            tuple(text(s) for s in figure.chart.series),
            tuple(ChartBar(text(bar.label), bar.values,
                           tuple(_number(v, unit) for v in bar.values),
                           tuple(ids is not None and bool(ids) for ids in bar.ids))
                  for bar in figure.chart.bars)))
        self.chart.setAccessibleName(text(figure.title))
        while len(self.tables) < len(figure.tables):
            table = QTableWidget(self)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
            table.verticalHeader().setVisible(False)
            table.setWordWrap(False)
            table.cellClicked.connect(lambda row, column, t=table: self._cell(t, row, column))
            table.cellActivated.connect(lambda row, column, t=table: self._cell(t, row, column))
            self.tables_layout.addWidget(table, 1)
            self.tables.append(table)
        for table, data in zip(self.tables, figure.tables, strict=False):
            self._fill(table, data)
        for index, table in enumerate(self.tables):
            table.setVisible(index < len(figure.tables))

    def _fill(self, table: QTableWidget, data: Table) -> None:
        table.clear()
        table.setColumnCount(len(data.headers))
        table.setRowCount(len(data.rows))
        table.setHorizontalHeaderLabels([text(h) for h in data.headers])
        table.setAccessibleName(" / ".join(text(h) for h in data.headers if h))
        underline = QFont(table.font())
        underline.setUnderline(True)
        for row, cells in enumerate(data.rows):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(text(cell.text))
                if cell.ids is not None:
                    item.setData(IDS_ROLE, cell.ids)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    if cell.ids:
                        item.setForeground(QBrush(LINK))
                        item.setFont(underline)
                        item.setToolTip(self.tr("Show the %1 activities counted here")
                                        .replace("%1", str(len(cell.ids))))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if data.headers:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _describe(self, row_label: str, column_label: str) -> str:
        title = text(self.figure.title) if self.figure else ""
        parts = [p for p in (row_label, column_label) if p]
        return f"{title}: {' — '.join(parts)}" if parts else title

    def _cell(self, table: QTableWidget, row: int, column: int) -> None:
        item = table.item(row, column)
        ids = item.data(IDS_ROLE) if item is not None else None
        if not ids:
            return
        first = table.item(row, 0)
        header = table.horizontalHeaderItem(column)
        self.open_ids.emit(frozenset(ids), self._describe(
            first.text() if first is not None and column else "",
            header.text() if header is not None else ""))

    def _bar_clicked(self, bar: int, series: int) -> None:
        if self.figure is None:
            return
        spec = self.figure.chart.bars[bar]
        ids = spec.ids[series]
        if ids:
            self.open_ids.emit(frozenset(ids), self._describe(
                text(spec.label), text(self.figure.chart.series[series])))


class AnalysisView(QWidget):
    """``show_activities(ids, description)`` asks the window to list those activities."""

    show_activities = Signal(object, str)
    computed = Signal()

    def __init__(self, store: Store, tasks: TaskManager, events: Events,
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.settings = settings
        self.result: Analysis | None = None
        self._job: Job | None = None
        self._stale = True
        self._pending = False
        self._build()
        events.activity_changed.connect(self._activities_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.period = PeriodSelector(self.store, self.settings, "analysis/period", self)
        self.period.changed.connect(self.recompute)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.recompute)
        self.status = QLabel(self)
        top.addWidget(self.period)
        top.addWidget(self.refresh_button)
        top.addWidget(self.status, 1)
        layout.addLayout(top)
        self.tabs = QTabWidget(self)
        self.panels: list[FigurePanel] = []
        for name in (self.tr("1. Tasks"), self.tr("2. Forms"), self.tr("3. Audiences"),
                     self.tr("4. Results"), self.tr("5. Funding"), self.tr("6. Partners")):
            panel = FigurePanel(self.tabs)
            panel.open_ids.connect(self.show_activities)
            self.tabs.addTab(panel, name)
            self.panels.append(panel)
        layout.addWidget(self.tabs, 1)

    def current_period(self) -> Period | None:
        return self.period.period()

    # --- computing ---------------------------------------------------------------------

    def _activities_changed(self, _activity_id: str) -> None:
        self._stale = True
        if self.isVisible():
            self.recompute()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.period.fill()  # a questionnaire or a year may have appeared meanwhile
            self.recompute()

    def recompute(self) -> None:
        """Compute the figures for the chosen period in the background."""
        if not self.isVisible():
            self._stale = True  # computed when the view is shown, not behind the user's back
            return
        if not self.period.is_valid():
            self.status.setText(self.tr("The period ends before it starts."))
            return
        if self._job is not None:
            self._pending = True  # one more run when the current one ends
            return
        period = self.current_period()
        self._stale = False
        self.status.setText(self.tr("Computing…"))
        store = self.store

        def work(_job: Job) -> Analysis:
            reader = store.reopen()
            try:
                return analyse_store(reader, period)
            finally:
                reader.close()

        self._job = self.tasks.run(work, on_done=self._done, on_error=self._failed,
                                   name="analysis")

    def _finished(self) -> bool:
        """Whether to show the result: not when the view was disposed or the window is
        closing (the job was cancelled; its widgets may be gone), nor when a newer run is
        due."""
        cancelled = self._job is not None and self._job.cancelled()
        self._job = None
        if cancelled:
            return False
        if self._pending:
            self._pending = False
            self.recompute()
            return False
        return True

    def _done(self, result: Analysis) -> None:
        if not self._finished():
            return
        self.result = result
        for panel, figure in zip(self.panels, figures(result), strict=True):
            panel.set_figure(figure)
        self.status.setText(self.tr("%1 activities in this period")
                            .replace("%1", str(result.activities.count)))
        self.computed.emit()

    def _failed(self, error: BaseException, _details: str) -> None:
        if self._finished():
            self.status.setText(self.tr("The analysis failed: %1").replace("%1", str(error)))

    def dispose(self) -> None:
        if self._job is not None:
            self._job.cancel()
