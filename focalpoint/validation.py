"""Turns invalid input into messages a focal point can act on.

Pydantic's own errors are precise but technical; every entry point (CLI, import file, GUI
editor, Secretariat ingestion) shows the same wording through :func:`problems_from`, so a
message always names the field and says what is wrong with it in words. Checks that need
the Action Plan catalogue (task codes) are here too, because the domain models cannot see
the catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from focalpoint.catalogue import Catalogue
from focalpoint.domain import Activity, QuestionnaireResponse

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field. ``field`` is a path such as ``funding[0].amount``."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class InvalidRecord(ValueError):
    """A record failed validation; carries every problem found, not only the first."""

    def __init__(self, problems: Iterable[Problem], record: str = "") -> None:
        self.problems = list(problems)
        self.record = record
        prefix = f"{record}: " if record else ""
        super().__init__(prefix + "; ".join(str(p) for p in self.problems))


def field_path(loc: Iterable[int | str]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _describe(error: Mapping[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return "is required"
    if kind == "string_too_short":
        return (
            "must not be empty"
            if ctx.get("min_length") == 1
            else (f"must have at least {ctx.get('min_length')} characters")
        )
    if kind == "string_too_long":
        return f"is longer than {ctx.get('max_length')} characters"
    if kind == "too_short":
        return (
            "needs at least one entry"
            if ctx.get("min_length") == 1
            else (f"needs at least {ctx.get('min_length')} entries")
        )
    if kind == "too_long":
        return f"has more than {ctx.get('max_length')} entries"
    if kind == "enum":
        return f"{value!r} is not one of: {ctx.get('expected', '')}"
    if kind in ("greater_than_equal", "greater_than") and ctx.get("ge", ctx.get("gt")) == 0:
        return f"must not be negative (got {value})"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        return error.get("msg", "is out of range").replace("Input should be", "must be")
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"{value!r} is not a valid date (use YYYY-MM-DD)"
    if kind == "string_pattern_mismatch":
        return f"{value!r} does not have the expected form ({ctx.get('pattern', '')})"
    if kind == "extra_forbidden":
        return "is not a known field"
    if kind in ("decimal_parsing", "decimal_type", "int_parsing", "int_type", "float_parsing"):
        return f"{value!r} is not a number"
    if kind in ("decimal_max_places", "decimal_max_digits", "decimal_whole_digits"):
        return f"{value!r} has too many digits (at most 2 decimals)"
    if kind in ("list_type", "dict_type", "model_type", "string_type"):
        expected = {
            "list_type": "a list",
            "dict_type": "an object",
            "model_type": "an object",
            "string_type": "text",
        }[kind]
        return f"must be {expected}, not {type(value).__name__}"
    msg = str(error.get("msg", "is invalid"))
    return msg.removeprefix("Value error, ")


def problems_from(error: ValidationError) -> list[Problem]:
    problems = []
    for e in error.errors():
        path, message = field_path(e["loc"]), _describe(e)
        if not path and ": " in message:
            # Cross-field checks in the domain models say "field: message".
            path, message = message.split(": ", 1)
        problems.append(Problem(path, message))
    return problems


def parse(model: type[M], data: Any, record: str = "") -> M:
    """Validate ``data`` as ``model``; raise :class:`InvalidRecord` with readable problems."""
    if isinstance(data, model):
        data = data.model_dump()
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise InvalidRecord(problems_from(error), record) from None


def check_task_codes(
    codes: Iterable[str], catalogue: Catalogue, field: str
) -> tuple[list[str], list[Problem]]:
    """Resolve codes (aliases allowed) to canonical ones; report the unknown ones."""
    resolved: list[str] = []
    problems: list[Problem] = []
    for index, code in enumerate(codes):
        canonical = catalogue.resolve(code)
        if canonical is None:
            problems.append(Problem(f"{field}[{index}]", f"unknown Action Plan task code {code!r}"))
        elif canonical not in resolved:
            resolved.append(canonical)
    return resolved, problems


def validate_activity(data: Any, catalogue: Catalogue, record: str = "") -> Activity:
    """A valid activity whose task codes are canonical codes of ``catalogue``."""
    activity = parse(Activity, data, record)
    codes, problems = check_task_codes(activity.task_codes, catalogue, "task_codes")
    if problems:
        raise InvalidRecord(problems, record)
    return activity.model_copy(update={"task_codes": codes})


def validate_response(data: Any, catalogue: Catalogue, record: str = "") -> QuestionnaireResponse:
    response = parse(QuestionnaireResponse, data, record)
    problems: list[Problem] = []
    entries = []
    for index, entry in enumerate(response.task_entries):
        canonical = catalogue.resolve(entry.task_code)
        if canonical is None:
            problems.append(
                Problem(
                    f"task_entries[{index}].task_code",
                    f"unknown Action Plan task code {entry.task_code!r}",
                )
            )
        else:
            entries.append(entry.model_copy(update={"task_code": canonical}))
    if problems:
        raise InvalidRecord(problems, record)
    return response.model_copy(update={"task_entries": entries})
