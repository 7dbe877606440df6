"""A read-only table of totals by year and funding source, as the PDF prints them.

Why on screen: the Secretariat compares missions on these totals; the focal point should
see the same figures before exporting, not add up the lines by hand. Rows come from
:mod:`focalpoint.resource_totals`, the PDF's own computation; numbers are shown in the
interface locale. The table is as tall as its rows (it never scrolls inside the page).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from focalpoint import questionnaire_text as words
from focalpoint.resource_totals import SOURCES, TotalRow
from focalpoint.ui.labels import label
from focalpoint.ui.numbers import format_amount
from focalpoint.ui.widgets.record_table import fit_table_height

translate = QCoreApplication.translate


def format_number(value: Decimal, decimals: int) -> str:
    """``value`` in the interface locale: amounts with ``decimals`` places, counts (0) as
    few as they need (``1``, ``0.5``)."""
    shown = value.quantize(Decimal(1).scaleb(-decimals)) if decimals else value.normalize()
    if shown == shown.to_integral():
        shown = shown.quantize(Decimal(1)) if not decimals else shown
    return format_amount(shown)


class TotalsTable(QWidget):
    """Title, then Year | Unified Budget | Extrabudgetary | Total; bold closing lines."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.title = QLabel(f"<b>{translate(words.CONTEXT, title)}</b>")
        self.empty = QLabel(translate(words.CONTEXT, empty_text))
        headers = [translate(words.CONTEXT, words.YEAR),
                   *(label(source) for source in SOURCES),
                   translate(words.CONTEXT, words.TOTAL)]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(translate(words.CONTEXT, title))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for widget in (self.title, self.empty, self.table):
            layout.addWidget(widget)
        self.set_rows([], [], 0)

    def set_rows(self, rows: list[TotalRow], closing: list[TotalRow], decimals: int) -> None:
        """``rows`` per year; ``closing`` are the all-years lines (shown in bold)."""
        every = [*rows, *closing]
        self.table.setRowCount(len(every))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for index, row in enumerate(every):
            if row.year is not None:
                name = str(row.year) + (f" ({row.currency})" if row.currency else "")
            else:
                name = translate(words.CONTEXT, words.ALL_YEARS).replace("%1", row.currency)
            values = [format_number(v, decimals) for v in [*row.by_source, row.total]]
            for column, text in enumerate([name, *values]):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if index >= len(rows):
                    item.setFont(bold)
                self.table.setItem(index, column, item)
        self.table.setVisible(bool(every))
        self.empty.setVisible(not every)
        fit_table_height(self.table)

    def cell_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and screen readers' summaries)."""
        return [[item.text() if (item := self.table.item(r, c)) is not None else ""
                 for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
