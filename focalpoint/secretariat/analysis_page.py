"""What the Analysis page shows, as plain data: the filters, the task × mission coverage
matrix, a table per mission, and the six questions' tables — each also a download.

The numbers come from :func:`focalpoint.secretariat.analysis.analyse_missions` (the same
figures as ``focalpoint-secretariat analysis --json``) and the questions' tables from
:func:`focalpoint.analysis.charts.figures` (the same tables as the desktop view and the
PDFs); this module only arranges them. Every table the page prints is an
:class:`~focalpoint.secretariat.table_export.ExportTable`, so a CSV or XLSX download holds
exactly the page's numbers. No Request here: the route parses nothing but strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Any
from urllib.parse import urlencode

from focalpoint.analysis import Period
from focalpoint.analysis.charts import english, figures
from focalpoint.analysis.cli import period_argument
from focalpoint.cli import UsageError
from focalpoint.secretariat.analysis import Consolidated, UnknownMission, analyse_missions
from focalpoint.secretariat.analysis import check_missions as checked_codes
from focalpoint.secretariat.browsing import NotFoundError
from focalpoint.secretariat.reporting.content import load_draft
from focalpoint.secretariat.reporting.files import draft_bytes
from focalpoint.secretariat.store import ServiceStore, browse
from focalpoint.secretariat.table_export import ExportTable, Value, rows_of

#: Upper bounds of the heat map's shades (activities of a mission on a task): 0, 1, 2–3,
#: 4–7, 8 or more. Each shade is a CSS class ``heat-N``; the number is printed in the cell.
HEAT_BOUNDS = (0, 1, 3, 7)
MATRIX = "coverage-matrix"
MISSIONS = "missions"


class AnalysisInputError(ValueError):
    """A filter the page cannot use (a 400 page with this message)."""


@dataclass(frozen=True)
class AnalysisFilter:
    start: str = ""
    end: str = ""
    missions: tuple[str, ...] = ()
    period: Period | None = None

    def query(self) -> str:
        """The filter as the page's query string (every link keeps it)."""
        pairs = [("start", self.start), ("end", self.end)] if self.period else []
        return urlencode(pairs + [("mission", code) for code in self.missions])


def parse_filter(store: ServiceStore, start: str, end: str,
                 missions: list[str]) -> AnalysisFilter:
    """The query's strings as a filter, or :class:`AnalysisInputError` saying what is wrong."""
    start, end = start.strip(), end.strip()
    if bool(start) != bool(end):
        raise AnalysisInputError("give both the start and the end of the period "
                                 "(YYYY-MM-DD), or neither for all dates")
    try:
        period = period_argument(f"{start}:{end}") if start else None
    except UsageError as error:
        raise AnalysisInputError(str(error).removeprefix("--period: ")) from None
    codes = [code for code in missions if code.strip()]
    try:
        chosen = checked_codes(store, codes) or []
    except UnknownMission as error:
        raise AnalysisInputError(str(error)) from None
    unique = tuple(dict.fromkeys(chosen))
    return AnalysisFilter(start if period else "", end if period else "", unique, period)


@dataclass(frozen=True)
class MatrixCell:
    count: int | None
    """Activities of the mission on the task; None: the task does not apply to it."""
    mission: str = ""
    """The mission's code: a cell with activities links to them (:meth:`AnalysisPages.cell`)."""

    @property
    def heat(self) -> int:
        if self.count is None:
            return 0
        return sum(1 for bound in HEAT_BOUNDS if self.count > bound)


@dataclass(frozen=True)
class MatrixRow:
    code: str
    title: str
    cells: tuple[MatrixCell, ...]
    activities: int
    """Distinct activities on the task over the chosen missions."""

    @property
    def reporting(self) -> int:
        return sum(1 for cell in self.cells if cell.count)

    @property
    def gap(self) -> bool:
        return self.reporting == 0


@dataclass(frozen=True)
class PageTable:
    table: ExportTable
    numeric: tuple[bool, ...]
    """Per column: right-aligned (every cell a number)."""


@dataclass(frozen=True)
class Question:
    key: str
    title: str
    note: str
    tables: tuple[PageTable, ...]


@dataclass(frozen=True)
class AnalysisView:
    filter: AnalysisFilter
    result: Consolidated
    matrix: tuple[MatrixRow, ...]
    questions: tuple[Question, ...]
    tables: dict[str, PageTable]

    @property
    def gaps(self) -> list[str]:
        return [row.code for row in self.matrix if row.gap]


@dataclass(frozen=True)
class CellView:
    """The activities behind one cell of the matrix: one mission's activities on one task
    in the filter's period, exactly those the cell counts."""

    filter: AnalysisFilter
    mission_code: str
    mission_name: str
    task_code: str
    task_title: str
    activities: list[dict[str, Any]]


def heat_legend() -> list[tuple[int, str]]:
    """(shade, what it means), for the legend under the matrix."""
    labels = ["0"]
    for low, high in pairwise(HEAT_BOUNDS):
        labels.append(str(high) if high == low + 1 else f"{low + 1}–{high}")
    labels.append(f"{HEAT_BOUNDS[-1] + 1} or more")
    return list(enumerate(labels))


def _page_table(table: ExportTable) -> PageTable:
    numeric = tuple(bool(table.rows) and all(isinstance(r[i], int | Decimal) for r in table.rows)
                    for i in range(len(table.headers)))
    return PageTable(table, numeric)


def _matrix(result: Consolidated, titles: dict[str, str]) -> tuple[MatrixRow, ...]:
    """One row per task that applies (consolidated), in catalogue order."""
    per_mission = [(m.code, {t.key: t.count for t in m.analysis.tasks.tasks})
                   for m in result.missions]
    return tuple(MatrixRow(total.key, titles.get(total.key, ""),
                           tuple(MatrixCell(counts.get(total.key), code)
                                 for code, counts in per_mission),
                           total.count)
                 for total in result.all.tasks.tasks)


def _matrix_table(result: Consolidated, rows: tuple[MatrixRow, ...]) -> ExportTable:
    headers = ("Task", "Title", *(m.code for m in result.missions), "Missions reporting",
               "Activities (all missions)", "Gap")
    body: list[tuple[Value, ...]] = []
    for row in rows:
        cells: list[Value] = ["n/a" if c.count is None else c.count for c in row.cells]
        body.append((row.code, row.title, *cells, row.reporting,
                     row.activities, "gap" if row.gap else ""))
    return ExportTable(MATRIX, "Task × mission coverage", headers, tuple(body))


def _missions_table(result: Consolidated) -> ExportTable:
    headers = ("Mission", "Name", "Activities", "Tasks with activities", "Gaps",
               "People reached", "Evaluated", "One-off")
    body = []
    for m in result.missions:
        a = m.analysis
        one_off = next(t.count for t in a.results.recurrence if t.key == "one_off")
        body.append((m.code, m.name, a.activities.count, len(a.tasks.covered),
                     len(a.tasks.gaps), a.audiences.people.total, a.results.evaluated.count,
                     one_off))
    return ExportTable(MISSIONS, "Missions", headers, tuple(body))


def _questions(result: Consolidated) -> tuple[Question, ...]:
    questions = []
    for number, figure in enumerate(figures(result.all), start=1):
        tables = []
        for index, table in enumerate(figure.tables, start=1):
            headers = tuple(english(h) or ("Count" if i else "") for i, h in
                            enumerate(table.headers))
            cells = [[english(cell.text) for cell in row] for row in table.rows]
            suffix = f" ({index})" if len(figure.tables) > 1 else ""
            tables.append(_page_table(ExportTable(
                f"{figure.key}-{index}", f"{number}. {figure.title}{suffix}", headers,
                rows_of(cells))))
        questions.append(Question(figure.key, f"{number}. {figure.title}", figure.note_text(),
                                  tuple(tables)))
    return tuple(questions)


class AnalysisPages:
    """The service behind ``/analysis``: one call per page or download."""

    def __init__(self, store: ServiceStore) -> None:
        self.store = store

    def parse(self, start: str, end: str, missions: list[str]) -> AnalysisFilter:
        return parse_filter(self.store, start, end, missions)

    def mission_choices(self) -> list[tuple[str, str]]:
        return [(row.code, row.name) for row in self.store.missions()]

    def view(self, chosen: AnalysisFilter) -> AnalysisView:
        result = analyse_missions(self.store, chosen.period, list(chosen.missions) or None)
        with self.store.read() as connection:
            catalogue = self.store.latest_catalogue(connection)
        titles = {task.code: task.title for task in catalogue.tasks()}
        matrix = _matrix(result, titles)
        questions = _questions(result)
        tables = {MATRIX: _page_table(_matrix_table(result, matrix)),
                  MISSIONS: _page_table(_missions_table(result))}
        for question in questions:
            tables.update({t.table.name: t for t in question.tables})
        return AnalysisView(chosen, result, matrix, questions, tables)

    def cell(self, chosen: AnalysisFilter, code: str, task: str) -> CellView:
        """The activities one matrix cell counts: the same analysis (so the list's length is
        the cell's number), then those activities' rows."""
        code = code.upper()
        if chosen.missions and code not in chosen.missions:
            raise NotFoundError(f"mission {code} is not among the missions chosen")
        try:
            result = analyse_missions(self.store, chosen.period, [code])
        except UnknownMission as error:
            raise NotFoundError(str(error)) from None
        mission = result.missions[0]
        tally = next((t for t in mission.analysis.tasks.tasks if t.key == task), None)
        if tally is None:
            raise NotFoundError(f"task {task!r} is not an Action Plan task that applies to "
                                f"mission {code}")
        with self.store.read() as connection:
            catalogue = self.store.latest_catalogue(connection)
            rows = browse.activities_by_id(connection, code, tally.ids)
        title = next((t.title for t in catalogue.tasks() if t.code == task), "")
        return CellView(chosen, code, mission.name, task, title, rows)

    def table(self, chosen: AnalysisFilter, name: str) -> ExportTable | None:
        found = self.view(chosen).tables.get(name)
        return found.table if found else None

    def draft(self, chosen: AnalysisFilter, suffix: str) -> bytes:
        """The report draft (.docx or .pdf) for the filter's period and missions."""
        if chosen.period is None:
            raise AnalysisInputError("choose a period (start and end) to draft the report")
        content = load_draft(self.store, chosen.period, list(chosen.missions) or None)
        return draft_bytes(content, suffix)
