"""Reading a spreadsheet (.xlsx or .csv) into a header row and numbered data rows.

Why a separate step: the column-mapping dialog needs the headers and a preview before
anything is parsed, and every message must name the row number the person sees in Excel
(the header is usually row 1, the first activity row 2). Rows that are entirely empty
are skipped; a header cell merged across several columns names each of them.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from focalpoint.spreadsheets.columns import is_blank, text

SUFFIXES = (".xlsx", ".csv")
#: How far down the header row is looked for (a title row or two above it is common).
HEADER_SEARCH_ROWS = 10
#: Formula-looking text is written with a leading apostrophe (CSV injection); undone here.
FORMULA_STARTS = ("=", "+", "-", "@")


class SpreadsheetError(ValueError):
    """The file cannot be read as a spreadsheet; the message says why."""


@dataclass
class Sheet:
    """A table read from a file: unique header names and the data rows below them."""

    path: Path
    headers: list[str]
    #: ``(row number in the file, cells)``; cells are aligned with ``headers``.
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    header_row: int = 1


def read_sheet(path: Path | str, *, header_row: int | None = None,
               encoding: str | None = None) -> Sheet:
    """Read the first worksheet of an .xlsx file, or a .csv file.

    ``header_row`` (1-based) overrides the guess: the first row with two different values or
    more (so a title row above the headers, merged or not, is skipped).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SpreadsheetError(f"{path}: not a spreadsheet (.xlsx or .csv expected)")
    if not path.is_file():
        raise SpreadsheetError(f"{path}: no such file")
    grid = _read_xlsx(path) if suffix == ".xlsx" else _read_csv(path, encoding)
    return _sheet(path, grid, header_row)


def _read_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise SpreadsheetError(f"{path}: not a readable .xlsx workbook ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        # A merged cell keeps its value in the top-left cell only: copy it across the
        # columns of the range so a merged header names every column it spans.
        for merged in sheet.merged_cells.ranges:
            top, left = merged.min_row - 1, merged.min_col - 1
            if top >= len(grid):
                continue
            value = grid[top][left] if left < len(grid[top]) else None
            for col in range(left + 1, merged.max_col):
                if col < len(grid[top]):
                    grid[top][col] = value
        return grid
    finally:
        workbook.close()


def _read_csv(path: Path, encoding: str | None) -> list[list[Any]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SpreadsheetError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        content = raw.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpreadsheetError(
            f"{path}: not {encoding or 'UTF-8'} text (byte {error.start}); save it from "
            "Excel as 'CSV UTF-8', or name the file's encoding (e.g. cp1251)"
        ) from None
    except LookupError:
        raise SpreadsheetError(f"unknown text encoding {encoding!r}") from None
    # Excel writes ";" where the decimal mark is ",": the delimiter is the one of ",", ";"
    # and tab that the header line uses most (csv.Sniffer guesses wrong on short files).
    first = next((line for line in content.splitlines() if line.strip()), "")
    delimiter = max(",;\t", key=first.count)
    try:
        rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise SpreadsheetError(f"{path}: not valid CSV ({error})") from None
    return [[_unescape(cell) for cell in row] for row in rows]


def _unescape(cell: str) -> str:
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_STARTS:
        return cell[1:]
    return cell


def _filled(row: list[Any]) -> int:
    return sum(1 for cell in row if not is_blank(cell))


def _distinct(row: list[Any]) -> int:
    """Different values in a row: a merged title spread over the columns counts once."""
    return len({text(cell) for cell in row if not is_blank(cell)})


def _sheet(path: Path, grid: list[list[Any]], header_row: int | None) -> Sheet:
    if not any(_filled(row) for row in grid):
        raise SpreadsheetError(f"{path}: the sheet is empty")
    if header_row is None:
        candidates = grid[:HEADER_SEARCH_ROWS]
        enough = min(2, max(_distinct(row) for row in candidates))
        header_row = next(i for i, row in enumerate(candidates, 1) if _distinct(row) >= enough)
    if not 1 <= header_row <= len(grid):
        raise SpreadsheetError(f"{path}: there is no row {header_row} for the headers")
    width = max(len(row) for row in grid)
    raw_headers = grid[header_row - 1] + [None] * (width - len(grid[header_row - 1]))
    headers: list[str] = []
    for number, cell in enumerate(raw_headers, start=1):
        name = text(cell) or f"Column {column_letter(number)}"
        unique, count = name, 1
        while unique in headers:
            count += 1
            unique = f"{name} ({count})"
        headers.append(unique)
    rows = []
    for number, row in enumerate(grid[header_row:], start=header_row + 1):
        if _filled(row):
            rows.append((number, row + [None] * (width - len(row))))
    return Sheet(path, headers, rows, header_row)


def column_letter(number: int) -> str:
    """Spreadsheet column letters: 1 → A, 27 → AA."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
