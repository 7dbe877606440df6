"""Importing activities from a spreadsheet: which column fills which field, a preview, and
every bad row named before anything is written.

Why it works as it does: the sheet is read in a worker (a 5,000-row workbook takes a
second or two); the mapping starts from the one remembered for a sheet with the same
headers, else from a guess by header name, and is kept (interface settings) once an import
succeeds. Import checks every row first, in a worker with progress, and writes all rows in
one transaction or none: a sheet with problems lists each (row, column, what is wrong) and
the store stays exactly as it was. The format logic is :mod:`focalpoint.spreadsheets`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focalpoint import spreadsheets
from focalpoint.paths import shown_path
from focalpoint.spreadsheets import (
    InvalidSheet,
    Mapping,
    MappingError,
    Sheet,
    SpreadsheetError,
    columns,
    importing,
)
from focalpoint.spreadsheets.columns import text as cell_text
from focalpoint.storage import Store
from focalpoint.ui.interface_settings import settings_for
from focalpoint.ui.tasks import Cancelled, Job, TaskManager
from focalpoint.ui.validation_text import problem_text
from focalpoint.ui.window_size import remember_dialog_size

PREVIEW_ROWS = 20
MAPPING_KEY = "import/mappings"
ERROR_STYLE = "color: #b3261e;"


def headers_key(headers: list[str]) -> str:
    """The settings key of a remembered mapping: the same headers, the same mapping."""
    digest = hashlib.sha1("\x1f".join(headers).encode("utf-8")).hexdigest()[:16]
    return f"{MAPPING_KEY}/{digest}"


class SpreadsheetImportDialog(QDialog):
    """``imported`` carries the number of activities written."""

    imported = Signal(int)

    def __init__(self, store: Store, tasks: TaskManager, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.path = Path(path)
        self.sheet: Sheet | None = None
        self.job: Job | None = None
        self.combos: list[QComboBox] = []
        self._close_when_done = False
        #: Closed: a late answer from a worker must not touch the (deleted) widgets.
        self._gone = False
        self.setWindowTitle(self.tr("Import activities from %1").replace("%1", self.path.name))
        self._build()
        remember_dialog_size(self, "spreadsheet_import", QSize(1100, 680))
        self._read(None)

    # --- layout ------------------------------------------------------------------------

    def field_labels(self) -> dict[str, str]:
        labels = {
            "id": self.tr("ID (updates that activity)"),
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "activity_type": self.tr("Type"),
            "status": self.tr("Status"),
            "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
            "recurrence": self.tr("Recurrence"),
            "locations": self.tr("Locations"),
            "partners": self.tr("Partners"),
            "audiences": self.tr("Audiences"),
            "forms": self.tr("Forms of trafficking"),
            "funding": self.tr("Funding (source | donor | amount | currency)"),
            "funding_source": self.tr("Funding source"),
            "funding_donor": self.tr("Donor"),
            "funding_amount": self.tr("Amount"),
            "funding_currency": self.tr("Currency"),
            "outcome": self.tr("Outcome"),
            "task_codes": self.tr("Action Plan tasks"),
            "people_total": self.tr("People reached"),
            "people_women": self.tr("Women reached"),
            "people_men": self.tr("Men reached"),
            "people_not_recorded": self.tr("People reached, sex not recorded"),
            "outcome_indicators": self.tr("Outcome indicators (name: number; …)"),
            "evaluation_kind": self.tr("Evaluation"),
            "evaluation_date": self.tr("Evaluation date"),
            "evaluation_finding": self.tr("Evaluation: main finding"),
            "adequacy": self.tr("Adequacy to needs"),
            "adequacy_note": self.tr("Adequacy to needs: note"),
            "national_ownership": self.tr("National ownership"),
            "national_ownership_note": self.tr("National ownership: note"),
            "infrastructure": self.tr("Infrastructure after donor funding"),
            "infrastructure_note": self.tr("Infrastructure after donor funding: note"),
        }
        for column in spreadsheets.COLUMNS:
            if column.required:
                labels[column.key] += " *"
        return labels

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(shown_path(self.path))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.file_label, 1)
        row_label = QLabel(self.tr("Headers in &row:"))
        top.addWidget(row_label)
        self.header_row = QSpinBox()
        row_label.setBuddy(self.header_row)
        self.header_row.setRange(1, 1000)
        self.header_row.setAccessibleName(self.tr("Row with the column headers"))
        self.header_row.editingFinished.connect(self._header_row_changed)
        top.addWidget(self.header_row)
        layout.addLayout(top)
        intro = QLabel(self.tr(
            "Choose the FocalPoint field each column fills (* = required; “Ignore” leaves a "
            "column out). Several values in one cell are separated by “;”. Every row is "
            "checked before anything is imported."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.mapping = QTableWidget(0, 3, self)
        self.mapping.setAccessibleName(self.tr("Column mapping"))
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("FocalPoint field")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        splitter.addWidget(self.mapping)
        preview_host = QWidget()
        preview_layout = QVBoxLayout(preview_host)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_label = QLabel(self.tr("Preview"))
        preview_layout.addWidget(self.preview_label)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        preview_layout.addWidget(self.preview)
        splitter.addWidget(preview_host)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems found"))
        self.problems.hide()
        splitter.addWidget(self.problems)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        layout.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.state = QLabel(self.tr("Reading the file…"))
        self.state.setWordWrap(True)
        bottom.addWidget(self.state, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(240)
        bottom.addWidget(self.progress)
        layout.addLayout(bottom)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # --- reading -------------------------------------------------------------------------

    def _header_row_changed(self) -> None:
        if self.sheet is not None and self.header_row.value() != self.sheet.header_row:
            self._read(self.header_row.value())

    def _read(self, header_row: int | None) -> None:
        self._busy(self.tr("Reading the file…"))
        path = self.path

        def work(_job: Job) -> Sheet:
            return spreadsheets.read_sheet(path, header_row=header_row)

        def failed(error: BaseException, _details: str) -> None:
            self.job = None
            if self._gone:
                return
            if isinstance(error, SpreadsheetError):
                self._idle(str(error), error=True)
            else:
                self._idle("")
                raise error

        self.job = self.tasks.run(work, on_done=self._loaded, on_error=failed,
                                  name="read spreadsheet")

    def _loaded(self, sheet: Sheet) -> None:
        self.job = None
        if self._gone:
            return
        self.sheet = sheet
        self.header_row.blockSignals(True)
        self.header_row.setValue(sheet.header_row)
        self.header_row.blockSignals(False)
        mapping = self.remembered_mapping(sheet) or spreadsheets.guess_mapping(sheet.headers)
        self._fill_mapping(sheet, mapping)
        self._fill_preview(sheet)
        self._idle(self.tr("%1 rows below the headers in row %2.")
                   .replace("%1", str(len(sheet.rows))).replace("%2", str(sheet.header_row)))

    def remembered_mapping(self, sheet: Sheet) -> Mapping | None:
        raw = settings_for(self).value(headers_key(sheet.headers))
        try:
            stored = json.loads(str(raw)) if raw else None
        except ValueError:
            return None
        if not isinstance(stored, dict):
            return None
        return {h: (k if k in spreadsheets.columns.BY_KEY else None)
                for h, k in stored.items() if h in sheet.headers}

    def _fill_mapping(self, sheet: Sheet, mapping: Mapping) -> None:
        labels = self.field_labels()
        self.mapping.setRowCount(len(sheet.headers))
        self.combos = []
        for row, header in enumerate(sheet.headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            first = next((cell_text(cells[row]) for _n, cells in sheet.rows
                          if cell_text(cells[row])), "")
            self.mapping.setItem(row, 1, QTableWidgetItem(first[:120]))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            combo.addItem(self.tr("Ignore"), "")
            for column in spreadsheets.COLUMNS:
                combo.addItem(labels[column.key], column.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(header) or "")))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.mapping.setCellWidget(row, 2, combo)
            self.combos.append(combo)
        self.mapping.resizeRowsToContents()

    def _fill_preview(self, sheet: Sheet) -> None:
        self.preview.clear()
        self.preview.setColumnCount(len(sheet.headers))
        self.preview.setHorizontalHeaderLabels(sheet.headers)
        rows = sheet.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(number) for number, _cells in rows])
        for row, (_number, cells) in enumerate(rows):
            for column, value in enumerate(cells):
                self.preview.setItem(row, column, QTableWidgetItem(cell_text(value)[:200]))
        self.preview.resizeColumnsToContents()
        for column in range(self.preview.columnCount()):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 260))
        self.preview_label.setText(self.tr("Preview: the first %1 of %2 rows (row numbers as "
                                           "in the file)")
                                   .replace("%1", str(len(rows)))
                                   .replace("%2", str(len(sheet.rows))))
        self._mapping_changed()

    def current_mapping(self) -> Mapping:
        if self.sheet is None:
            return {}
        return {header: (combo.currentData() or None)
                for header, combo in zip(self.sheet.headers, self.combos, strict=True)}

    def _mapping_changed(self) -> None:
        mapping = self.current_mapping()
        ignored = QColor("#6b6b6b")
        for column, header in enumerate(self.sheet.headers if self.sheet else []):
            item = self.preview.horizontalHeaderItem(column)
            if item is not None:
                item.setForeground(ignored if mapping.get(header) is None else QColor())
        self.problems.hide()

    # --- importing -----------------------------------------------------------------------

    def start_import(self) -> Job | None:
        if self.sheet is None or self.job is not None:
            return None
        sheet, mapping = self.sheet, self.current_mapping()
        try:
            spreadsheets.check_mapping(sheet, mapping)
        except MappingError as error:
            self._show_problems(self.tr("The columns do not fit yet:"), [str(error)])
            return None
        self._busy(self.tr("Checking every row…"))
        self.progress.setRange(0, max(1, len(sheet.rows)))
        store = self.store

        def work(job: Job) -> int:
            def progress(done: int, total: int) -> None:
                job.progress(done, total, "")

            def cancelled() -> bool:
                return job.cancelled()

            if store.path is None:
                raise RuntimeError("a spreadsheet import needs a store file")
            writer = store.reopen()
            try:
                try:
                    imported = spreadsheets.import_sheet(writer, sheet, mapping, progress,
                                                         cancelled)
                except InterruptedError:
                    raise Cancelled("import") from None
                return len(imported)
            finally:
                writer.close()

        def failed(error: BaseException, _details: str) -> None:
            self.job = None
            if isinstance(error, InvalidSheet):
                self._idle(self.tr("Nothing was imported."), error=True)
                self._show_problems(
                    self.tr("%1 problem(s) in %2 row(s); correct the file (or the columns) "
                            "and import again. Nothing was imported.")
                    .replace("%1", str(len(error.problems)))
                    .replace("%2", str(len({p.row for p in error.problems}))),
                    [self.describe(p) for p in error.problems])
            elif isinstance(error, Cancelled):
                self._idle(self.tr("Import cancelled; nothing was imported."))
                if self._close_when_done:
                    QDialog.reject(self)
            else:
                self._idle("")
                raise error

        self.job = self.tasks.run(work, on_done=self._imported, on_error=failed,
                                  on_progress=self._progressed, write=True,
                                  name="import spreadsheet")
        return self.job

    def cell_templates(self) -> dict[str, str]:
        """The spreadsheet's own problem templates in the interface language (the
        validation templates are translated by :func:`problem_text`)."""
        return {
            columns.NOT_A_DATE: self.tr("not a date: {value} (write YYYY-MM-DD or DD.MM.YYYY)"),
            columns.NOT_AN_AMOUNT: self.tr("not an amount: {value}"),
            columns.TOO_MANY_PARTS: self.tr(
                "funding line {number}: more than 4 parts "
                "(write source | donor | amount | currency)"),
            columns.NO_FUNDING_SOURCE: self.tr(
                "funding line {number}: no source (Unified Budget or Extrabudgetary)"),
            columns.IN_FUNDING_LINE: self.tr("funding line {number}: {problem}"),
            importing.NO_SOURCE: self.tr(
                "a funding line needs its source: map a 'Funding source' column (Unified "
                "Budget or Extrabudgetary) or name the donor (a donor's money is "
                "extrabudgetary)"),
        }

    def describe(self, problem: spreadsheets.RowProblem) -> str:
        message = problem.message
        if problem.problem is not None:
            template = self.cell_templates().get(problem.problem.template)
            try:
                message = (template.format(**problem.problem.values) if template
                           else problem_text(problem.problem))
            except (KeyError, IndexError, ValueError):
                message = problem.message  # a translation that lost a placeholder
        if problem.column and problem.letter:
            return (self.tr("Row %1, column “%2” (%3): %4").replace("%1", str(problem.row))
                    .replace("%2", problem.column).replace("%3", problem.letter)
                    .replace("%4", message))
        if problem.column:
            return (self.tr("Row %1, column “%2”: %3").replace("%1", str(problem.row))
                    .replace("%2", problem.column).replace("%3", message))
        return self.tr("Row %1: %2").replace("%1", str(problem.row)).replace("%2", message)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.state.setText(self.tr("Checking row %1 of %2…").replace("%1", str(done))
                           .replace("%2", str(total)))

    def _imported(self, count: int) -> None:
        self.job = None
        if self.sheet is not None:
            settings_for(self).setValue(headers_key(self.sheet.headers),
                                        json.dumps(self.current_mapping(), ensure_ascii=False))
        self._idle(self.tr("%1 activities imported.").replace("%1", str(count)))
        self.imported.emit(count)
        self.accept()

    # --- state ---------------------------------------------------------------------------

    def _busy(self, message: str) -> None:
        self.state.setStyleSheet("")
        self.state.setText(message)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.import_button.setEnabled(False)
        self.header_row.setEnabled(False)

    def _idle(self, message: str, *, error: bool = False) -> None:
        self.state.setText(message)
        self.state.setStyleSheet(ERROR_STYLE if error else "")
        self.progress.hide()
        self.import_button.setEnabled(self.sheet is not None)
        self.header_row.setEnabled(True)

    def _show_problems(self, heading: str, lines: list[str]) -> None:
        self.problems.setPlainText("\n".join([heading, "", *lines]))
        self.problems.show()

    def reject(self) -> None:
        if self.job is not None and self.job.name == "import spreadsheet":
            # Checking stops at the next row (nothing is written before every row passed);
            # the dialog closes once the worker has stopped.
            self._close_when_done = True
            self.state.setText(self.tr("Stopping…"))
            self.job.cancel()
            return
        if self.job is not None:
            self.job.cancel()
        super().reject()

    def done(self, result: int) -> None:
        self._gone = True
        super().done(result)

    def problems_text(self) -> str:
        return self.problems.toPlainText() if self.problems.isVisible() else ""
