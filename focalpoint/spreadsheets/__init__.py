"""Activities in and out of spreadsheets (.xlsx with openpyxl, .csv with the csv module).

The same steps serve ``focalpoint import/export`` and the desktop import wizard: read the
sheet (:func:`read_sheet`), decide which column fills which field (a guess from the
headers, a remembered mapping, or a mapping file), check every row (:func:`check_rows`),
then write all activities in one transaction. The cell formats are in
:mod:`focalpoint.spreadsheets.columns` and documented in the README.
"""

from __future__ import annotations

from pathlib import Path

from focalpoint.spreadsheets.columns import COLUMNS, Column, guess_mapping
from focalpoint.spreadsheets.importing import (
    InvalidSheet,
    Mapping,
    MappingError,
    RowProblem,
    check_mapping,
    check_rows,
    import_sheet,
    mapping_document,
    read_mapping_file,
)
from focalpoint.spreadsheets.reading import SUFFIXES, Sheet, SpreadsheetError, read_sheet
from focalpoint.spreadsheets.writing import write_activities
from focalpoint.storage import ActivityFilter, Store


def is_spreadsheet(path: Path | str) -> bool:
    return Path(path).suffix.lower() in SUFFIXES


def export_spreadsheet(store: Store, path: Path | str, flt: ActivityFilter | None = None) -> int:
    """Write the (filtered) activities, oldest first, to an .xlsx or .csv file."""
    return write_activities(path, store.activities.list(flt, sort="start_date"))


__all__ = [
    "COLUMNS",
    "Column",
    "InvalidSheet",
    "Mapping",
    "MappingError",
    "RowProblem",
    "Sheet",
    "SpreadsheetError",
    "check_mapping",
    "check_rows",
    "export_spreadsheet",
    "guess_mapping",
    "import_sheet",
    "is_spreadsheet",
    "mapping_document",
    "read_mapping_file",
    "read_sheet",
    "write_activities",
]
