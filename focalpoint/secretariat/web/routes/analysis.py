"""The Analysis page (``/analysis``), its JSON twin, its tables as CSV/XLSX and the
report draft (.docx/.pdf) — every one for the filter in the query string."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from focalpoint.secretariat.analysis_page import AnalysisFilter, AnalysisInputError, heat_legend
from focalpoint.secretariat.browsing import NotFoundError
from focalpoint.secretariat.reporting.files import FORMATS as DRAFT_FORMATS
from focalpoint.secretariat.table_export import FORMATS as TABLE_FORMATS
from focalpoint.secretariat.table_export import render as render_table
from focalpoint.secretariat.web.rendering import render
from focalpoint.secretariat.web.security import ServicesDep, StaffSession
from focalpoint.secretariat.web.services import Services

router = APIRouter(include_in_schema=False)
Date = Annotated[str, Query(max_length=40)]
Codes = Annotated[list[str], Query(max_length=100)]


def _filter(services: Services, start: str, end: str, mission: list[str]) -> AnalysisFilter:
    return services.analysis.parse(start, end, mission)


def _download(data: bytes, media_type: str, name: str) -> Response:
    return Response(data, media_type=media_type, headers={
        "Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"})


def _file_stem(chosen: AnalysisFilter) -> str:
    period = f"{chosen.start}_{chosen.end}" if chosen.period else "all-dates"
    return "-".join(["focalpoint", period, *chosen.missions])


@router.get("/analysis")
def analysis_page(request: Request, session: StaffSession, services: ServicesDep,
                  start: Date = "", end: Date = "", mission: Codes = []) -> Response:  # noqa: B006
    choices = services.analysis.mission_choices()
    try:
        chosen = _filter(services, start, end, mission)
    except AnalysisInputError as error:
        # The form again with what was typed and the message, so it is corrected in place.
        entered = AnalysisFilter(start, end, tuple(code.upper() for code in mission))
        return render(request, "analysis.html", session, status_code=400, view=None,
                      entered=entered, error=str(error), choices=choices, legend=[], query="")
    return render(request, "analysis.html", session, view=services.analysis.view(chosen),
                  entered=chosen, error="", choices=choices, legend=heat_legend(),
                  query=chosen.query())


@router.get("/analysis/missions/{code}/tasks/{task}")
def analysis_cell(request: Request, code: str, task: str, session: StaffSession,
                  services: ServicesDep, start: Date = "", end: Date = "",
                  mission: Codes = []) -> Response:  # noqa: B006
    """The activities one cell of the coverage matrix counts."""
    try:
        chosen = _filter(services, start, end, mission)
    except AnalysisInputError as error:
        return render(request, "error.html", session, status_code=400,
                      title="The activities cannot be listed", message=str(error),
                      back="/analysis")
    return render(request, "analysis_cell.html", session,
                  cell=services.analysis.cell(chosen, code, task), query=chosen.query())


@router.get("/analysis.json")
def analysis_json(session: StaffSession, services: ServicesDep, start: Date = "",
                  end: Date = "", mission: Codes = []) -> Response:  # noqa: B006
    """The same document as ``focalpoint-secretariat analysis --json``."""
    try:
        chosen = _filter(services, start, end, mission)
    except AnalysisInputError as error:
        return JSONResponse({"detail": str(error)}, status_code=400)
    return JSONResponse(services.analysis.view(chosen).result.to_json(),
                        headers={"Cache-Control": "no-store"})


@router.get("/analysis/tables/{name}.{fmt}")
def analysis_table(request: Request, name: str, fmt: str, session: StaffSession,
                   services: ServicesDep, start: Date = "", end: Date = "",
                   mission: Codes = []) -> Response:  # noqa: B006
    if fmt not in TABLE_FORMATS:
        raise NotFoundError(f"no table format .{fmt} (CSV or XLSX)")
    try:
        chosen = _filter(services, start, end, mission)
    except AnalysisInputError as error:
        return render(request, "error.html", session, status_code=400,
                      title="The table cannot be made", message=str(error), back="/analysis")
    table = services.analysis.table(chosen, name)
    if table is None:
        raise NotFoundError(f"the analysis has no table {name!r}")
    return _download(render_table(table, fmt), TABLE_FORMATS[fmt],
                     f"{_file_stem(chosen)}-{name}.{fmt}")


@router.get("/analysis/report.{fmt}")
def analysis_report(request: Request, fmt: str, session: StaffSession, services: ServicesDep,
                    start: Date = "", end: Date = "",
                    mission: Codes = []) -> Response:  # noqa: B006
    suffix = f".{fmt}"
    if suffix not in DRAFT_FORMATS:
        raise NotFoundError(f"no report format .{fmt} (.docx or .pdf)")
    back = "/analysis"
    try:
        chosen = _filter(services, start, end, mission)
        back = f"/analysis?{chosen.query()}"
        data = services.analysis.draft(chosen, suffix)
    except AnalysisInputError as error:
        return render(request, "error.html", session, status_code=400,
                      title="The report cannot be drafted", message=str(error), back=back)
    stem = _file_stem(chosen).replace("focalpoint", "report-draft", 1)
    return _download(data, DRAFT_FORMATS[suffix][0], f"{stem}{suffix}")
