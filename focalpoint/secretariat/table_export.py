"""Any table of the staff pages as a CSV or an XLSX download: one service for every table.

A table is headers and rows of plain values (text or numbers), so what a download holds is
exactly what the page shows. Numbers stay numbers in the workbook (a reader can sum a
column); text that a spreadsheet program would run as a formula (``=``, ``+``, ``-``,
``@`` first — a partner's name comes from a mission) is kept as text, as in the desktop's
activity export.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from focalpoint.spreadsheets.reading import FORMULA_STARTS

Value = str | int | Decimal

#: Download format -> media type.
FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?\d+\.\d+")


@dataclass(frozen=True)
class ExportTable:
    name: str
    """The file name without suffix, and the table's id in the page's URLs."""
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]


def number_or_text(text: str) -> Value:
    """A cell as the page prints it, typed: ``"12"`` -> 12, ``"1500.00"`` ->
    ``Decimal("1500.00")`` (an amount prints as it did, and is a number in the workbook)."""
    if _INTEGER.fullmatch(text):
        return int(text)
    if _DECIMAL.fullmatch(text):
        return Decimal(text)
    return text


def to_csv(table: ExportTable) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens Cyrillic and Georgian text correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(table.headers)
    for row in table.rows:
        writer.writerow([_csv_cell(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


def _csv_cell(value: Value) -> str:
    text = str(value)
    return "'" + text if isinstance(value, str) and text.startswith(FORMULA_STARTS) else text


def to_xlsx(table: ExportTable) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(table.title)
    sheet.append(list(table.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table.rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text, never a formula
    for number, header in enumerate(table.headers, start=1):
        longest = max([len(str(header)), *(len(str(r[number - 1])) for r in table.rows)])
        sheet.column_dimensions[get_column_letter(number)].width = min(60, max(8, longest + 2))
    sheet.freeze_panes = "B2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _sheet_title(title: str) -> str:
    """Excel allows 31 characters and none of ``[]:*?/\\`` in a sheet's name."""
    return re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip() or "Table"


def render(table: ExportTable, fmt: str) -> bytes:
    """The table in ``fmt`` (a key of :data:`FORMATS`)."""
    if fmt == "csv":
        return to_csv(table)
    if fmt == "xlsx":
        return to_xlsx(table)
    raise ValueError(f"no table format {fmt!r} (choose csv or xlsx)")


def rows_of(cells: Sequence[Sequence[str]]) -> tuple[tuple[Value, ...], ...]:
    """Printed cells to typed values, row by row."""
    return tuple(tuple(number_or_text(text) for text in row) for row in cells)
