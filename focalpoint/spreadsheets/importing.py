"""Turning the rows of a sheet into activities: mapping, checking every row, importing.

All or nothing, as the JSON import: every row is parsed and validated before anything is
written, and every problem is reported with the row number and the column's header (not
only the first), so a person can correct the sheet in one pass. Only when no row has a
problem are the activities written, in one transaction with their outbox rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from focalpoint.catalogue import Catalogue
from focalpoint.domain import Activity
from focalpoint.spreadsheets.columns import (
    BY_KEY,
    FUNDING_PARTS,
    CellError,
    guess_mapping,
    put,
)
from focalpoint.spreadsheets.reading import Sheet
from focalpoint.storage import Store
from focalpoint.validation import InvalidRecord, Problem, validate_activity

MAPPING_FORMAT = "focalpoint-column-mapping"
#: How many problems a message lists before it says "and N more".
MESSAGE_PROBLEMS = 50
#: ``progress(done, total)`` while rows are checked.
Progress = Callable[[int, int], None]


class MappingError(ValueError):
    """The column mapping does not fit the sheet (unknown header or field, missing field)."""


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    message: str
    #: The validation problem behind the message (its template lets an interface
    #: translate it); ``None`` for a cell that could not be read at all.
    problem: Problem | None = field(default=None, compare=False)

    def __str__(self) -> str:
        where = f"row {self.row}, column “{self.column}”" if self.column else f"row {self.row}"
        return f"{where}: {self.message}"


class InvalidSheet(ValueError):
    """At least one row is bad; ``problems`` holds every one found."""

    def __init__(self, path: Path, problems: list[RowProblem]) -> None:
        self.problems = problems
        rows = len({problem.row for problem in problems})
        listed = "\n".join(f"  {problem}" for problem in problems[:MESSAGE_PROBLEMS])
        more = len(problems) - MESSAGE_PROBLEMS
        tail = f"\n  … and {more} more" if more > 0 else ""
        super().__init__(
            f"{path}: {len(problems)} problem(s) in {rows} row(s); nothing was imported:\n"
            f"{listed}{tail}"
        )


Mapping = dict[str, str | None]


def check_mapping(sheet: Sheet, mapping: Mapping) -> Mapping:
    """The mapping for every header of the sheet (unmentioned headers are ignored);
    raises :class:`MappingError` for an unknown header or field, a field mapped twice or
    a required field left out."""
    unknown = [header for header in mapping if header not in sheet.headers]
    if unknown:
        raise MappingError(
            f"the mapping names column(s) not in the sheet: {', '.join(map(repr, unknown))} "
            f"(the sheet has: {', '.join(map(repr, sheet.headers))})"
        )
    full: Mapping = {header: mapping.get(header) or None for header in sheet.headers}
    used: dict[str, str] = {}
    for header, key in full.items():
        if key is None:
            continue
        if key not in BY_KEY:
            raise MappingError(
                f"column {header!r}: unknown field {key!r} (fields: {', '.join(BY_KEY)})"
            )
        if key in used:
            raise MappingError(f"field {key!r} is mapped from both {used[key]!r} and {header!r}")
        used[key] = header
    if "funding" in used and set(FUNDING_PARTS) & set(used):
        raise MappingError("map either the 'funding' column or the single funding columns")
    missing = [key for key, column in BY_KEY.items() if column.required and key not in used]
    if missing:
        raise MappingError(
            f"no column is mapped to the required field(s) {', '.join(missing)} "
            f"(the sheet has: {', '.join(map(repr, sheet.headers))})"
        )
    return full


def default_mapping(sheet: Sheet) -> Mapping:
    return guess_mapping(sheet.headers)


def read_mapping_file(path: Path | str) -> tuple[Mapping, int | None]:
    """A mapping JSON file: ``{"format": "focalpoint-column-mapping", "header_row": 1,
    "columns": {"Header": "field", "Ignored": null}}``."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MappingError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MappingError(f"{path}: not a readable JSON file ({error})") from None
    if not isinstance(document, dict) or not isinstance(document.get("columns"), dict):
        raise MappingError(f"{path}: expected an object with 'columns': {{header: field}}")
    if document.get("format", MAPPING_FORMAT) != MAPPING_FORMAT:
        raise MappingError(f"{path}: format is {document.get('format')!r}, "
                           f"expected {MAPPING_FORMAT!r}")
    columns = document["columns"]
    for header, key in columns.items():
        if key is not None and not isinstance(key, str):
            raise MappingError(f"{path}: column {header!r}: the field must be a name or null")
    header_row = document.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
        raise MappingError(f"{path}: header_row must be a row number (1 or more)")
    return dict(columns), header_row


def mapping_document(mapping: Mapping, header_row: int | None = None) -> dict[str, Any]:
    document: dict[str, Any] = {"format": MAPPING_FORMAT, "version": 1, "columns": mapping}
    if header_row is not None:
        document["header_row"] = header_row
    return document


def _record(cells: dict[str, Any], mapping: Mapping) -> tuple[dict[str, Any],
                                                                list[tuple[str, Problem]]]:
    """The activity record of one row, and the (header, problem) of cells that failed."""
    record: dict[str, Any] = {}
    failed: list[tuple[str, Problem]] = []
    funding: dict[str, Any] = {}
    for header, key in mapping.items():
        if key is None:
            continue
        column = BY_KEY[key]
        try:
            value = column.parse(cells[header])
        except CellError as error:
            failed.append((header, Problem.of(header, error.template, **error.params)))
            if column.field in _PLACEHOLDER:
                record[column.field] = _PLACEHOLDER[column.field]
            continue
        if key in FUNDING_PARTS:
            funding[key.removeprefix("funding_")] = value
        elif value not in (None, "", []):
            put(record, column.field, value)
    if any(value not in (None, "", "0") for value in funding.values()):
        line = {name: value for name, value in funding.items() if value != ""}
        if "source" not in line:
            if line.get("donor"):
                line["source"] = EXTRABUDGETARY  # a donor's money is extrabudgetary
            else:
                header = next(h for h, k in mapping.items() if k in FUNDING_PARTS)
                failed.append((header, Problem.of(header, NO_SOURCE)))
        record["funding"] = [line]
    return record, failed


EXTRABUDGETARY = "extrabudgetary"
NO_SOURCE = ("a funding line needs its source: map a 'Funding source' column (Unified Budget "
             "or Extrabudgetary) or name the donor (a donor's money is extrabudgetary)")
#: Stand-ins for a field whose cell failed to parse, so validation still checks the rest.
_PLACEHOLDER: dict[str, Any] = {"title": "-", "activity_type": "other", "task_codes": ["-"]}


def _column_of(path: str, mapping: Mapping) -> str:
    """The header a validation problem's field path (``funding[0].amount``) came from."""
    exact = [h for h, k in mapping.items() if k and BY_KEY[k].field == path]
    if exact:
        return exact[0]  # a results field: "evaluation.kind", "people_reached.total"
    field = path.split("[")[0].split(".")[0]
    sub = path.rsplit(".", 1)[-1] if "." in path else ""
    candidates = [h for h, k in mapping.items()
                  if k and BY_KEY[k].field.split(".")[0] == field]
    for header in candidates:
        if sub and mapping[header] == f"funding_{sub}":
            return header
    return candidates[0] if candidates else field


def check_rows(sheet: Sheet, mapping: Mapping, catalogue: Catalogue,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> list[Activity]:
    """Every row as a valid activity, or :class:`InvalidSheet` with every problem."""
    mapping = check_mapping(sheet, mapping)
    problems: list[RowProblem] = []
    activities: list[Activity] = []
    first_row_of: dict[str, int] = {}
    total = len(sheet.rows)
    for done, (number, row) in enumerate(sheet.rows, start=1):
        if cancelled is not None and cancelled():
            raise InterruptedError("import cancelled")
        cells = dict(zip(sheet.headers, row, strict=True))
        record, failed = _record(cells, mapping)
        problems += [RowProblem(number, header, problem.message, problem)
                     for header, problem in failed]
        failed_headers = {header for header, _problem in failed}
        try:
            activity = validate_activity(record, catalogue)
        except InvalidRecord as error:
            for problem in error.problems:
                header = _column_of(problem.field, mapping)
                if header not in failed_headers:
                    problems.append(RowProblem(number, header, problem.message, problem))
        else:
            if not failed:
                if activity.id in first_row_of and "id" in mapping.values():
                    header = next(h for h, k in mapping.items() if k == "id")
                    problems.append(RowProblem(
                        number, header,
                        f"id {activity.id} also appears in row {first_row_of[activity.id]}"))
                first_row_of.setdefault(activity.id, number)
                activities.append(activity)
        if progress is not None and (done % 100 == 0 or done == total):
            progress(done, total)
    if problems:
        raise InvalidSheet(sheet.path, problems)
    if not activities:
        raise InvalidSheet(sheet.path, [RowProblem(sheet.header_row, "",
                                                   "no activity rows below the headers")])
    return activities


def import_sheet(store: Store, sheet: Sheet, mapping: Mapping,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[Activity]:
    """Check every row, then write all activities in one transaction (or none)."""
    activities = check_rows(sheet, mapping, store.catalogue, progress, cancelled)
    return store.activities.save_many(activities)
