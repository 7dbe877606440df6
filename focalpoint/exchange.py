"""The activities file format shared by ``focalpoint import/export`` and the Secretariat.

A file is a JSON object::

    {"format": "focalpoint-activities", "version": 1,
     "mission": {"code": "...", "name": "..."} | null,
     "activities": [<Activity>, ...]}

Each activity is the JSON form of :class:`focalpoint.domain.Activity` (the same object an
``activity`` change carries in a sync batch). A bare JSON list of activities is accepted on
import too. Import is all-or-nothing: the whole file is parsed and validated first, and the
first problem is reported with the record's index and field.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from focalpoint import jsoncheck
from focalpoint.domain import Activity
from focalpoint.storage import ActivityFilter, Store
from focalpoint.validation import InvalidRecord, Problem

FORMAT = "focalpoint-activities"
VERSION = 1


class ExchangeError(ValueError):
    """The file cannot be imported; the message names the record and field."""


def export_document(store: Store, flt: ActivityFilter | None = None) -> dict[str, Any]:
    mission = store.mission.get()
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "mission": mission.model_dump(mode="json") if mission else None,
        "activities": [
            a.model_dump(mode="json") for a in store.activities.list(flt, sort="start_date")
        ],
    }


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file in the same folder, then rename it onto
    ``path``: never a half-written file where the old one was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json_atomically(path: Path, document: Any) -> None:
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")

    write_atomically(path, write)


def export_file(store: Store, path: Path, flt: ActivityFilter | None = None) -> int:
    document = export_document(store, flt)
    write_json_atomically(path, document)
    return len(document["activities"])


def read_records(path: Path) -> list[Any]:
    """The raw activity records of an import file, or :class:`ExchangeError`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ExchangeError(f"{path}: no such file") from None
    except UnicodeDecodeError as error:
        raise ExchangeError(
            f"{path}: not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({error.strerror})") from None
    try:
        # Checked as it is parsed: nesting that would overflow the parser or the
        # validation (a traceback before), NUL characters and lone surrogates.
        document = jsoncheck.loads(text)
    except jsoncheck.JsonInputError as error:
        raise ExchangeError(f"{path}: {error}") from None
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        raise ExchangeError(f"{path}: expected an object with 'activities' or a list of activities")
    if document.get("format", FORMAT) != FORMAT:
        raise ExchangeError(f"{path}: format is {document.get('format')!r}, expected {FORMAT!r}")
    if document.get("version", VERSION) != VERSION:
        raise ExchangeError(
            f"{path}: version {document.get('version')!r} is not supported "
            f"(this FocalPoint reads version {VERSION})"
        )
    records = document.get("activities")
    if not isinstance(records, list):
        raise ExchangeError(f"{path}: 'activities' must be a list")
    return records


def import_file(store: Store, path: Path) -> list[Activity]:
    """Import every activity of the file, or none (the store is left exactly as it was)."""
    records = read_records(path)
    try:
        return store.activities.save_many(records)
    except InvalidRecord as error:
        raise ExchangeError(f"{path}: {error}") from None


__all__ = [
    "ExchangeError",
    "Problem",
    "export_file",
    "import_file",
    "write_atomically",
    "write_json_atomically",
]
