"""Writing activities to .xlsx (openpyxl) or .csv, in the columns import reads back.

Files are written to a temporary file beside the target and renamed, so a failed export
never leaves half a file where the old one was. Text that a spreadsheet program would run
as a formula (``=``, ``+``, ``-``, ``@`` first) is stored as text: in .xlsx as a string
cell, in .csv behind an apostrophe that import removes again.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from focalpoint.domain import Activity
from focalpoint.exchange import write_atomically
from focalpoint.spreadsheets.columns import export_cells as cells_of
from focalpoint.spreadsheets.columns import export_headers
from focalpoint.spreadsheets.reading import FORMULA_STARTS

DATE_FORMAT = "yyyy-mm-dd"
#: Column widths in characters (Title and Description wide, codes narrow).
WIDTHS = {"ID": 38, "Title": 48, "Description": 48, "Outcome": 40, "Partners": 30,
          "Funding": 36, "Action Plan tasks": 18, "Forms of trafficking": 28, "Audiences": 28}


def write_activities(path: Path | str, activities: Iterable[Activity]) -> int:
    """Write the activities to ``path`` (.xlsx or .csv by its suffix); returns how many."""
    path = Path(path)
    rows = [cells_of(activity) for activity in activities]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_atomically(path, lambda tmp: _write_xlsx(tmp, rows))
    elif suffix == ".csv":
        write_atomically(path, lambda tmp: _write_csv(tmp, rows))
    else:
        raise ValueError(f"{path}: choose a .xlsx or .csv file name")
    return len(rows)


def _write_xlsx(path: Path, rows: list[list[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Activities"
    headers = export_headers()
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top")
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            elif hasattr(cell.value, "isoformat"):
                cell.number_format = DATE_FORMAT
    for number, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = WIDTHS.get(header, 14)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    workbook.save(path)


def _write_csv(path: Path, rows: list[list[Any]]) -> None:
    # UTF-8 with a byte-order mark: Excel then opens Cyrillic and Georgian text correctly.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(export_headers())
        for row in rows:
            writer.writerow([_csv_cell(value) for value in row])


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
