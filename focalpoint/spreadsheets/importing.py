"""Turning the rows of a sheet into activities: mapping, checking every row, importing.

All or nothing, as the JSON import: every row is parsed and validated before anything is
written, and every problem is reported with the row number and the column's header and
letter as the spreadsheet program shows them (not only the first), so a person can correct
the sheet in one pass. Only when no row has a problem are the activities written, in one
transaction with their outbox rows.

A row whose ``id`` names a stored activity updates it, and only in the mapped columns: a
sheet with just "ID" and "Status" changes statuses and leaves every other field as it was
(a partial sheet must never reset what it does not carry).
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
from focalpoint.spreadsheets.reading import Sheet, column_letter
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
    #: The row number the spreadsheet program shows (the header is usually row 1).
    row: int
    #: The column's header, and its letter as the spreadsheet shows it ("C").
    column: str
    message: str
    #: The validation problem behind the message (its template lets an interface
    #: translate it); ``None`` for a cell that could not be read at all.
    problem: Problem | None = field(default=None, compare=False)
    letter: str = ""

    @property
    def where(self) -> str:
        """“Status” (C): the header, and the letter when the column is one of the sheet."""
        return f"“{self.column}” ({self.letter})" if self.letter else f"“{self.column}”"

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.where}" if self.column else f"row {self.row}"
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
    if missing and "id" not in used:  # with ids, a sheet may update only some fields
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


def _clear(record: dict[str, Any], path: str) -> None:
    """Remove the value at a dotted ``path`` (so the field's default applies)."""
    *parents, last = path.split(".")
    for part in parents:
        inner = record.get(part)
        if not isinstance(inner, dict):
            return
        record = inner
    record.pop(last, None)


def _overlay(base: dict[str, Any], record: dict[str, Any]) -> None:
    for key, value in record.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            _overlay(base[key], value)
        else:
            base[key] = value


def _updated(stored: Activity, record: dict[str, Any], mapping: Mapping) -> dict[str, Any]:
    """The stored activity with only the mapped columns' fields replaced by the row's
    (a blank mapped cell clears its field; an unmapped field keeps its stored value)."""
    merged = stored.model_dump(mode="json")
    for key in {key for key in mapping.values() if key}:
        _clear(merged, BY_KEY[key].field)
    _overlay(merged, record)
    return merged


def _new_needs(record: dict[str, Any], mapping: Mapping) -> list[str]:
    """The required fields a row creating an activity lacks because no column fills them
    (possible only in a sheet with ids, which may update a few fields)."""
    mapped = set(mapping.values())
    return [column.header for key, column in BY_KEY.items()
            if column.required and key not in mapped and column.field not in record]


def stored_ids(sheet: Sheet, mapping: Mapping) -> list[str]:
    """The ids of the sheet's id column that parse (the others are reported by the check)."""
    header = next((h for h, k in mapping.items() if k == "id"), None)
    if header is None:
        return []
    index = sheet.headers.index(header)
    ids = []
    for _number, row in sheet.rows:
        try:
            value = BY_KEY["id"].parse(row[index])
        except CellError:
            continue
        if value:
            ids.append(value)
    return ids


def check_rows(sheet: Sheet, mapping: Mapping, catalogue: Catalogue,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None,
               stored: dict[str, Activity] | None = None) -> list[Activity]:
    """Every row as a valid activity, or :class:`InvalidSheet` with every problem.

    ``stored`` holds the store's activities whose ids the sheet names: such a row is an
    update of the mapped fields only.
    """
    mapping = check_mapping(sheet, mapping)
    stored = stored or {}
    letters = {header: column_letter(i) for i, header in enumerate(sheet.headers, start=1)}

    def problem_at(number: int, header: str, message: str,
                   problem: Problem | None = None) -> RowProblem:
        return RowProblem(number, header, message, problem, letters.get(header, ""))

    problems: list[RowProblem] = []
    activities: list[Activity] = []
    first_row_of: dict[str, int] = {}
    total = len(sheet.rows)
    for done, (number, row) in enumerate(sheet.rows, start=1):
        if cancelled is not None and cancelled():
            raise InterruptedError("import cancelled")
        cells = dict(zip(sheet.headers, row, strict=True))
        record, failed = _record(cells, mapping)
        problems += [problem_at(number, header, problem.message, problem)
                     for header, problem in failed]
        before = stored.get(record.get("id", ""))
        if before is not None:
            record = _updated(before, record, mapping)
        elif needs := _new_needs(record, mapping):
            problems.append(problem_at(
                number, "", f"no stored activity has this row's id, so the row adds one, which "
                f"needs the column(s) {', '.join(needs)}"))
            continue
        failed_headers = {header for header, _problem in failed}
        try:
            activity = validate_activity(record, catalogue)
        except InvalidRecord as error:
            for problem in error.problems:
                header = _column_of(problem.field, mapping)
                if header not in failed_headers:
                    problems.append(problem_at(number, header, problem.message, problem))
        else:
            if not failed:
                if activity.id in first_row_of and "id" in mapping.values():
                    header = next(h for h, k in mapping.items() if k == "id")
                    problems.append(problem_at(
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
    """Check every row, then write all activities in one transaction (or none); rows with
    the id of a stored activity change only its mapped fields."""
    stored = store.activities.get_many(stored_ids(sheet, check_mapping(sheet, mapping)))
    activities = check_rows(sheet, mapping, store.catalogue, progress, cancelled, stored)
    return store.activities.save_many(activities)
