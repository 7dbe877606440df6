"""An editable table of small records (funding lines, staff posts, budget lines).

Why one widget: the activity editor and the questionnaire both edit lists of small records
whose fields are either free text or a choice from a vocabulary. Each column is described
once; the table returns plain dicts for the domain models to validate, so all the checking
(numbers, years, currencies) stays in :mod:`focalpoint.domain`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from focalpoint.ui.numbers import format_amount, parse_amount


def fit_table_height(table: QTableWidget, minimum_rows: int = 1) -> None:
    """Make ``table`` exactly as tall as its header and rows (at least ``minimum_rows``),
    so a table inside a scrolling page never scrolls on its own (its scroll bars are off:
    the page scrolls instead)."""
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    rows = max(table.rowCount(), minimum_rows)
    header = table.horizontalHeader()
    height = header.sizeHint().height() if not header.isHidden() else 0
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    height += table.verticalHeader().defaultSectionSize() * (rows - table.rowCount())
    height += 2 * table.frameWidth()
    table.setFixedHeight(height)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    choices: Sequence[tuple[str, str]] | None = None  # (value, label)
    default: str = ""
    stretch: bool = False
    width: int = 110
    #: Free text completed from these values (e.g. donors already in the store).
    suggestions: QAbstractItemModel | None = field(default=None, compare=False)
    #: An amount or a count: typed and shown in the interface locale ("12 500,50"),
    #: returned by :meth:`RecordTable.records` in the stored form ("12500.50").
    number: bool = False


class _CompletingDelegate(QStyledItemDelegate):
    """Cell editors of columns with suggestions get a completer over them."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = columns

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        model = self.columns[index.column()].suggestions
        if model is not None and isinstance(editor, QLineEdit):
            completer = QCompleter(model, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
            # Choosing a suggestion ends the edit with the chosen value (queued: the line
            # edit receives the completion text first).
            completer.activated.connect(lambda _text, editor=editor: self._chosen(editor),
                                        Qt.ConnectionType.QueuedConnection)
        return editor

    def _chosen(self, editor: QLineEdit) -> None:
        if isValid(editor) and editor.isVisible():  # not already closed by the table
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class RecordTable(QWidget):
    """Rows of records; ``changed`` fires on any edit, add or remove."""

    changed = Signal()

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None, *,
                 add_text: str = "", remove_text: str = "", name: str = "",
                 fit_rows: bool = False) -> None:
        """``fit_rows``: the table grows with its rows instead of scrolling (for tables
        on a page that scrolls as a whole)."""
        super().__init__(parent)
        self.columns = list(columns)
        self._read_only = False
        self._fit_rows = fit_rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(name)
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.columns):
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            else:
                self.table.setColumnWidth(index, max(column.width, self._choices_width(column)))
        self.table.setItemDelegate(_CompletingDelegate(self.columns, self.table))
        self.table.itemChanged.connect(self._item_changed)
        if fit_rows:
            self.changed.connect(self._fit)
            self._fit()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text or self.tr("Add line"), self)
        self.remove_button = QPushButton(remove_text or self.tr("Remove line"), self)
        self.add_button.setAccessibleName(f"{self.add_button.text()} ({name})")
        self.remove_button.setAccessibleName(f"{self.remove_button.text()} ({name})")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _fit(self) -> None:
        if self._fit_rows:
            fit_table_height(self.table, minimum_rows=2)

    @staticmethod
    def _choices_width(column: Column) -> int:
        """Width of a combo box showing the longest choice (labels differ by language)."""
        if not column.choices:
            return 0
        probe = QComboBox()
        for _value, label in column.choices:
            probe.addItem(label)
        return probe.sizeHint().width()

    def add_row(self, values: dict[str, Any] | None = None) -> int:
        values = values or {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            value = values.get(column.key, column.default)
            text = "" if value is None else str(value)
            if column.choices is not None:
                combo = QComboBox(self.table)
                for choice_value, label in column.choices:
                    combo.addItem(label, choice_value)
                position = combo.findData(text)
                combo.setCurrentIndex(max(0, position))
                combo.setEnabled(not self._read_only)
                combo.setAccessibleName(column.header)
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, col, combo)
            else:
                shown = format_amount(text) if column.number and text else text
                self.table.setItem(row, col, QTableWidgetItem(shown))
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def _item_changed(self, item: QTableWidgetItem) -> None:
        """A number typed in the locale is shown again with group separators."""
        if self.columns[item.column()].number:
            stored = parse_amount(item.text())
            shown = format_amount(stored) if stored else ""
            # Only a value that reads back the same is reformatted ("12,50" stays as
            # typed in English, so validation can name it).
            if shown != item.text() and parse_amount(shown) == stored:
                self.table.blockSignals(True)
                item.setText(shown)
                self.table.blockSignals(False)
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for record in records:
            self.add_row(record)
        self._fit()

    def records(self) -> list[dict[str, Any]]:
        """One dict per row; empty text cells are left out (the model's default applies)."""
        result = []
        for row in range(self.table.rowCount()):
            record: dict[str, Any] = {}
            for col, column in enumerate(self.columns):
                if column.choices is not None:
                    widget = self.table.cellWidget(row, col)
                    if isinstance(widget, QComboBox):
                        record[column.key] = widget.currentData()
                else:
                    item = self.table.item(row, col)
                    text = item.text().strip() if item is not None else ""
                    if column.number:
                        text = parse_amount(text)
                    if text:
                        record[column.key] = text
            result.append(record)
        return result

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setEditTriggers(triggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        for row in range(self.table.rowCount()):
            for col in range(len(self.columns)):
                widget = self.table.cellWidget(row, col)
                if widget is not None:
                    widget.setEnabled(not read_only)
