"""Turns invalid input into messages a focal point can act on.

Pydantic's own errors are precise but technical; every entry point (CLI, import file, GUI
editor, Secretariat ingestion) shows the same wording through :func:`problems_from`, so a
message always names the field and says what is wrong with it in words. Checks that need
the Action Plan catalogue (task codes) are here too, because the domain models cannot see
the catalogue.

Each :class:`Problem` also keeps its wording apart from its values (``template`` with
``{name}`` placeholders and ``params``), so the GUI can show it in the interface language
(``focalpoint.ui.validation_text``); the CLI and the Secretariat use the English
``message``. :data:`TEMPLATES` lists every template this module produces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from focalpoint.catalogue import Catalogue
from focalpoint.domain import (
    DUPLICATE_INDICATOR,
    DUPLICATE_TASK_ENTRY,
    END_BEFORE_PERIOD_START,
    END_BEFORE_START,
    EVALUATION_DETAILS_WITHOUT_KIND,
    NOT_A_UUID,
    PARTS_EXCEED_TOTAL,
    PARTS_WITHOUT_TOTAL,
    Activity,
    QuestionnaireResponse,
    RuleError,
)

M = TypeVar("M", bound=BaseModel)


REQUIRED = "is required"
EMPTY = "must not be empty"
TOO_FEW_CHARACTERS = "must have at least {min_length} characters"
TOO_MANY_CHARACTERS = "is longer than {max_length} characters"
NO_ENTRY = "needs at least one entry"
TOO_FEW_ENTRIES = "needs at least {min_length} entries"
TOO_MANY_ENTRIES = "has more than {max_length} entries"
NOT_ONE_OF = "{value} is not one of: {expected}"
NEGATIVE = "must not be negative (got {value})"
AT_LEAST = "must be greater than or equal to {limit}"
MORE_THAN = "must be greater than {limit}"
AT_MOST = "must be less than or equal to {limit}"
LESS_THAN = "must be less than {limit}"
NOT_A_DATE = "{value} is not a valid date (use YYYY-MM-DD)"
WRONG_FORM = "{value} does not have the expected form ({pattern})"
UNKNOWN_FIELD = "is not a known field"
NOT_A_NUMBER = "{value} is not a number"
TOO_MANY_DIGITS = "{value} has too many digits (at most 2 decimals)"
NOT_A_LIST = "must be a list, not {type}"
NOT_AN_OBJECT = "must be an object, not {type}"
NOT_TEXT = "must be text, not {type}"
UNKNOWN_TASK_CODE = "unknown Action Plan task code {code}"

#: Every template a :class:`Problem` made here can carry (besides ``""``, see Problem).
TEMPLATES: tuple[str, ...] = (
    REQUIRED, EMPTY, TOO_FEW_CHARACTERS, TOO_MANY_CHARACTERS, NO_ENTRY, TOO_FEW_ENTRIES,
    TOO_MANY_ENTRIES, NOT_ONE_OF, NEGATIVE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN,
    NOT_A_DATE, WRONG_FORM, UNKNOWN_FIELD, NOT_A_NUMBER, TOO_MANY_DIGITS, NOT_A_LIST,
    NOT_AN_OBJECT, NOT_TEXT, UNKNOWN_TASK_CODE,
    # Rules checked by the domain models themselves:
    NOT_A_UUID, END_BEFORE_START, END_BEFORE_PERIOD_START, DUPLICATE_TASK_ENTRY,
    PARTS_EXCEED_TOTAL, PARTS_WITHOUT_TOTAL, DUPLICATE_INDICATOR, EVALUATION_DETAILS_WITHOUT_KIND,
)

_RANGES = {
    "greater than or equal to": AT_LEAST,
    "greater than": MORE_THAN,
    "less than or equal to": AT_MOST,
    "less than": LESS_THAN,
}
_RANGE_MESSAGE = re.compile(
    r"Input should be (greater than or equal to|greater than|less than or equal to|less than) "
    r"(.+)"
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field. ``field`` is a path such as ``funding[0].amount``.

    ``message`` is the English text; ``template`` and ``params`` are the same text with its
    values kept apart (``message == template.format(**dict(params))``) so an interface can
    translate the wording. A problem built from a message alone has the template ``""``:
    its message is shown as it is (it is either already translated or has no template).
    """

    field: str
    message: str
    template: str = dataclass_field(default="", compare=False)
    params: tuple[tuple[str, str], ...] = dataclass_field(default=(), compare=False)

    @classmethod
    def of(cls, field: str, template: str, **params: str) -> Problem:
        return cls(field, template.format(**params), template, tuple(params.items()))

    @property
    def values(self) -> dict[str, str]:
        return dict(self.params)

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


def _describe(error: Mapping[str, Any]) -> tuple[str, dict[str, str]]:
    """The template and its values for one pydantic error (``("", {"text": ...})`` when
    no template fits: the text is then used as it is)."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind == "missing":
        return REQUIRED, {}
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return EMPTY, {}
        return TOO_FEW_CHARACTERS, {"min_length": str(ctx.get("min_length"))}
    if kind == "string_too_long":
        return TOO_MANY_CHARACTERS, {"max_length": str(ctx.get("max_length"))}
    if kind == "too_short":
        if ctx.get("min_length") == 1:
            return NO_ENTRY, {}
        return TOO_FEW_ENTRIES, {"min_length": str(ctx.get("min_length"))}
    if kind == "too_long":
        return TOO_MANY_ENTRIES, {"max_length": str(ctx.get("max_length"))}
    if kind == "enum":
        return NOT_ONE_OF, {"value": repr(value), "expected": str(ctx.get("expected", ""))}
    if kind in ("greater_than_equal", "greater_than") and ctx.get("ge", ctx.get("gt")) == 0:
        return NEGATIVE, {"value": str(value)}
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        match = _RANGE_MESSAGE.fullmatch(str(error.get("msg", "")))
        if match:
            return _RANGES[match.group(1)], {"limit": match.group(2)}
        text = str(error.get("msg", "is out of range")).replace("Input should be", "must be")
        return "", {"text": text}
    if kind.startswith("date") or kind.startswith("datetime"):
        return NOT_A_DATE, {"value": repr(value)}
    if kind == "string_pattern_mismatch":
        return WRONG_FORM, {"value": repr(value), "pattern": str(ctx.get("pattern", ""))}
    if kind == "extra_forbidden":
        return UNKNOWN_FIELD, {}
    if kind in ("decimal_parsing", "decimal_type", "int_parsing", "int_type", "float_parsing"):
        return NOT_A_NUMBER, {"value": repr(value)}
    if kind in ("decimal_max_places", "decimal_max_digits", "decimal_whole_digits"):
        return TOO_MANY_DIGITS, {"value": repr(value)}
    if kind in ("list_type", "dict_type", "model_type", "string_type"):
        template = {
            "list_type": NOT_A_LIST,
            "dict_type": NOT_AN_OBJECT,
            "model_type": NOT_AN_OBJECT,
            "string_type": NOT_TEXT,
        }[kind]
        return template, {"type": type(value).__name__}
    rule = ctx.get("error")
    if isinstance(rule, RuleError):
        return rule.template, dict(rule.params)
    msg = str(error.get("msg", "is invalid"))
    return "", {"text": msg.removeprefix("Value error, ")}


def problems_from(error: ValidationError) -> list[Problem]:
    problems = []
    for e in error.errors():
        path = field_path(e["loc"])
        template, params = _describe(e)
        rule = (e.get("ctx") or {}).get("error")
        if isinstance(rule, RuleError) and rule.field:
            # A cross-field check in the domain models names its field, relative to the
            # model that checks it (``total`` of ``people_reached``, ``[2].name`` of a list).
            joiner = "" if not path or rule.field.startswith("[") else "."
            path = f"{path}{joiner}{rule.field}"
        if template:
            problems.append(Problem.of(path, template, **params))
            continue
        message = params["text"]
        if not path and ": " in message:
            # Other cross-field checks say "field: message".
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
            problems.append(Problem.of(f"{field}[{index}]", UNKNOWN_TASK_CODE, code=repr(code)))
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
                Problem.of(
                    f"task_entries[{index}].task_code",
                    UNKNOWN_TASK_CODE,
                    code=repr(entry.task_code),
                )
            )
        else:
            entries.append(entry.model_copy(update={"task_code": canonical}))
    if problems:
        raise InvalidRecord(problems, record)
    return response.model_copy(update={"task_entries": entries})
