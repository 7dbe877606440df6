"""The spreadsheet columns of an activity, and how each cell is read and written.

One definition serves export (the header row and each cell's text) and import (which field
a column fills and how its cell is parsed), so a sheet FocalPoint wrote always imports
back unchanged. Multi-valued fields are one cell with values separated by ``"; "``; a
funding line is ``source | donor | amount | currency`` and several lines are again
separated by ``"; "``. A sheet with one funding line per activity may instead use the
single columns *Funding source*, *Donor*, *Amount* and *Currency*. A line that names a
donor but no source is extrabudgetary (the Unified Budget has no donor).

Cell parsers return the value for the activity record or raise :class:`CellError` with
an English message; the pydantic models then check everything else (required fields,
lengths, controlled values), exactly as for a JSON import.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from focalpoint.domain import Activity
from focalpoint.vocabularies import (
    ActivityStatus,
    ActivityType,
    EvaluationKind,
    FundingSource,
    Rating,
    Recurrence,
    TargetAudience,
    TraffickingForm,
    Vocabulary,
)

LIST_SEPARATOR = "; "
FUNDING_SEPARATOR = " | "
#: Free-text lists split only on ";" and line breaks (a partner's name may hold a comma).
_TEXT_SPLIT = re.compile(r"[;\n]")
#: Codes and controlled values never contain commas, so "III.1.1, IV.2.1" works too.
_CODE_SPLIT = re.compile(r"[;,\n]")


#: What a cell can be wrong with, as templates (the GUI translates them; see CellError).
NOT_A_DATE = "not a date: {value} (write YYYY-MM-DD or DD.MM.YYYY)"
NOT_ONE_OF = "{value} is not one of: {expected}"
NOT_AN_AMOUNT = "not an amount: {value}"
TOO_MANY_PARTS = ("funding line {number}: more than 4 parts "
                  "(write source | donor | amount | currency)")
NO_FUNDING_SOURCE = "funding line {number}: no source (Unified Budget or Extrabudgetary)"
IN_FUNDING_LINE = "funding line {number}: {problem}"
TEMPLATES = (NOT_A_DATE, NOT_ONE_OF, NOT_AN_AMOUNT, TOO_MANY_PARTS, NO_FUNDING_SOURCE,
             IN_FUNDING_LINE)


class CellError(ValueError):
    """A cell's value cannot be understood; the message says what was expected.

    As :class:`focalpoint.domain.RuleError`, the wording (``template``) and the values
    (``params``) stay apart so that an interface can show the message in its language.
    """

    def __init__(self, template: str, **params: str) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


@dataclass(frozen=True)
class Column:
    """One field a column can fill. ``key`` is the mapping's name for it."""

    key: str
    header: str
    parse: Callable[[Any], Any]
    #: The activity field the parsed value goes into (funding parts share ``funding``).
    field: str
    #: Written on export (the single funding columns are import-only).
    exported: bool = True
    required: bool = False
    #: Other header spellings recognised when guessing a mapping (lower case).
    aliases: tuple[str, ...] = ()


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: Any) -> str:
    """Any cell as text: numbers without a spurious ``.0``, dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(value: Any) -> str | None:
    """A date cell: a real date, ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (common in the region)."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        raw = value.strip()
        match = _DOTTED_DATE.fullmatch(raw)
        try:
            if match:
                day, month, year = (int(part) for part in match.groups())
                return date(year, month, day).isoformat()
            return date.fromisoformat(raw).isoformat()
        except ValueError:
            pass
    raise CellError(NOT_A_DATE, value=repr(text(value)))


def _vocabulary_index(vocabulary: type[Vocabulary]) -> dict[str, str]:
    index: dict[str, str] = {}
    for member in vocabulary:
        for spelling in (member.value, member.label, member.value.replace("_", " ")):
            index[_fold(spelling)] = member.value
    return index


def _fold(spelling: str) -> str:
    return re.sub(r"[\s_-]+", " ", spelling.strip().casefold())


def controlled(vocabulary: type[Vocabulary]) -> Callable[[Any], str]:
    """A cell holding one value of a vocabulary, as its label or its stored value."""
    index = _vocabulary_index(vocabulary)

    def parse(value: Any) -> str:
        if is_blank(value):
            return ""
        spelling = text(value)
        found = index.get(_fold(spelling))
        if found is None:
            expected = ", ".join(member.label for member in vocabulary)
            raise CellError(NOT_ONE_OF, value=repr(spelling), expected=expected)
        return found

    return parse


def controlled_list(vocabulary: type[Vocabulary]) -> Callable[[Any], list[str]]:
    one = controlled(vocabulary)

    def parse(value: Any) -> list[str]:
        return [one(part) for part in _CODE_SPLIT.split(text(value)) if part.strip()]

    return parse


def text_list(value: Any) -> list[str]:
    return [part.strip() for part in _TEXT_SPLIT.split(text(value)) if part.strip()]


def code_list(value: Any) -> list[str]:
    return [part.strip() for part in _CODE_SPLIT.split(text(value)) if part.strip()]


def parse_amount(value: Any) -> str:
    """An amount: a number cell, or text with ``.`` or ``,`` as decimal mark and spaces,
    apostrophes or the other mark as thousands separators (``12 500,50``, ``12,500.50``)."""
    if is_blank(value):
        return "0"
    if isinstance(value, bool):
        raise CellError(NOT_AN_AMOUNT, value=repr(text(value)))
    if isinstance(value, int | float | Decimal):
        return str(Decimal(str(value)))
    raw = re.sub(r"[\s\u00a0\u202f']", "", str(value))
    grouped = _GROUPED.fullmatch(raw)
    if grouped and grouped.group(1) != grouped.group(2):
        raw = raw.replace(grouped.group(1), "").replace(",", ".")
    elif _PLAIN.fullmatch(raw):
        raw = raw.replace(",", ".")
    else:
        raise CellError(NOT_AN_AMOUNT, value=repr(text(value)))
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise CellError(NOT_AN_AMOUNT, value=repr(text(value))) from None
    if not amount.is_finite():
        raise CellError(NOT_AN_AMOUNT, value=repr(text(value)))
    return str(amount)


#: ``12,500.50`` or ``12.500,5``: groups of three, then another mark for the decimals.
_GROUPED = re.compile(r"-?\d{1,3}(?:([.,])\d{3})+(?:([.,])\d+)?")
_PLAIN = re.compile(r"-?\d+(?:[.,]\d+)?")
_source = controlled(FundingSource)


def parse_funding(value: Any) -> list[dict[str, str]]:
    """Funding lines ``source | donor | amount | currency``, separated by ``;``."""
    lines = []
    for number, part in enumerate(_TEXT_SPLIT.split(text(value)), start=1):
        if not part.strip():
            continue
        pieces = [piece.strip() for piece in part.split("|")]
        if len(pieces) > 4:
            raise CellError(TOO_MANY_PARTS, number=str(number))
        pieces += [""] * (4 - len(pieces))
        try:
            source, amount = _source(pieces[0]), parse_amount(pieces[2])
        except CellError as error:
            raise CellError(IN_FUNDING_LINE, number=str(number), problem=str(error)) from None
        source = source or ("extrabudgetary" if pieces[1] else "")  # a donor: extrabudgetary
        if not source:
            raise CellError(NO_FUNDING_SOURCE, number=str(number))
        lines.append({"source": source, "donor": pieces[1], "amount": amount,
                      "currency": pieces[3] or "EUR"})
    return lines


def parse_text(value: Any) -> str:
    return text(value)


def parse_count(value: Any) -> int | None:
    """A whole number of people or things; blank is "not recorded"."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(f"not a whole number: {text(value)!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raw = re.sub(r"[\s\u00a0\u202f',.]", "", text(value)) if isinstance(value, str) else ""
    if raw.isdigit() and re.fullmatch(r"\d{1,3}(?:[\s\u00a0\u202f',.]\d{3})*|\d+",
                                      text(value)):
        return int(raw)
    raise CellError(f"not a whole number: {text(value)!r}")


INDICATOR_SEPARATOR = ": "


def parse_indicators(value: Any) -> list[dict[str, Any]]:
    """Outcome indicators ``name: number``, separated by ``;``."""
    indicators = []
    for number, part in enumerate(_TEXT_SPLIT.split(text(value)), start=1):
        if not part.strip():
            continue
        name, colon, amount = part.rpartition(":")
        if not colon:
            raise CellError(f"indicator {number}: write name: number (e.g. cases referred: 4)")
        try:
            count = parse_count(amount.strip())
        except CellError as error:
            raise CellError(f"indicator {number}: {error}") from None
        if count is None:
            raise CellError(f"indicator {number}: no number after {name.strip()!r}")
        indicators.append({"name": name.strip(), "value": count})
    return indicators


def parse_id(value: Any) -> str | None:
    return None if is_blank(value) else text(value)


COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", parse_id, "id", aliases=("uuid",)),
    Column("title", "Title", parse_text, "title", required=True,
           aliases=("activity", "name", "activity title")),
    Column("description", "Description", parse_text, "description", aliases=("details",)),
    Column("activity_type", "Type", controlled(ActivityType), "activity_type", required=True,
           aliases=("activity type", "kind")),
    Column("status", "Status", controlled(ActivityStatus), "status"),
    Column("start_date", "Start date", parse_date, "start_date",
           aliases=("start", "from", "date")),
    Column("end_date", "End date", parse_date, "end_date", aliases=("end", "to", "until")),
    Column("recurrence", "Recurrence", controlled(Recurrence), "recurrence"),
    Column("locations", "Locations", text_list, "locations",
           aliases=("location", "place", "places", "venue")),
    Column("partners", "Partners", text_list, "partners", aliases=("partner",)),
    Column("audiences", "Audiences", controlled_list(TargetAudience), "audiences",
           aliases=("audience", "target audiences", "target groups", "participants")),
    Column("forms", "Forms of trafficking", controlled_list(TraffickingForm), "forms",
           aliases=("forms", "form", "form of trafficking")),
    Column("funding", "Funding", parse_funding, "funding"),
    Column("funding_source", "Funding source", controlled(FundingSource), "funding",
           exported=False, aliases=("source",)),
    Column("funding_donor", "Donor", parse_text, "funding", exported=False,
           aliases=("donors",)),
    Column("funding_amount", "Amount", parse_amount, "funding", exported=False,
           aliases=("budget", "cost")),
    Column("funding_currency", "Currency", parse_text, "funding", exported=False),
    Column("outcome", "Outcome", parse_text, "outcome",
           aliases=("result", "results", "outcome notes")),
    Column("task_codes", "Action Plan tasks", code_list, "task_codes", required=True,
           aliases=("tasks", "task", "task codes", "action plan task", "action plan")),
    # An activity's results (2006 report, recommendation 8); ``field`` is a dotted path.
    Column("people_total", "People reached", parse_count, "people_reached.total",
           aliases=("participants total", "number of participants", "people")),
    Column("people_women", "Women", parse_count, "people_reached.women"),
    Column("people_men", "Men", parse_count, "people_reached.men"),
    Column("people_not_recorded", "Sex not recorded", parse_count,
           "people_reached.not_recorded"),
    Column("outcome_indicators", "Outcome indicators", parse_indicators, "outcome_indicators",
           aliases=("indicators",)),
    Column("evaluation_kind", "Evaluation", controlled(EvaluationKind), "evaluation.kind",
           aliases=("evaluated",)),
    Column("evaluation_date", "Evaluation date", parse_date, "evaluation.date"),
    Column("evaluation_finding", "Main finding", parse_text, "evaluation.finding",
           aliases=("evaluation finding",)),
    Column("adequacy", "Adequacy to needs", controlled(Rating),
           "sustainability.adequacy.rating"),
    Column("adequacy_note", "Adequacy note", parse_text, "sustainability.adequacy.note"),
    Column("national_ownership", "National ownership", controlled(Rating),
           "sustainability.national_ownership.rating"),
    Column("national_ownership_note", "Ownership note", parse_text,
           "sustainability.national_ownership.note"),
    Column("infrastructure", "Infrastructure after donor funding", controlled(Rating),
           "sustainability.infrastructure.rating", aliases=("infrastructure",)),
    Column("infrastructure_note", "Infrastructure note", parse_text,
           "sustainability.infrastructure.note"),
)

#: Vocabularies of the results columns, for their labels on export.
_RESULT_VOCABULARIES: dict[str, type[Vocabulary]] = {
    "evaluation_kind": EvaluationKind, "adequacy": Rating, "national_ownership": Rating,
    "infrastructure": Rating,
}


def nested(data: dict[str, Any], path: str) -> Any:
    """The value at a dotted ``path`` of an activity's JSON (``evaluation.kind``)."""
    value: Any = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def put(record: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at a dotted ``path`` of a record, creating the objects on the way."""
    *parents, last = path.split(".")
    for part in parents:
        record = record.setdefault(part, {})
    record[last] = value


BY_KEY: dict[str, Column] = {column.key: column for column in COLUMNS}
FUNDING_PARTS = ("funding_source", "funding_donor", "funding_amount", "funding_currency")


def guess_mapping(headers: list[str]) -> dict[str, str | None]:
    """Which field each header fills, by its name (FocalPoint's own headers, field keys
    and common spellings, case-insensitive); ``None`` for a header that fits none."""
    names: dict[str, str] = {}
    for column in COLUMNS:
        for spelling in (column.header, column.key, *column.aliases):
            names.setdefault(_fold(spelling), column.key)
    mapping: dict[str, str | None] = {}
    used: set[str] = set()
    for header in headers:
        key = names.get(_fold(header))
        if key in used:
            key = None
        mapping[header] = key
        if key:
            used.add(key)
    return mapping


def export_cells(activity: Activity) -> list[Any]:
    """One activity as the exported row: dates as dates, lists joined with ``"; "``."""
    data = activity.model_dump(mode="json")
    cells: list[Any] = []
    for column in COLUMNS:
        if not column.exported:
            continue
        value = nested(data, column.field)
        if column.key in _RESULT_VOCABULARIES:
            cells.append(_RESULT_VOCABULARIES[column.key](value).label)
            continue
        if column.key == "evaluation_date":
            cells.append(date.fromisoformat(value) if value else None)
            continue
        if column.key == "outcome_indicators":
            cells.append(LIST_SEPARATOR.join(f"{item['name']}{INDICATOR_SEPARATOR}"
                                             f"{item['value']}" for item in value))
            continue
        if column.key in ("start_date", "end_date"):
            cells.append(date.fromisoformat(value) if value else None)
        elif column.key in ("activity_type", "status", "recurrence"):
            cells.append(_label(column.key, value))
        elif column.key == "audiences":
            cells.append(LIST_SEPARATOR.join(TargetAudience(v).label for v in value))
        elif column.key == "forms":
            cells.append(LIST_SEPARATOR.join(TraffickingForm(v).label for v in value))
        elif column.key == "funding":
            cells.append(LIST_SEPARATOR.join(
                FUNDING_SEPARATOR.join((FundingSource(line["source"]).label, line["donor"],
                                        line["amount"], line["currency"]))
                for line in value))
        elif isinstance(value, list):
            cells.append(LIST_SEPARATOR.join(value))
        else:
            cells.append(value)
    return cells


def _label(key: str, value: str) -> str:
    vocabulary: type[Vocabulary] = {
        "activity_type": ActivityType, "status": ActivityStatus, "recurrence": Recurrence,
    }[key]
    return vocabulary(value).label


def export_headers() -> list[str]:
    return [column.header for column in COLUMNS if column.exported]
